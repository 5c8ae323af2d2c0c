package eu.topcop.learn.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.topcop.learn.platform.i18n.RememberedPreferences;
import eu.topcop.learn.platform.i18n.UserPreference;
import eu.topcop.learn.platform.persistence.InList;

/**
 * Each person's time zone: the one they chose, remembered with their language, else their country's
 * ({@link Zones#ofCountry}).
 */
@ApplicationScoped
public class TimeZoneService {

    @Inject
    Clock clock;

    /** The zone the person chose, if they chose one. */
    public Optional<ZoneId> chosenZone(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        return RememberedPreferences.of(subject).flatMap(p -> Zones.of(p.timeZone()));
    }

    /** The zone a person reads times in: their choice, else their country's. */
    public ZoneId zoneOf(String subject, String countryCode) {
        return chosenZone(subject).orElseGet(() -> Zones.ofCountry(countryCode));
    }

    /** The chosen zones of many people in one statement, by subject (those who chose none are absent). */
    public Map<String, ZoneId> chosenZones(Collection<String> subjects) {
        Map<String, ZoneId> zones = new HashMap<>();
        List<String> wanted =
                subjects.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (!wanted.isEmpty()) {
            InList in = InList.of("subjects", wanted);
            UserPreference.<UserPreference>list("subject in " + in + " and timeZone is not null", in.parameters())
                    .forEach(p -> Zones.of(p.timeZone).ifPresent(z -> zones.put(p.subject, z)));
        }
        return zones;
    }

    /** Remembers the person's zone; empty goes back to their country's. */
    @Transactional
    public void choose(String subject, Optional<ZoneId> zone) {
        UserPreference preference = UserPreference.of(subject);
        preference.chooseTimeZone(zone.map(Zones::idOf).orElse(null), Instant.now(clock));
        preference.persist();
        RememberedPreferences.changed(subject);
    }
}
