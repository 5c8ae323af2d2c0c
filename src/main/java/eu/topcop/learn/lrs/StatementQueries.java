package eu.topcop.learn.lrs;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import eu.topcop.learn.platform.web.StoredTime;

/**
 * Runs statement queries on the store as one index range read in stored order: the plain agent filter alone reads the
 * statements' copies clustered by agent ({@code xapi_statement_by_agent}); otherwise the first filter (registration,
 * then agent, activity, verb: the most selective first) drives through {@code xapi_statement_ref}'s primary key, the
 * others are primary-key probes of the same table; without filters the store is read by {@code stored} (or, for a
 * client that reads only its own statements, by client and stored). Pages continue by keyset on (stored, seq), never by
 * OFFSET, so a page costs the same at the end of ten million statements as at the start, and a statement stored while a
 * client pages newest first never shifts the pages it has not read yet.
 */
@ApplicationScoped
public class StatementQueries {

    /** One page: the statements, and where it ended when more match. */
    record Page(List<JsonNode> statements, StatementQuery.Cursor next) {}

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** The statements matching {@code query}; voided ones never, voiding ones like any other. */
    Page find(StatementQuery query, Long onlyClient) {
        return find(query, onlyClient, null);
    }

    /**
     * As {@link #find(StatementQuery, Long)}, for a launch credential when {@code launch} is given: only its learner's
     * statements of its registration (the rows carry both, so the limit is a condition, not a filter after paging).
     */
    Page find(StatementQuery query, Long onlyClient, LaunchCredentials.Launch launch) {
        Instant since = query.since();
        Instant until = query.until();
        if (until != null && until.isBefore(StoredTime.FIRST_MOMENT)) {
            return new Page(List.of(), null);
        }
        if (since != null && since.isBefore(StoredTime.FIRST_MOMENT)) {
            since = null;
        }
        if (until != null && until.isAfter(StoredTime.LAST_MOMENT)) {
            until = null;
        }
        if (since != null && since.isAfter(StoredTime.LAST_MOMENT)) {
            return new Page(List.of(), null);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        String sql = sql(query, since, until, onlyClient, launch, parameters);
        var select = em.createNativeQuery(sql);
        parameters.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        List<JsonNode> statements = new ArrayList<>();
        StatementQuery.Cursor next = null;
        // format=exact without attachments answers the statements as stored: their JSON is written out as it was
        // read, not parsed into trees and serialized again (issue 17, P5: part of every query's own time).
        boolean asStored = "exact".equals(query.format()) && !query.attachments();
        for (int i = 0; i < rows.size() && i < query.limit(); i++) {
            Object[] row = rows.get(i);
            String json = row[2].toString();
            statements.add(asStored ? mapper.getNodeFactory().rawValueNode(new RawValue(json)) : read(json));
            next = new StatementQuery.Cursor(instant(row[1]), ((Number) row[0]).longValue());
        }
        return new Page(statements, rows.size() > query.limit() ? next : null);
    }

    /** The SQL of a query; package-visible so that the EXPLAIN tests read the very statement that runs. */
    String sql(StatementQuery query, Instant since, Instant until, Long onlyClient, Map<String, Object> parameters) {
        return sql(query, since, until, onlyClient, null, parameters);
    }

    /**
     * As {@link #sql(StatementQuery, Instant, Instant, Long, Map)}, limited for a launch credential to its learner's
     * statements of its registration: two conditions of the query, on columns every stored statement carries.
     */
    String sql(
            StatementQuery query,
            Instant since,
            Instant until,
            Long onlyClient,
            LaunchCredentials.Launch launch,
            Map<String, Object> parameters) {
        String direction = query.ascending() ? "ASC" : "DESC";
        String beyond = query.ascending() ? ">" : "<";
        List<String> where = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        String stored;
        String seq;
        String voided = "s.voided";
        if (query.filters().isEmpty()) {
            stored = "s.stored";
            seq = "s.seq";
            sql.append("SELECT s.seq, s.stored, s.statement FROM xapi_statement s");
        } else if (byAgentAlone(query, onlyClient, launch)) {
            // One range of the copies clustered by agent (V72): a page of a learner's history is a page or two, where
            // the store clustered by seq has each of its statements on a page of its own.
            stored = "c.stored";
            seq = "c.statement_seq";
            voided = "c.voided";
            where.add("c.ref = :ref0");
            parameters.put("ref0", query.filters().get(0).key());
            sql.append("SELECT c.statement_seq, c.stored, c.statement FROM xapi_statement_by_agent c");
        } else {
            StatementQuery.Filter driving = query.filters().get(0);
            stored = "r.stored";
            seq = "r.statement_seq";
            // STRAIGHT_JOIN: the range of the leading filter's rows, in stored order, leads; every other filter and
            // the statement itself are one primary-key probe each (joins, not EXISTS, which MariaDB would flatten
            // into a semi-join free to lead and then sort).
            where.add("r.ref = :ref0 AND r.related = :related0");
            parameters.put("ref0", driving.key());
            parameters.put("related0", driving.related());
            sql.append("SELECT s.seq, s.stored, s.statement FROM xapi_statement_ref r");
            for (int i = 1; i < query.filters().size(); i++) {
                StatementQuery.Filter filter = query.filters().get(i);
                String f = "f" + i;
                sql.append(" STRAIGHT_JOIN xapi_statement_ref ")
                        .append(f)
                        .append(" ON ")
                        .append(f)
                        .append(".ref = :ref")
                        .append(i)
                        .append(" AND ")
                        .append(f)
                        .append(".related = :related")
                        .append(i)
                        .append(" AND ")
                        .append(f)
                        .append(".stored = r.stored AND ")
                        .append(f)
                        .append(".statement_seq = r.statement_seq");
                parameters.put("ref" + i, filter.key());
                parameters.put("related" + i, filter.related());
            }
            sql.append(" STRAIGHT_JOIN xapi_statement s ON s.seq = r.statement_seq");
        }
        where.add(voided + " = FALSE");
        if (onlyClient != null) {
            where.add("s.authority_client_id = :client");
            parameters.put("client", onlyClient);
        }
        if (launch != null) {
            where.add("s.person_id = :launchPerson");
            where.add("s.registration = :launchRegistration");
            parameters.put("launchPerson", launch.personId());
            parameters.put("launchRegistration", launch.registration());
        }
        if (since != null) {
            where.add(stored + " > :since");
            parameters.put("since", Timestamp.from(since));
        }
        if (until != null) {
            where.add(stored + " <= :until");
            parameters.put("until", Timestamp.from(until));
        }
        if (query.after() != null) {
            where.add("(" + stored + " " + beyond + " :afterStored OR (" + stored + " = :afterStored AND " + seq + " "
                    + beyond + " :afterSeq))");
            parameters.put("afterStored", Timestamp.from(query.after().stored()));
            parameters.put("afterSeq", query.after().seq());
        }
        sql.append(" WHERE ").append(String.join(" AND ", where));
        sql.append(" ORDER BY ").append(stored).append(' ').append(direction).append(", ");
        sql.append(seq).append(' ').append(direction);
        // One more than asked: whether there is a next page, without counting.
        sql.append(" LIMIT ").append(query.limit() + 1);
        return sql.toString();
    }

    /**
     * Whether the query is the plain agent filter alone, which the copies by agent answer: the conditions of a client
     * that reads only its own statements and of a launch credential are on the store's columns, so those queries
     * (and agent filters with others, driven by the query rows) read the store.
     */
    private static boolean byAgentAlone(StatementQuery query, Long onlyClient, LaunchCredentials.Launch launch) {
        if (query.filters().size() != 1 || onlyClient != null || launch != null) {
            return false;
        }
        StatementQuery.Filter filter = query.filters().get(0);
        return filter.kind() == StatementRefs.Kind.AGENT && !filter.related();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(ZoneId.systemDefault()).toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
