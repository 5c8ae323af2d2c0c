package eu.topcop.learn.enrolment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.EnrolmentQueries.Filter;
import eu.topcop.learn.platform.i18n.Language;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The course managers' queue is paged by keyset, oldest first: every application once, in order, whatever the page
 * size; and MariaDB reads each filter of it through an index that gives the order (V57), never sorting the table.
 */
@QuarkusTest
class EnrolmentQueueTest {

    @Inject
    EnrolmentFixture fixture;

    @Inject
    EnrolmentQueries queries;

    @Inject
    EntityManager em;

    @Test
    void shouldListEveryApplicationOnceOldestFirstAcrossKeysetPages() {
        Offering offering = fixture.offering(20);
        List<Long> applied = new ArrayList<>();
        for (Person person : fixture.people(7, "MD")) {
            applied.add(fixture.apply(offering, person).id);
        }
        List<Long> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            String from = after;
            EnrolmentQueue.QueuePage page = QuarkusTransaction.requiringNew()
                    .call(() -> queries.queue(Filter.of(offering.code), from, 3, Language.ENGLISH));
            assertEquals(7, page.total());
            assertEquals(after != null, page.continued());
            page.items().forEach(a -> seen.add(a.id()));
            after = page.next();
            pages++;
        } while (after != null && pages < 10);
        assertEquals(3, pages);
        assertEquals(applied, seen, "oldest first, each once");
        assertEquals(7, new HashSet<>(seen).size());
    }

    @Test
    void shouldShowTheFirstPageForACursorThatIsNoCursor() {
        Offering offering = fixture.offering(5);
        fixture.apply(offering, fixture.person("MD"));
        EnrolmentQueue.QueuePage page = QuarkusTransaction.requiringNew()
                .call(() -> queries.queue(Filter.of(offering.code), "not-a-cursor", 3, Language.ENGLISH));
        assertEquals(1, page.items().size());
        assertFalse(page.continued());
        assertNull(page.next());
    }

    @Test
    void shouldReadEveryQueueFilterInOrderThroughAnIndex() {
        Offering offering = applicationsToPlan();
        String page = " AND (submitted_at > '2020-01-01' OR (submitted_at = '2020-01-01' AND id > 5))"
                + " ORDER BY submitted_at, id LIMIT 51";
        // One status, with and without an offering or a country: the index gives the order.
        assertOrderedByIndex(
                "SELECT id FROM application WHERE status IN ('SUBMITTED')" + page, "ix_application_status_submitted");
        assertOrderedByIndex(
                "SELECT id FROM application WHERE offering_id = " + offering.id + " AND status IN ('SUBMITTED')" + page,
                "ix_application_offering_submitted");
        assertOrderedByIndex(
                "SELECT id FROM application WHERE country_code = 'MD' AND status IN ('SUBMITTED')" + page,
                "ix_application_country");
        // Any status (the API without one).
        assertOrderedByIndex("SELECT id FROM application WHERE 1 = 1" + page, "ix_application_submitted");
    }

    @Test
    void shouldCountTheApplicationsWaitingForADecisionFromAnIndexAlone() {
        applicationsToPlan();
        List<Object[]> plan = explain(EnrolmentGlance.WAITING_PER_OFFERING);
        assertEquals(1, plan.size(), "one table");
        assertEquals("ix_application_decidable", String.valueOf(plan.get(0)[5]));
        // Covering: no application row is read, whatever their number.
        assertTrue(String.valueOf(plan.get(0)[9]).contains("Using index"), String.valueOf(plan.get(0)[9]));
    }

    /** An offering with 25 applications, and statistics that count them, for EXPLAIN. */
    private Offering applicationsToPlan() {
        Offering offering = fixture.offering(30);
        fixture.people(25, "MD").forEach(p -> fixture.apply(offering, p));
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("ANALYZE TABLE application").getResultList());
        return offering;
    }

    private List<Object[]> explain(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("EXPLAIN " + sql).getResultList();
            return rows;
        });
    }

    private void assertOrderedByIndex(String sql, String index) {
        List<Object[]> plan = explain(sql);
        // id, select_type, table, type, possible_keys, key, key_len, ref, rows, Extra
        Set<String> keys = new HashSet<>();
        plan.forEach(r -> keys.add(String.valueOf(r[5])));
        assertEquals(Set.of(index), keys, sql);
        assertTrue(
                plan.stream().noneMatch(r -> String.valueOf(r[9]).contains("filesort")),
                () -> sql + " sorts: " + plan.get(0)[9]);
    }
}
