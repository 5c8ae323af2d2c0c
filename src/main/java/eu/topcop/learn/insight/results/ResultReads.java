package eu.topcop.learn.insight.results;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import eu.topcop.learn.insight.results.OperationalResult.Status;
import eu.topcop.learn.insight.results.ResultViews.Change;
import eu.topcop.learn.insight.results.ResultViews.FieldChange;
import eu.topcop.learn.insight.results.ResultViews.Filter;
import eu.topcop.learn.insight.results.ResultViews.Officer;
import eu.topcop.learn.insight.results.ResultViews.Result;
import eu.topcop.learn.insight.results.ResultsViewer.Scope;
import eu.topcop.learn.insight.results.ResultsViewer.Viewer;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.security.ForbiddenException;

/**
 * Reading operational results under the row rule: course managers every country's, a coordinator their country's
 * (restricted ones too), anyone else the results they took part in. A list is two statements whatever its length (the
 * results with their priorities and people, then the officers of that page), paged by (day, id), newest first.
 */
@ApplicationScoped
public class ResultReads {

    /** The most results a page gives. */
    public static final int MAX_PAGE = 100;

    static final java.util.regex.Pattern CURSOR = java.util.regex.Pattern.compile("(\\d{4}-\\d{2}-\\d{2})_(\\d{1,18})");

    private static final String SELECT = "SELECT r.id, r.kind, r.occurred_on, r.country_code, p.code, e.code,"
            + " r.oap_action_code, r.description, r.evidence_reference, r.quantity, r.amount_eur, r.restricted,"
            + " r.status, r.recorded_by, rb.name, r.recorded_at, db.name, r.decided_at, r.rejection_reason"
            + " FROM operational_result r JOIN crime_priority p ON p.id = r.crime_priority_id"
            + " LEFT JOIN crime_priority e ON e.id = r.empact_priority_id"
            + " JOIN person rb ON rb.id = r.recorded_by LEFT JOIN person db ON db.id = r.decided_by";

    @Inject
    EntityManager em;

    /**
     * A page of results after the cursor {@code after} ("day_id" of the last one seen). {@code mine}: only those the
     * reader took part in, whatever they may see besides. A coordinator asking for another country is refused.
     */
    public ResultViews.Page list(Filter filter, String after, int limit, Viewer viewer, boolean mine) {
        boolean own = mine || viewer.scope() == Scope.OWN;
        String country = filter.country();
        if (!own && viewer.scope() == Scope.COUNTRY) {
            if (country != null && !country.equals(viewer.country())) {
                throw new ForbiddenException("A national coordinator reads their own country's results only");
            }
            country = viewer.country();
        }
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> parameters = new HashMap<>();
        if (own) {
            sql.append(" JOIN operational_result_officer mine ON mine.result_id = r.id AND mine.person_id = :me");
            parameters.put("me", viewer.personId());
        }
        sql.append(" WHERE 1 = 1");
        if (country != null) {
            sql.append(" AND r.country_code = :country");
            parameters.put("country", country);
        }
        if (filter.priority() != null) {
            sql.append(" AND p.code = :priority");
            parameters.put("priority", filter.priority());
        }
        if (filter.kind() != null) {
            sql.append(" AND r.kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.status() != null) {
            sql.append(" AND r.status = :status");
            parameters.put("status", filter.status().name());
        }
        Matcher cursor = after == null ? null : CURSOR.matcher(after);
        if (cursor != null && cursor.matches()) {
            sql.append(" AND (r.occurred_on < :day OR (r.occurred_on = :day AND r.id < :id))");
            parameters.put("day", LocalDate.parse(cursor.group(1)));
            parameters.put("id", Long.parseLong(cursor.group(2)));
        }
        int size = Math.max(1, Math.min(MAX_PAGE, limit));
        sql.append(" ORDER BY r.occurred_on DESC, r.id DESC LIMIT ").append(size + 1);
        Query query = em.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        List<Object[]> rows = rows(query);
        boolean more = rows.size() > size;
        List<Object[]> page = more ? rows.subList(0, size) : rows;
        List<Result> results = results(page, viewer);
        Result last = results.isEmpty() ? null : results.get(results.size() - 1);
        return new ResultViews.Page(results, more, more ? last.date() + "_" + last.id() : null);
    }

    /** One result, if the reader may see it (403 otherwise, 404 when there is none). */
    public Result get(long id, Viewer viewer) {
        List<Object[]> rows =
                rows(em.createNativeQuery(SELECT + " WHERE r.id = :id").setParameter("id", id));
        if (rows.isEmpty()) {
            throw new DomainException.NotFound("No operational result " + id);
        }
        Result result = results(rows, viewer).get(0);
        boolean tookPart = result.officers().stream().anyMatch(o -> o.id() == viewer.personId());
        if (!viewer.answersFor(result.country()) && !tookPart) {
            throw new ForbiddenException("Results of others are read by their country's coordinator only");
        }
        return result;
    }

    /**
     * The result's audit trail, oldest first, with the people named. For a reader from whom the result is withheld,
     * what an edit changed is left out too (it would show the description).
     */
    public List<Change> history(Result result) {
        List<Object[]> rows = rows(em.createNativeQuery("SELECT c.action, p.name, c.at, c.reason, c.changes"
                        + " FROM operational_result_change c JOIN person p ON p.id = c.by_person"
                        + " WHERE c.result_id = :id ORDER BY c.at, c.id")
                .setParameter("id", result.id()));
        List<Map<String, Map<String, Object>>> edits = new ArrayList<>();
        List<Long> people = new ArrayList<>();
        List<Long> priorities = new ArrayList<>();
        for (Object[] r : rows) {
            Map<String, Map<String, Object>> changes = result.withheld() ? Map.of() : ResultText.changes(r[4]);
            edits.add(changes);
            ResultText.ids(changes.get("officers"), people);
            ResultText.ids(changes.get("priority"), priorities);
            ResultText.ids(changes.get("empactPriority"), priorities);
        }
        Map<Long, String> names = names("SELECT id, name FROM person WHERE id IN (:ids)", people);
        Map<Long, String> codes = names("SELECT id, code FROM crime_priority WHERE id IN (:ids)", priorities);
        List<Change> history = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = rows.get(i);
            List<FieldChange> fields = new ArrayList<>();
            edits.get(i)
                    .forEach((field, pair) -> fields.add(new FieldChange(
                            field,
                            ResultText.shown(field, pair.get("before"), names, codes),
                            ResultText.shown(field, pair.get("after"), names, codes))));
            history.add(new Change(
                    ResultChange.Action.valueOf((String) r[0]), (String) r[1], instant(r[2]), (String) r[3], fields));
        }
        return history;
    }

    /** The people of a country a result may name, by name (erased people are gone from the choice). */
    public List<Officer> officers(String country) {
        List<Object[]> rows = rows(em.createNativeQuery("SELECT id, name, agency FROM person"
                        + " WHERE country_code = :c AND erased_at IS NULL ORDER BY name, id")
                .setParameter("c", country));
        return rows.stream()
                .map(r -> new Officer(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
                .toList();
    }

    private List<Result> results(List<Object[]> rows, Viewer viewer) {
        Map<Long, List<Officer>> officers = new LinkedHashMap<>();
        rows.forEach(r -> officers.put(((Number) r[0]).longValue(), new ArrayList<>()));
        if (!officers.isEmpty()) {
            for (Object[] o : rows(em.createNativeQuery("SELECT o.result_id, p.id, p.name, p.agency"
                            + " FROM operational_result_officer o JOIN person p ON p.id = o.person_id"
                            + " WHERE o.result_id IN (:ids) ORDER BY p.name, p.id")
                    .setParameter("ids", officers.keySet()))) {
                officers.get(((Number) o[0]).longValue())
                        .add(new Officer(((Number) o[1]).longValue(), (String) o[2], (String) o[3]));
            }
        }
        List<Result> results = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            String country = (String) r[3];
            boolean restricted = truth(r[11]);
            long recordedBy = ((Number) r[13]).longValue();
            Status status = Status.valueOf((String) r[12]);
            boolean answers = viewer.answersFor(country);
            // A restricted result is whole for those who answer for its country and its recorder; an officer who
            // took part sees that it exists and their own part in it.
            boolean withheld = restricted && !answers && recordedBy != viewer.personId();
            List<Officer> named = officers.get(id);
            if (withheld) {
                named = named.stream().filter(o -> o.id() == viewer.personId()).toList();
            }
            boolean editable = answers || (recordedBy == viewer.personId() && status == Status.PROPOSED);
            results.add(new Result(
                    id,
                    ResultKind.valueOf((String) r[1]),
                    day(r[2]),
                    country,
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    withheld ? null : (String) r[7],
                    withheld ? null : (String) r[8],
                    r[9] == null ? null : ((Number) r[9]).intValue(),
                    (BigDecimal) r[10],
                    restricted,
                    withheld,
                    status,
                    List.copyOf(named),
                    (String) r[14],
                    instant(r[15]),
                    (String) r[16],
                    r[17] == null ? null : instant(r[17]),
                    (String) r[18],
                    editable,
                    answers && status == Status.PROPOSED));
        }
        return results;
    }

    private Map<Long, String> names(String sql, List<Long> ids) {
        Map<Long, String> names = new TreeMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : rows(em.createNativeQuery(sql).setParameter("ids", ids))) {
                names.put(((Number) r[0]).longValue(), (String) r[1]);
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    static LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    static Instant instant(Object value) {
        return eu.topcop.learn.platform.persistence.SqlValues.instant(value);
    }
}
