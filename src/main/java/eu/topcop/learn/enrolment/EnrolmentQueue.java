package eu.topcop.learn.enrolment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.EnrolmentQueries.Filter;
import eu.topcop.learn.enrolment.EnrolmentViews.ApplicationView;
import eu.topcop.learn.platform.i18n.Language;

/**
 * The course managers' queue: applications oldest first, so that nobody waits longest. Two statements a page
 * (count and page) and one for the rows' views, whatever the queue's length and however far it is paged.
 */
@ApplicationScoped
public class EnrolmentQueue {

    @Inject
    EntityManager em;

    @Inject
    EnrolmentQueries queries;

    /**
     * A page of the queue, oldest first, in keyset pages: {@code after} is the
     * {@link QueuePage#next} of the page before (none: the first page). An OFFSET page read and dropped every row
     * before it; a keyset page starts in the index where the last one stopped (V57).
     */
    public QueuePage page(Filter filter, String after, int size, Language language) {
        QueueCursor cursor = QueueCursor.parse(after);
        String by = filter.onlyWaitingList() ? "a.waitingSince" : "a.submittedAt";
        Map<String, Object> parameters = new HashMap<>();
        String keyset = "1 = 1";
        if (cursor != null) {
            keyset = "(" + by + " > :at or (" + by + " = :at and a.id > :id))";
            parameters.put("at", cursor.at());
            parameters.put("id", cursor.id());
        }
        StringBuilder where = EnrolmentQueries.filtered(filter, parameters);
        var count = em.createQuery("select count(a) from Application a" + where, Long.class);
        parameters.forEach((k, v) -> {
            if (!k.equals("at") && !k.equals("id")) {
                count.setParameter(k, v);
            }
        });
        var rows = em.createQuery(
                "select a.id, " + by + " from Application a" + where + " and " + keyset + " order by " + by + ", a.id",
                Object[].class);
        parameters.forEach(rows::setParameter);
        List<Object[]> found = rows.setMaxResults(size + 1).getResultList();
        List<Object[]> shown = found.subList(0, Math.min(size, found.size()));
        String next = found.size() > size
                ? new QueueCursor((java.time.Instant) shown.get(size - 1)[1], (Long) shown.get(size - 1)[0]).toString()
                : null;
        List<Long> ids = shown.stream().map(r -> (Long) r[0]).toList();
        return new QueuePage(queries.views(ids, language), count.getSingleResult(), next, cursor != null);
    }

    /**
     * A page of the queue: its applications, how many wait in all, the cursor of the next page (none: this is the
     * last) and whether pages come before it.
     */
    public record QueuePage(List<ApplicationView> items, long total, String next, boolean continued) {

        public boolean isEmpty() {
            return items.isEmpty();
        }
    }

    /** Where a queue page stopped: the last row's time (submitted, or on the waiting list since) and id. */
    record QueueCursor(java.time.Instant at, long id) {

        /** The cursor, or none for a missing or malformed one (which shows the first page, never an error). */
        static QueueCursor parse(String text) {
            if (text == null || !text.matches("\\d{1,19}_\\d{1,19}")) {
                return null;
            }
            String[] parts = text.split("_");
            try {
                return new QueueCursor(
                        java.time.Instant.EPOCH.plus(Long.parseLong(parts[0]), java.time.temporal.ChronoUnit.MICROS),
                        Long.parseLong(parts[1]));
            } catch (ArithmeticException | java.time.DateTimeException | NumberFormatException e) {
                return null;
            }
        }

        @Override
        public String toString() {
            return java.time.temporal.ChronoUnit.MICROS.between(java.time.Instant.EPOCH, at) + "_" + id;
        }
    }
}
