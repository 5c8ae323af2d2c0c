package eu.topcop.learn.lrs;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every lookup of the document resources and of /activities, as MariaDB's EXPLAIN plans it, reads through the
 * index made for it (V63, and xapi_statement's activity index for the definitions).
 */
@QuarkusTest
class XapiDocumentIndexTest {

    // An owner and an agent the rows below have: a key no row has is answered from the unique index's statistics
    // alone ("Impossible WHERE"), with no index named.
    private static final String OWNER = XapiDocument.sha1("owner7");
    private static final String AGENT = XapiDocument.sha1("agent7");

    @Inject
    EntityManager em;

    @BeforeEach
    void someDocuments() {
        // Enough documents over many owners for the optimizer to prefer an index to a scan.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("INSERT INTO xapi_document (kind, activity_id, agent, agent_key,"
                                + " registration, document_id, owner_key, document_key, content_type, contents, etag,"
                                + " updated) SELECT 'STATE', CONCAT('https://academy.example/a/', seq MOD 50),"
                                + " CONCAT('mbox:mailto:l', seq MOD 40, '@academy.example'), SHA1(CONCAT('agent', seq"
                                + " MOD 40)), IF(seq MOD 2 = 0, UUID(), NULL), CONCAT('s', seq), SHA1(CONCAT('owner',"
                                + " seq MOD 200)), SHA1(UUID()), 'application/json', '{}', SHA1('{}'), NOW(3)"
                                + " FROM seq_1_to_2000")
                        .executeUpdate());
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("INSERT INTO xapi_statement (id, verb, activity, timestamp, stored,"
                                + " statement) SELECT UUID(), 'http://adlnet.gov/expapi/verbs/experienced',"
                                + " CONCAT('https://academy.example/a/', seq MOD 50), NOW(), NOW(), '{}'"
                                + " FROM seq_1_to_1000")
                        .executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("ANALYZE TABLE xapi_document").getResultList();
            em.createNativeQuery("ANALYZE TABLE xapi_statement").getResultList();
        });
    }

    @Test
    void shouldReadEveryDocumentLookupThroughItsIndex() {
        String owner = "'" + OWNER + "'";
        // XapiDocuments.find and locked: one document.
        String document = QuarkusTransaction.requiringNew()
                .call(() -> String.valueOf(em.createNativeQuery("SELECT document_key FROM xapi_document LIMIT 1")
                        .getSingleResult()));
        assertIndexed("SELECT * FROM xapi_document WHERE document_key = '" + document + "'", "uq_xapi_document_key");
        // XapiDocuments.ids, without and with a registration and since; deleteAll.
        String ids = "SELECT document_id, MAX(updated) FROM xapi_document WHERE owner_key = " + owner;
        String grouped = " GROUP BY document_id ORDER BY MAX(updated), document_id";
        assertIndexed(ids + grouped, "ix_xapi_document_owner");
        assertIndexed(
                ids + " AND registration = '6f1e0c0a-1a2b-4c3d-8e9f-0a1b2c3d4e5f' AND updated > NOW() - INTERVAL 1 DAY"
                        + grouped,
                "ix_xapi_document_owner");
        assertIndexed("DELETE FROM xapi_document WHERE owner_key = " + owner, "ix_xapi_document_owner");
        // LrsPersonalData: export and erasure by person or identifier.
        assertIndexed(
                "SELECT kind, document_id FROM xapi_document WHERE person_id = 1 OR agent_key IN ('" + AGENT + "')",
                "ix_xapi_document_person",
                "ix_xapi_document_agent");
        // XapiActivities.activity: the newest statements about an activity.
        assertIndexed(
                "SELECT statement FROM xapi_statement WHERE activity = 'https://academy.example/a/1' AND voided = FALSE"
                        + " ORDER BY seq DESC LIMIT 50",
                "ix_xapi_statement_activity_seq");
    }

    private void assertIndexed(String sql, String... expected) {
        String key = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("EXPLAIN " + sql).getResultList();
            // id, select_type, table, type, possible_keys, key, ...
            return rows.stream().map(r -> String.valueOf(r[5])).collect(Collectors.joining(" "));
        });
        // An index merge ("a,b") or a rowid filter ("a|b") names several: each must be one of those expected.
        assertTrue(Set.of(expected).containsAll(List.of(key.split("[,|]"))), () -> sql + " read through " + key);
    }
}
