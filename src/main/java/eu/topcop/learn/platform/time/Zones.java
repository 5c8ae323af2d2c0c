package eu.topcop.learn.platform.time;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one place that knows which time zone a country keeps: the default zone of a person who chose none, and of
 * a venue. The partner countries and the EU member states keep one zone each (their capital's); a country the map
 * does not know is read as UTC, which is at least honest about what it is.
 */
public final class Zones {

    /** The longest zone id the column holds (the longest IANA id is 32 characters). */
    public static final int MAX_ID = 64;

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static final Map<String, String> BY_COUNTRY = Map.ofEntries(
            // The partner countries.
            Map.entry("AM", "Asia/Yerevan"),
            Map.entry("AZ", "Asia/Baku"),
            Map.entry("GE", "Asia/Tbilisi"),
            Map.entry("MD", "Europe/Chisinau"),
            Map.entry("UA", "Europe/Kyiv"),
            // The EU member states, their capitals' zones (Portugal and Spain: the mainland's).
            Map.entry("AT", "Europe/Vienna"),
            Map.entry("BE", "Europe/Brussels"),
            Map.entry("BG", "Europe/Sofia"),
            Map.entry("HR", "Europe/Zagreb"),
            Map.entry("CY", "Asia/Nicosia"),
            Map.entry("CZ", "Europe/Prague"),
            Map.entry("DK", "Europe/Copenhagen"),
            Map.entry("EE", "Europe/Tallinn"),
            Map.entry("FI", "Europe/Helsinki"),
            Map.entry("FR", "Europe/Paris"),
            Map.entry("DE", "Europe/Berlin"),
            Map.entry("GR", "Europe/Athens"),
            Map.entry("HU", "Europe/Budapest"),
            Map.entry("IE", "Europe/Dublin"),
            Map.entry("IT", "Europe/Rome"),
            Map.entry("LV", "Europe/Riga"),
            Map.entry("LT", "Europe/Vilnius"),
            Map.entry("LU", "Europe/Luxembourg"),
            Map.entry("MT", "Europe/Malta"),
            Map.entry("NL", "Europe/Amsterdam"),
            Map.entry("PL", "Europe/Warsaw"),
            Map.entry("PT", "Europe/Lisbon"),
            Map.entry("RO", "Europe/Bucharest"),
            Map.entry("SK", "Europe/Bratislava"),
            Map.entry("SI", "Europe/Ljubljana"),
            Map.entry("ES", "Europe/Madrid"),
            Map.entry("SE", "Europe/Stockholm"));

    /** What a person most likely chooses, offered first: the partner countries' zones and Brussels'. */
    public static final List<ZoneId> LIKELY = Stream.of(
                    "Asia/Tbilisi",
                    "Asia/Yerevan",
                    "Asia/Baku",
                    "Europe/Kyiv",
                    "Europe/Chisinau",
                    "Europe/Brussels",
                    "UTC")
            .map(ZoneId::of)
            .toList();

    private Zones() {}

    /** The zone of a country (ISO 3166-1 alpha-2), UTC when the country is unknown or absent. */
    public static ZoneId ofCountry(String countryCode) {
        if (countryCode == null) {
            return ZoneOffset.UTC;
        }
        String zone = BY_COUNTRY.get(countryCode.trim().toUpperCase(Locale.ROOT));
        return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
    }

    /** A zone id as a person or a client wrote it, when it names a region zone the JDK knows (or UTC). */
    public static Optional<ZoneId> of(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID) {
            return Optional.empty();
        }
        String wanted = id.trim();
        if (wanted.equals("UTC")) {
            return Optional.of(ZoneOffset.UTC);
        }
        if (!ZoneId.getAvailableZoneIds().contains(wanted)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(wanted));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }

    /** Every zone a person may choose: the likely ones first, then all region zones in alphabetical order. */
    public static List<String> choices() {
        List<String> likely = LIKELY.stream().map(ZoneId::getId).toList();
        return Stream.concat(
                        likely.stream(),
                        ZoneId.getAvailableZoneIds().stream()
                                .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !likely.contains(id))
                                .sorted(Comparator.naturalOrder()))
                .toList();
    }

    /** The id a person reads and the form sends: "UTC" for UTC, whichever way it was written. */
    public static String idOf(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) || zone.getId().equals("UTC") ? "UTC" : zone.getId();
    }
}
