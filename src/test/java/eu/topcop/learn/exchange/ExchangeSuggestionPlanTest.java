package eu.topcop.learn.exchange;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exchange suggestions are one statement whose counts are made once, not once per guest and offer: MariaDB's
 * plan has no dependent (correlated) subquery, and finds the offers of a guest's crime priority through an index.
 */
@QuarkusTest
class ExchangeSuggestionPlanTest {

    @Inject
    EntityManager em;

    @Test
    void shouldCountPlacesAndReciprocityOnceAndFindOffersThroughAnIndex() {
        List<Object[]> plan = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("EXPLAIN " + ExchangeQueries.SUGGESTIONS)
                    .setParameter("today", LocalDate.of(2020, 1, 1))
                    .getResultList();
            return rows;
        });
        // id, select_type, table, type, possible_keys, key, ...
        String described = plan.stream()
                .map(r -> r[1] + ":" + r[2] + ":" + r[3] + ":" + r[5])
                .reduce("", (x, y) -> x + " " + y);
        assertTrue(plan.stream().noneMatch(r -> String.valueOf(r[1]).contains("DEPENDENT")), described);
        assertTrue(
                plan.stream().filter(r -> "o".equals(r[2])).allMatch(r -> r[5] != null && !"ALL".equals(r[3])),
                "the offers of the guest's priority come from an index: " + described);
    }
}
