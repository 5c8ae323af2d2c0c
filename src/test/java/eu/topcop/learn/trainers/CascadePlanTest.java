package eu.topcop.learn.trainers;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cascade reads the participants of validated multiplication courses from an index alone (V70): whom each course
 * reached, and whether they attended, without reading a participant's row. At size L that is 180,000 rows per figure.
 */
@QuarkusTest
class CascadePlanTest {

    @Inject
    EntityManager em;

    @Test
    void shouldCountTheOfficersReachedFromTheParticipantsIndexAlone() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("ANALYZE TABLE multiplication_participant")
                        .getResultList());
        String sql =
                "SELECT COUNT(DISTINCT m.id), COUNT(DISTINCT " + CascadeService.OFFICER + ")" + CascadeService.REACHED;
        List<Object[]> plan = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("EXPLAIN " + sql).getResultList();
            return rows;
        });
        // id, select_type, table, type, possible_keys, key, key_len, ref, rows, Extra
        Object[] participants = plan.stream()
                .filter(r -> "p".equals(String.valueOf(r[2])))
                .findFirst()
                .orElseThrow();
        assertEquals("ix_multiplication_participant_reached", String.valueOf(participants[5]), sql);
        assertTrue(String.valueOf(participants[9]).contains("Using index"), String.valueOf(participants[9]));
    }
}
