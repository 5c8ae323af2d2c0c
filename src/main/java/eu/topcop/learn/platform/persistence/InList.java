package eu.topcop.learn.platform.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Query;

/**
 * The values of a JPQL {@code IN} as single parameters, {@code (:ids0, :ids1, …)}, their number padded to a power of
 * two, at least two, with the last value repeated (which changes nothing an {@code IN} answers).
 *
 * <p>Why: Hibernate 7 never keeps the SQL of a query that binds a collection to one parameter ({@code in :ids}) in
 * its plan cache ({@code SqmInterpretationsKey.isCacheable}), so every execution translates the query to SQL again.
 * Profiled, that translation was more than half of the home page's deadline query and a quarter of the catalogue
 * page (issue 17). With single parameters each padded size is one cached plan, as Hibernate's own
 * {@code in_clause_parameter_padding} does for the SQL.
 *
 * <pre>
 * InList ids = InList.of("ids", offeringIds);
 * InList.bind(em.createQuery("select o from Offering o where o.id in " + ids, Offering.class), ids).getResultList();
 * </pre>
 *
 * An empty list is {@code (null, null)}, which no row matches: an {@code IN} of nothing is false, as in Hibernate. Use
 * it with {@code IN}, never with {@code NOT IN}, where {@code null} would match nothing either.
 */
public final class InList {

    private final String name;
    private final List<Object> values;

    private InList(String name, List<Object> values) {
        this.name = name;
        this.values = values;
    }

    public static InList of(String name, Collection<?> values) {
        if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("Not a parameter name: " + name);
        }
        List<Object> padded = new ArrayList<>(values);
        if (padded.isEmpty()) {
            padded.add(null);
        }
        // Never one: Hibernate reads a lone parameter in parentheses, (:ids0), as one that may take a collection,
        // and a query with such a parameter is never cached either.
        int size = Math.max(2, Integer.highestOneBit(padded.size()));
        if (size < padded.size()) {
            size <<= 1;
        }
        Object last = padded.get(padded.size() - 1);
        while (padded.size() < size) {
            padded.add(last);
        }
        return new InList(name, Collections.unmodifiableList(padded));
    }

    /** The parameters, for the query text: {@code (:ids0, :ids1)}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < values.size(); i++) {
            text.append(i == 0 ? ":" : ", :").append(name).append(i);
        }
        return text.append(')').toString();
    }

    /** Binds each list's values to the query made with their {@link #toString()}; the query back, to go on with. */
    public static <Q extends Query> Q bind(Q query, InList... lists) {
        for (InList list : lists) {
            for (int i = 0; i < list.values.size(); i++) {
                query.setParameter(list.name + i, list.values.get(i));
            }
        }
        return query;
    }

    /** The values by parameter name, for Panache's {@code list(query, Map)}. */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            parameters.put(name + i, values.get(i));
        }
        return parameters;
    }
}
