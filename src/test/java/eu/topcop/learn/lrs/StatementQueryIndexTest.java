package eu.topcop.learn.lrs;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every path of a statement query reads through an index, in the order it answers (no filesort): by the plain agent
 * filter alone (xapi_statement_by_agent's primary key), by related agents, verb, activity, registration (each driving
 * through xapi_statement_ref's primary key, related or not), filters combined,
 * since/until, and without filters newest or oldest first (ix_xapi_statement_stored) or only the client's own
 * (ix_xapi_statement_client_stored). The SQL is the very one StatementQueries runs, EXPLAINed by MariaDB.
 */
@QuarkusTest
class StatementQueryIndexTest {

    private static final String VERB = "http://adlnet.gov/expapi/verbs/answered";

    @Inject
    EntityManager em;

    @Inject
    StatementQueries queries;

    private String tag;

    @BeforeEach
    void manyStatements() {
        // Enough statements over many agents, activities and attempts for the optimizer to prefer an index to a scan.
        tag = UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("INSERT INTO xapi_statement (id, person_id, actor, verb, activity, registration,"
                            + " timestamp, stored, statement, voided) SELECT UUID(), NULL,"
                            + " CONCAT('mbox:mailto:', :tag, '-', seq MOD 50, '@x.example'),"
                            + " ELT(1 + seq MOD 3, 'http://adlnet.gov/expapi/verbs/experienced', :verb,"
                            + " 'http://adlnet.gov/expapi/verbs/completed'), CONCAT('https://x.example/', :tag, '/',"
                            + " seq MOD 40), CONCAT(:tag, '-0000-0000-0000-', LPAD(seq MOD 100, 12, '0')),"
                            + " NOW(3), NOW(3) - INTERVAL seq SECOND, '{}', seq MOD 97 = 0 FROM seq_1_to_3000")
                    .setParameter("tag", tag)
                    .setParameter("verb", VERB)
                    .executeUpdate();
            String mine = " FROM xapi_statement WHERE actor LIKE CONCAT('mbox:mailto:', :tag, '-%')";
            for (String row : List.of(
                    "CONCAT('agent|', actor))), FALSE",
                    "CONCAT('agent|', actor))), TRUE",
                    "CONCAT('activity|', activity))), FALSE",
                    "CONCAT('activity|', activity))), TRUE",
                    "CONCAT('verb|', verb))), FALSE",
                    "CONCAT('registration|', registration))), FALSE")) {
                em.createNativeQuery("INSERT INTO xapi_statement_ref (ref, related, stored, statement_seq)"
                                + " SELECT UNHEX(SHA1(" + row + ", stored, seq" + mine)
                        .setParameter("tag", tag)
                        .executeUpdate();
            }
            em.createNativeQuery("INSERT INTO xapi_statement_by_agent (ref, stored, statement_seq, voided, statement)"
                            + " SELECT UNHEX(SHA1(CONCAT('agent|', actor))), stored, seq, voided, statement" + mine)
                    .setParameter("tag", tag)
                    .executeUpdate();
        });
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("ANALYZE TABLE xapi_statement").getResultList();
            em.createNativeQuery("ANALYZE TABLE xapi_statement_ref").getResultList();
            em.createNativeQuery("ANALYZE TABLE xapi_statement_by_agent").getResultList();
        });
    }

    @Test
    void everyFilterDrivesThroughTheRefsPrimaryKeyInStoredOrder() {
        // The plain agent filter alone reads the copies clustered by agent (V72), with nothing to probe.
        assertReadsThrough(query(List.of(agent(7, false))), null, "PRIMARY", "c");
        assertReadsThrough(query(List.of(agent(7, true))), null, "PRIMARY", "r");
        for (boolean related : List.of(false, true)) {
            assertReadsThrough(query(List.of(activity(3, related))), null, "PRIMARY", "r");
        }
        assertReadsThrough(query(List.of(filter(StatementRefs.Kind.VERB, VERB, false))), null, "PRIMARY");
        String registration = tag + "-0000-0000-0000-000000000042";
        assertReadsThrough(
                query(List.of(filter(StatementRefs.Kind.REGISTRATION, registration, false))), null, "PRIMARY");
        // Filters combined: the first drives, the others are probes of the same primary key.
        assertReadsThrough(
                query(List.of(agent(7, false), activity(3, true), filter(StatementRefs.Kind.VERB, VERB, false))),
                null,
                "PRIMARY");
    }

    @Test
    void sinceUntilAscendingAndMoreKeepTheIndexOrder() {
        Instant now = Instant.now();
        StatementQuery.Cursor after = new StatementQuery.Cursor(now.minusSeconds(100), 1_000L);
        for (boolean ascending : List.of(false, true)) {
            StatementQuery ranged = new StatementQuery(
                    List.of(agent(7, false)),
                    now.minusSeconds(2000),
                    now.minusSeconds(10),
                    10,
                    ascending,
                    "exact",
                    false,
                    after);
            assertReadsThrough(ranged, null, "PRIMARY");
            StatementQuery everything = new StatementQuery(
                    List.of(), now.minusSeconds(2000), now.minusSeconds(10), 10, ascending, "exact", false, after);
            assertReadsThrough(everything, null, "ix_xapi_statement_stored");
        }
    }

    @Test
    void withoutFiltersTheStoreIsReadNewestFirstOrOnlyTheClientsOwn() {
        assertReadsThrough(query(List.of()), null, "ix_xapi_statement_stored");
        assertReadsThrough(query(List.of()), 1L, "ix_xapi_statement_client_stored");
    }

    @Test
    void shouldLimitALaunchCredentialsQueryByConditionsOfTheQueryNotByRewritingItsText() {
        LaunchCredentials.Launch launch = new LaunchCredentials.Launch(
                7L,
                "account:x|y",
                "reg-of-the-launch",
                "https://x.example/a",
                (p, r, a, s) -> java.util.Optional.empty());
        for (StatementQuery query : List.of(query(List.of()), query(List.of(agent(1, false))))) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            String sql = queries.sql(query, null, null, null, launch, parameters);
            String where = sql.substring(sql.indexOf(" WHERE "), sql.indexOf(" ORDER BY "));
            assertTrue(
                    where.contains(" AND s.person_id = :launchPerson AND s.registration = :launchRegistration"), sql);
            assertTrue(parameters.get("launchPerson").equals(7L), sql);
            assertTrue(parameters.get("launchRegistration").equals("reg-of-the-launch"), sql);
            // Without a launch, neither condition.
            assertFalse(
                    queries.sql(query, null, null, null, new LinkedHashMap<>()).contains(":launchPerson"));
        }
    }

    private StatementQuery query(List<StatementQuery.Filter> filters) {
        return new StatementQuery(filters, null, null, StatementQuery.MAXIMUM, false, "exact", false, null);
    }

    private StatementQuery.Filter agent(int which, boolean related) {
        return filter(StatementRefs.Kind.AGENT, "mbox:mailto:" + tag + "-" + which + "@x.example", related);
    }

    private StatementQuery.Filter activity(int which, boolean related) {
        return filter(StatementRefs.Kind.ACTIVITY, "https://x.example/" + tag + "/" + which, related);
    }

    private static StatementQuery.Filter filter(StatementRefs.Kind kind, String identifier, boolean related) {
        return new StatementQuery.Filter(kind, StatementRefs.key(kind, identifier), related);
    }

    /** The first table read uses {@code driving} without a filesort; every other one is a probe by key. */
    private void assertReadsThrough(StatementQuery query, Long client, String driving) {
        assertReadsThrough(query, client, driving, null);
    }

    /** As above, the first table read being the one of alias {@code table}. */
    private void assertReadsThrough(StatementQuery query, Long client, String driving, String table) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String sql = queries.sql(query, query.since(), query.until(), client, parameters);
        List<Object[]> plan = QuarkusTransaction.requiringNew().call(() -> {
            var explain = em.createNativeQuery("EXPLAIN " + sql);
            parameters.forEach(explain::setParameter);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = explain.getResultList();
            return rows;
        });
        // id, select_type, table, type, possible_keys, key, key_len, ref, rows, Extra
        Object[] first = plan.get(0);
        String described = sql + "\n read as "
                + plan.stream().map(java.util.Arrays::toString).toList();
        assertTrue(driving.equals(String.valueOf(first[5])), described);
        assertTrue(table == null || table.equals(String.valueOf(first[2])), described);
        assertFalse(String.valueOf(first[9]).contains("filesort"), described);
        for (Object[] row : plan.subList(1, plan.size())) {
            // A probe by the full primary key, or by the foreign key's index, which ends with the primary key.
            assertTrue(
                    Set.of("PRIMARY", "ix_xapi_statement_ref_statement").contains(String.valueOf(row[5])), described);
        }
    }
}
