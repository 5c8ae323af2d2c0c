package eu.topcop.learn.lrs;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import eu.topcop.learn.platform.web.Problem;

/**
 * The value rules of the xAPI Data part that every object shares (IRIs, UUIDs, language maps, ISO 8601 times and
 * durations, e-mail IRIs), checked while walking a statement; each broken rule is kept with its property path
 * ({@code actor.mbox}, {@code context.contextActivities.parent[0].id}) so that a rejection names every problem.
 */
final class XapiValues {

    // An IRI is absolute: a scheme, a colon and something after it, with no white space (RFC 3987).
    private static final Pattern IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*:[^\\s<>\"{}|\\\\^`]+");
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern MAILTO = Pattern.compile("mailto:[^@\\s:/]+@[^@\\s:/]+\\.[^@\\s:/]+");
    private static final Pattern SHA1 = Pattern.compile("[0-9a-fA-F]{40}");
    private static final Pattern SHA2 =
            Pattern.compile("[0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128}");
    // ISO 8601 durations: PnW, or PnYnMnDTnHnMnS with at least one part, a fraction on the smallest only.
    private static final Pattern DURATION =
            Pattern.compile("P(\\d+(\\.\\d+)?W|(?=\\d|T\\d)(\\d+(\\.\\d+)?Y)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?D)?"
                    + "(T(?=\\d)(\\d+(\\.\\d+)?H)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?S)?)?)");
    // 1.0.3 Data 4.5: a time with the offset -00:00 ("unknown local offset") is refused.
    private static final Pattern NEGATIVE_ZERO = Pattern.compile(".*-00(:?00)?$");

    private final List<Problem.FieldError> errors = new ArrayList<>();
    final XapiVersion version;

    XapiValues(XapiVersion version) {
        this.version = version;
    }

    List<Problem.FieldError> errors() {
        return errors;
    }

    void fail(String path, String message) {
        errors.add(new Problem.FieldError(path, message));
    }

    /** Refuses every property of {@code node} that is not {@code allowed}, and every null value. */
    boolean object(JsonNode node, String path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            fail(path, "must be an object");
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String at = join(path, field.getKey());
            if (!allowed.contains(field.getKey())) {
                fail(at, "is not a property of this object in xAPI " + version.value);
            } else if (field.getValue().isNull()) {
                fail(at, "must not be null");
            }
        }
        return true;
    }

    void required(JsonNode node, String path, String... properties) {
        for (String property : properties) {
            if (!node.has(property)) {
                fail(join(path, property), "is required");
            }
        }
    }

    boolean text(JsonNode value, String path) {
        if (value != null && !value.isNull() && !value.isTextual()) {
            fail(path, "must be a string");
            return false;
        }
        return value != null && value.isTextual();
    }

    void iri(JsonNode value, String path) {
        if (value != null && text(value, path) && !IRI.matcher(value.asText()).matches()) {
            fail(path, "must be an IRI (absolute, with a scheme)");
        }
    }

    void uuid(JsonNode value, String path) {
        if (value != null && text(value, path) && !UUID.matcher(value.asText()).matches()) {
            fail(path, "must be a UUID");
        }
    }

    void mbox(JsonNode value, String path) {
        if (value != null
                && text(value, path)
                && !MAILTO.matcher(value.asText()).matches()) {
            fail(path, "must be a mailto IRI of an e-mail address (mailto:name@example.org)");
        }
    }

    void sha1(JsonNode value, String path) {
        if (value != null && text(value, path) && !SHA1.matcher(value.asText()).matches()) {
            fail(path, "must be the hex SHA-1 of a mailto IRI");
        }
    }

    void sha2(JsonNode value, String path) {
        if (value != null && text(value, path) && !SHA2.matcher(value.asText()).matches()) {
            fail(path, "must be a hex SHA-2 hash");
        }
    }

    void bool(JsonNode value, String path) {
        if (value != null && !value.isBoolean()) {
            fail(path, "must be true or false");
        }
    }

    void languageTag(JsonNode value, String path) {
        if (value != null && text(value, path) && !isLanguageTag(value.asText())) {
            fail(path, "must be an RFC 5646 language tag");
        }
    }

    /** A language map: RFC 5646 tags as keys, strings as values. */
    void languageMap(JsonNode map, String path) {
        if (map == null) {
            return;
        }
        if (!map.isObject()) {
            fail(path, "must be a language map (an object keyed by RFC 5646 language tags)");
            return;
        }
        map.fields().forEachRemaining(entry -> {
            String at = path + "." + entry.getKey();
            if (!isLanguageTag(entry.getKey())) {
                fail(at, "is not an RFC 5646 language tag");
            }
            if (!entry.getValue().isTextual()) {
                fail(at, "must be a string");
            }
        });
    }

    /** Extensions: an object keyed by IRIs, with any JSON as values. */
    void extensions(JsonNode map, String path) {
        if (map == null) {
            return;
        }
        if (!map.isObject()) {
            fail(path, "must be an object keyed by IRIs");
            return;
        }
        map.fieldNames().forEachRemaining(key -> {
            if (!IRI.matcher(key).matches()) {
                fail(path + "." + key, "is not an IRI");
            }
        });
    }

    void duration(JsonNode value, String path) {
        if (value != null
                && text(value, path)
                && !DURATION.matcher(value.asText()).matches()) {
            fail(path, "must be an ISO 8601 duration (PT1H30M, P2DT4H, P3W)");
        }
    }

    /**
     * An ISO 8601 time. 2.0.0 requires its offset from UTC; 1.0.x only recommends one and reads a time without it as
     * UTC. Neither accepts the offset -00:00.
     */
    void timestamp(JsonNode value, String path) {
        if (value == null || !text(value, path)) {
            return;
        }
        String time = value.asText();
        if (NEGATIVE_ZERO.matcher(time).matches()) {
            fail(path, "must not have the offset -00:00");
            return;
        }
        try {
            OffsetDateTime.parse(time, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException withoutOffset) {
            if (version.isTwo()) {
                fail(path, "must be an ISO 8601 time with its offset from UTC (2024-03-01T10:15:30Z)");
                return;
            }
            try {
                LocalDateTime.parse(time, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            } catch (DateTimeParseException e) {
                fail(path, "must be an ISO 8601 time (2024-03-01T10:15:30Z)");
            }
        }
    }

    /**
     * An RFC 5646 language tag: well-formed (the Java parser, which checks the subtags' kinds, lengths and order),
     * and without the repetitions RFC 5646 forbids that the parser lets through, dropping or keeping them: a variant
     * used twice (section 2.2.5, "de-DE-1901-1901") or an extension singleton used twice (section 2.2.6,
     * "zh-z-aaa-z-bbb"). Private use subtags (after "x") may repeat anything.
     */
    static boolean isLanguageTag(String tag) {
        if (tag.isEmpty()) {
            return false;
        }
        try {
            new Locale.Builder().setLanguageTag(tag);
        } catch (IllformedLocaleException e) {
            return false;
        }
        return !repeatsAVariantOrASingleton(tag);
    }

    private static boolean repeatsAVariantOrASingleton(String tag) {
        String[] subtags = tag.toLowerCase(Locale.ROOT).split("-");
        if (subtags[0].length() == 1) {
            return false; // private use ("x-...") or a grandfathered irregular tag ("i-enochian")
        }
        Set<String> variants = new HashSet<>();
        Set<String> singletons = new HashSet<>();
        boolean inExtension = false;
        for (int i = 1; i < subtags.length; i++) {
            String subtag = subtags[i];
            if (subtag.length() == 1) {
                if (subtag.equals("x")) {
                    return false;
                }
                if (!singletons.add(subtag)) {
                    return true;
                }
                inExtension = true;
            } else if (!inExtension && isVariant(subtag) && !variants.add(subtag)) {
                return true;
            }
        }
        return false;
    }

    // variant = 5*8alphanum / (DIGIT 3alphanum)
    private static boolean isVariant(String subtag) {
        return subtag.length() >= 5 || (subtag.length() == 4 && Character.isDigit(subtag.charAt(0)));
    }

    static String join(String path, String property) {
        return path.isEmpty() ? property : path + "." + property;
    }
}
