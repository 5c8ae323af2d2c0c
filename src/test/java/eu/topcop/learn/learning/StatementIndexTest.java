package eu.topcop.learn.learning;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * xapi_statement keeps only the indexes its queries use (V58): each query of StatementStore, CohortService and
 * LearningPersonalData, as MariaDB's EXPLAIN plans it, reads through one of them, and there is no other.
 */
@QuarkusTest
class StatementIndexTest {

    private static final String ACTIVITY = "https://learn.topcop.eu/xapi/activities/index-test/";

    @Inject
    EntityManager em;

    @Inject
    EnrolmentFixture people;

    private long person;

    @BeforeEach
    void someStatements() {
        // Enough rows over a few learners and activities for the optimizer to prefer an index to a scan.
        List<Long> learners = people.people(10, "GE").stream().map(p -> p.id).toList();
        person = learners.get(0);
        String ids = learners.stream().map(String::valueOf).collect(Collectors.joining(", "));
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("INSERT INTO xapi_statement (id, person_id, verb, activity, timestamp,"
                                + " stored, statement, success) SELECT UUID(), ELT(1 + seq MOD 10, " + ids + "),"
                                + " ELT(1 + seq MOD 3, 'http://adlnet.gov/expapi/verbs/experienced',"
                                + " 'http://adlnet.gov/expapi/verbs/answered', 'http://adlnet.gov/expapi/verbs/completed'),"
                                + " CONCAT(:a, seq MOD 40), NOW(), NOW(), '{}', IF(seq MOD 3 = 1, seq MOD 2 = 0, NULL)"
                                + " FROM seq_1_to_1000")
                        .setParameter("a", ACTIVITY)
                        .executeUpdate());
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("ANALYZE TABLE xapi_statement").getResultList());
    }

    @Test
    void shouldKeepOnlyTheIndexesTheStatementQueriesUse() {
        assertEquals(
                Set.of(
                        // seq (V71: statements are appended); the id clients and attachments name.
                        "PRIMARY",
                        "uq_xapi_statement_id",
                        "ix_xapi_statement_person_seq",
                        "ix_xapi_statement_activity_seq",
                        "ix_xapi_statement_verb_success",
                        // The LRS's statement queries without filters, and of a client reading its own (also the
                        // foreign key's index): lrs.StatementQueryIndexTest.
                        "ix_xapi_statement_stored",
                        "ix_xapi_statement_client_stored"),
                indexes());
    }

    @Test
    void shouldReadEveryStatementQueryThroughAnIndex() {
        String p = String.valueOf(person);
        String a = "'" + ACTIVITY + "7'";
        // StatementStore.of, without and with an activity; LearningPersonalData's export and erasure.
        assertIndexed(
                "SELECT statement FROM xapi_statement WHERE person_id = " + p + " ORDER BY seq DESC LIMIT 20",
                "ix_xapi_statement_person_seq");
        assertIndexed(
                "SELECT statement FROM xapi_statement WHERE person_id = " + p + " AND activity = " + a
                        + " ORDER BY seq DESC LIMIT 20",
                "ix_xapi_statement_person_seq",
                "ix_xapi_statement_activity_seq");
        assertIndexed(
                "SELECT id, verb, activity, timestamp, success FROM xapi_statement WHERE person_id = " + p
                        + " ORDER BY seq",
                "ix_xapi_statement_person_seq");
        assertIndexed(
                "UPDATE xapi_statement SET statement = JSON_REMOVE(statement, '$.actor.name') WHERE person_id = " + p,
                "ix_xapi_statement_person_seq");
        // The erasure of launched content's authority member (LearningPersonalData).
        assertIndexed(
                "UPDATE xapi_statement SET statement = JSON_REMOVE(statement, '$.authority.member[1].name')"
                        + " WHERE person_id = " + p + " AND JSON_EXISTS(statement, '$.authority.member[1]')",
                "ix_xapi_statement_person_seq");
        // A statement by the id a client gave it (lrs.Statements: GET ?statementId=, conflicts, voiding).
        // (An id that is stored: for one that is not, MariaDB answers from the index before any plan, with no key.)
        String id = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("SELECT id FROM xapi_statement WHERE person_id = " + p + " LIMIT 1")
                        .getSingleResult()
                        .toString());
        assertIndexed("SELECT statement FROM xapi_statement WHERE id = '" + id + "'", "uq_xapi_statement_id");
        // StatementStore.about.
        assertIndexed(
                "SELECT statement FROM xapi_statement WHERE activity = " + a + " ORDER BY seq DESC LIMIT 20",
                "ix_xapi_statement_activity_seq");
        // CohortService.mostFailed, for everyone and for some learners.
        String failed = "SELECT SUBSTRING(activity, 10), COUNT(*) FROM xapi_statement"
                + " WHERE verb = 'http://adlnet.gov/expapi/verbs/answered' AND activity LIKE '" + ACTIVITY
                + "%' AND success = FALSE";
        String grouped = " GROUP BY activity ORDER BY COUNT(*) DESC, activity LIMIT 10";
        assertIndexed(failed + grouped, "ix_xapi_statement_verb_success");
        assertIndexed(
                failed + " AND person_id IN (" + p + ", 0)" + grouped,
                "ix_xapi_statement_verb_success",
                "ix_xapi_statement_person_seq");
    }

    private void assertIndexed(String sql, String... expected) {
        String key = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("EXPLAIN " + sql).getResultList();
            // id, select_type, table, type, possible_keys, key, ...
            System.out.println(
                    "PLAN " + rows.stream().map(java.util.Arrays::toString).toList());
            return rows.stream().map(r -> String.valueOf(r[5])).collect(Collectors.joining(" "));
        });
        // An index merge ("a,b") or a rowid filter ("a|b") names several: each must be one of those expected.
        assertTrue(Set.of(expected).containsAll(List.of(key.split("[,|]"))), () -> sql + " read through " + key);
    }

    private Set<String> indexes() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object> rows = em.createNativeQuery("SELECT DISTINCT index_name FROM information_schema.statistics"
                            + " WHERE table_schema = DATABASE() AND table_name = 'xapi_statement'")
                    .getResultList();
            return rows.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
        });
    }
}
