package eu.topcop.learn.lrs;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each query of LaunchCredentials and LrsPersonalData on lrs_launch_credential reads through an index (V65). */
@QuarkusTest
class LaunchCredentialIndexTest {

    @Inject
    EntityManager em;

    @Inject
    EnrolmentFixture people;

    private long person;

    @BeforeEach
    void someCredentials() {
        // Enough rows, most of them live, for the optimizer to prefer an index to a scan.
        person = people.person("GE").id;
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("INSERT INTO lrs_launch_credential (credential_key, secret_hash,"
                                + " person_id, actor, registration, activity, issued_at, expires_at)"
                                + " SELECT CONCAT('launch-index-', UUID()), REPEAT('0', 64), :p, 'account:x|y', UUID(),"
                                + " 'https://learn.topcop.eu/xapi/activities/modules/index-test', NOW(3),"
                                + " NOW(3) + INTERVAL seq MINUTE FROM seq_1_to_1000")
                        .setParameter("p", person)
                        .executeUpdate());
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("ANALYZE TABLE lrs_launch_credential")
                        .getResultList());
    }

    @Test
    void shouldReadEveryLaunchCredentialQueryThroughAnIndex() {
        // An existing key: for a missing one MariaDB plans nothing ("Impossible WHERE").
        String existing = QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("SELECT MIN(credential_key) FROM lrs_launch_credential"
                                + " WHERE credential_key LIKE 'launch-index-%'")
                        .getSingleResult());
        assertEquals(
                "uq_lrs_launch_credential_key",
                key("SELECT person_id, actor, registration, activity, secret_hash FROM lrs_launch_credential"
                        + " WHERE credential_key = '" + existing + "' AND expires_at > NOW(3)"));
        assertEquals(
                "ix_lrs_launch_credential_expires",
                key("DELETE FROM lrs_launch_credential WHERE expires_at <= NOW(3) - INTERVAL 1 DAY"));
        assertEquals(
                "fk_lrs_launch_credential_person",
                key("DELETE FROM lrs_launch_credential WHERE person_id = " + (person + 1_000_000)));
    }

    private String key(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("EXPLAIN " + sql).getResultList();
            // id, select_type, table, type, possible_keys, key, ...
            return rows.stream().map(r -> String.valueOf(r[5])).collect(Collectors.joining(" "));
        });
    }
}
