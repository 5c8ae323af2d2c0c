package eu.topcop.learn.insight.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The audit trail's edits as people read them: the JSON kept per edit ({field: {before, after}}), and each value as
 * text, with person and priority ids named.
 */
final class ResultText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final TypeReference<Map<String, Map<String, Object>>> CHANGES = new TypeReference<>() {};

    private ResultText() {}

    /** An edit's changes as stored (text from a native query, or a map from Hibernate). */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> changes(Object stored) {
        if (stored == null) {
            return Map.of();
        }
        if (stored instanceof Map<?, ?> map) {
            return (Map<String, Map<String, Object>>) map;
        }
        try {
            return JSON.readValue(stored.toString(), CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit record of operational results cannot be read", e);
        }
    }

    /** The ids a change names (priorities, officers), before and after, added to {@code into}. */
    static void ids(Map<String, Object> pair, List<Long> into) {
        if (pair == null) {
            return;
        }
        for (Object value : new Object[] {pair.get("before"), pair.get("after")}) {
            if (value instanceof Number n) {
                into.add(n.longValue());
            } else if (value instanceof Collection<?> many) {
                many.forEach(v -> into.add(((Number) v).longValue()));
            }
        }
    }

    /** A value of a field as text: people by name, priorities by code, nothing as an empty string. */
    static String shown(String field, Object value, Map<Long, String> people, Map<Long, String> priorities) {
        if (value == null) {
            return "";
        }
        if (field.equals("officers") && value instanceof Collection<?> ids) {
            List<String> named = new ArrayList<>();
            ids.forEach(id -> named.add(people.getOrDefault(((Number) id).longValue(), "#" + id)));
            return String.join(", ", named);
        }
        if ((field.equals("priority") || field.equals("empactPriority")) && value instanceof Number id) {
            return priorities.getOrDefault(id.longValue(), "#" + id);
        }
        return value.toString();
    }
}
