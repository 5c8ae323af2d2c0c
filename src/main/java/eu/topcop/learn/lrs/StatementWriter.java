package eu.topcop.learn.lrs;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one writer of {@code xapi_statement}, its query rows and its copies by agent (V72, which this class keeps equal
 * to the statement: voided with it, rewritten with it): the statements of a transaction (a client's batch, a quiz
 * submission's answers) go in as three multi-row INSERTs, whatever their number, rather than statements each. Measured
 * before (issue 17, P3 and P5): a 16-answer submission cost 36 INSERTs, each preceded by Hibernate's auto-flush
 * dirty-checking the attempt's paper; most of the submission's time went there.
 */
@ApplicationScoped
public class StatementWriter {

    /** Rows per INSERT: far below MariaDB's 65,535 placeholders and its packet size with 64 kB statements. */
    private static final int STATEMENTS_PER_INSERT = 100;

    private static final int REFS_PER_INSERT = 1_000;

    /**
     * One statement as stored: its JSON and the columns beside it.
     *
     * @param personId one of our learners (the system's statements, launched content's), else null
     * @param actor the actor's identifier when not one of our learners (a client's statement), else null
     * @param activity the object's id when the object is an activity
     * @param registration lower case
     * @param clientId the LRS client that sent it, null for the system's own
     */
    public record Row(
            String id,
            Long personId,
            String actor,
            String verb,
            String activity,
            String registration,
            Instant timestamp,
            Instant stored,
            JsonNode statement,
            Boolean success,
            Long clientId) {}

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    StatementRefs refs;

    /** Writes the statements, in this order, their query rows and their copies by agent in the caller's transaction. */
    public void write(List<Row> rows) {
        Map<String, String> texts = new HashMap<>();
        for (Row row : rows) {
            texts.put(row.id(), json(row.statement()));
        }
        Map<String, Long> seqs = new HashMap<>();
        for (int from = 0; from < rows.size(); from += STATEMENTS_PER_INSERT) {
            seqs.putAll(
                    insertStatements(rows.subList(from, Math.min(rows.size(), from + STATEMENTS_PER_INSERT)), texts));
        }
        List<Object[]> refRows = new ArrayList<>();
        List<Object[]> copies = new ArrayList<>();
        for (Row row : rows) {
            Timestamp stored = Timestamp.from(row.stored());
            Long seq = seqs.get(row.id());
            for (StatementRefs.Ref ref : StatementRefs.of(row.statement())) {
                refRows.add(new Object[] {ref.key(), ref.related(), stored, seq});
                if (ref.byAgent()) {
                    copies.add(new Object[] {ref.key(), stored, seq, texts.get(row.id())});
                }
            }
        }
        for (int from = 0; from < refRows.size(); from += REFS_PER_INSERT) {
            query(
                            "INSERT INTO xapi_statement_ref (ref, related, stored, statement_seq) VALUES ",
                            4,
                            refRows.subList(from, Math.min(refRows.size(), from + REFS_PER_INSERT)),
                            "",
                            "")
                    .executeUpdate();
        }
        // The statements again, clustered by their agents (V72): what a query by agent reads.
        for (int from = 0; from < copies.size(); from += STATEMENTS_PER_INSERT) {
            query(
                            "INSERT INTO xapi_statement_by_agent (ref, stored, statement_seq, statement, voided)"
                                    + " VALUES ",
                            4,
                            copies.subList(from, Math.min(copies.size(), from + STATEMENTS_PER_INSERT)),
                            ", FALSE",
                            "")
                    .executeUpdate();
        }
        // A StatementRef takes its target's rows: after all the batch's own, so a target in the same batch counts.
        for (Row row : rows) {
            if ("StatementRef"
                    .equals(row.statement().path("object").path("objectType").asText())) {
                refs.targets(
                        seqs.get(row.id()),
                        row.statement().path("object").path("id").asText());
            }
        }
    }

    /** Marks a statement voided: in the store, and its copies by agent, which queries by agent read. */
    void voided(String id) {
        em.createNativeQuery("UPDATE xapi_statement SET voided = TRUE WHERE id = :id")
                .setParameter("id", id)
                .executeUpdate();
        em.createNativeQuery("UPDATE xapi_statement_by_agent c JOIN xapi_statement s ON s.seq = c.statement_seq"
                        + " SET c.voided = TRUE WHERE s.id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    /**
     * After a learner's statements were rewritten in the store (erasure's pseudonym, by learning): their copies by
     * agent take the new text, so that a query by agent answers what the store holds.
     */
    public void rewritten(long personId) {
        em.createNativeQuery("UPDATE xapi_statement_by_agent c JOIN xapi_statement s ON s.seq = c.statement_seq"
                        + " SET c.statement = s.statement WHERE s.person_id = :p")
                .setParameter("p", personId)
                .executeUpdate();
    }

    /** Inserts the statements; returns the seq the store gave each id (its clustered key, V71). */
    private Map<String, Long> insertStatements(List<Row> rows, Map<String, String> texts) {
        List<Object[]> values = new ArrayList<>(rows.size());
        for (Row row : rows) {
            values.add(new Object[] {
                row.id(),
                row.personId(),
                row.actor(),
                row.verb(),
                row.activity(),
                row.registration(),
                Timestamp.from(row.timestamp()),
                Timestamp.from(row.stored()),
                texts.get(row.id()),
                row.success(),
                row.clientId()
            });
        }
        // RETURNING: the seqs in the same round trip, whatever the server's auto-increment lock mode.
        @SuppressWarnings("unchecked")
        List<Object[]> inserted = query(
                        "INSERT INTO xapi_statement (id, person_id, actor, verb, activity, registration, timestamp,"
                                + " stored, statement, success, authority_client_id, voided) VALUES ",
                        11,
                        values,
                        ", FALSE",
                        " RETURNING id, seq")
                .getResultList();
        Map<String, Long> seqs = new HashMap<>();
        for (Object[] row : inserted) {
            seqs.put(row[0].toString(), ((Number) row[1]).longValue());
        }
        return seqs;
    }

    private Query query(String head, int columns, List<Object[]> rows, String constants, String tail) {
        StringBuilder sql = new StringBuilder(head);
        int parameter = 1;
        for (int r = 0; r < rows.size(); r++) {
            sql.append(r == 0 ? "(" : ", (");
            for (int c = 0; c < columns; c++) {
                sql.append(c == 0 ? "?" : ", ?").append(parameter++);
            }
            sql.append(constants).append(')');
        }
        sql.append(tail);
        Query insert = em.createNativeQuery(sql.toString());
        // These rows reference only people, who are stored before anything they do: the entities changed in this
        // transaction need not be flushed (and dirty-checked) before each INSERT; they are flushed at commit.
        insert.setFlushMode(FlushModeType.COMMIT);
        parameter = 1;
        for (Object[] row : rows) {
            for (Object value : row) {
                insert.setParameter(parameter++, value);
            }
        }
        return insert;
    }

    private String json(JsonNode statement) {
        try {
            return mapper.writeValueAsString(statement);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
