package eu.topcop.learn.exchange;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.exchange.ExchangeApplication.Status;
import eu.topcop.learn.platform.persistence.InList;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.ResultPage;

/**
 * Reading the exchange programme with its row rules: officers see their own applications, coordinators those
 * from their country, course managers all. A fixed number of statements per page.
 */
@ApplicationScoped
public class ExchangeQueries {

    public record OfferView(
            String code,
            ExchangeOffer.Kind kind,
            String hostCountry,
            String hostAgency,
            String topic,
            String priority,
            int places,
            long matched,
            LocalDate startsOn,
            LocalDate endsOn,
            String language,
            String description,
            String status) {

        public boolean hasPlaces() {
            return matched < places;
        }
    }

    public record ApplicationView(
            long id,
            String offer,
            String topic,
            String hostAgency,
            String hostCountry,
            LocalDate startsOn,
            LocalDate endsOn,
            String guest,
            String guestCountry,
            String guestAgency,
            String languages,
            String motivation,
            Status status,
            String reason,
            String mentor,
            String mentorEmail,
            String learningAgreement,
            String report,
            String commitment,
            LocalDate shareBy,
            LocalDate sharedOn,
            Integer sharedWith,
            String sharedHow,
            Instant submittedAt) {}

    /** A suggested pair: an endorsed guest and an open offer with places, and why they fit. */
    public record Suggestion(
            long application,
            String guest,
            String guestAgency,
            String guestCountry,
            String appliedFor,
            String offer,
            String hostAgency,
            String hostCountry,
            boolean samePriority,
            boolean speaksLanguage,
            boolean reciprocal,
            int score) {}

    /** Whose applications a viewer sees: one person's, one country's, or all. */
    public record Scope(Long person, String country) {}

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public ResultPage<OfferView> offers(String priority, String kind, boolean openOnly, int page, int size) {
        String where = " where 1 = 1" + (openOnly ? " and o.status = 'OPEN' and o.endsOn >= :today" : "")
                + (priority == null ? "" : " and o.priority.code = :priority")
                + (kind == null ? "" : " and o.kind = :kind");
        TypedQuery<Long> count = em.createQuery("select count(o) from ExchangeOffer o" + where, Long.class);
        TypedQuery<ExchangeOffer> list = em.createQuery(
                "select o from ExchangeOffer o join fetch o.priority" + where + " order by o.startsOn, o.id",
                ExchangeOffer.class);
        for (TypedQuery<?> q : List.of(count, list)) {
            if (openOnly) {
                q.setParameter("today", LocalDate.now(clock));
            }
            if (priority != null) {
                q.setParameter("priority", priority);
            }
            if (kind != null) {
                q.setParameter("kind", ExchangeOffer.Kind.valueOf(kind));
            }
        }
        long total = count.getSingleResult();
        List<ExchangeOffer> offers =
                list.setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<Long, Long> matched = matched(offers.stream().map(o -> o.id).toList());
        return new ResultPage<>(offers.stream().map(o -> view(o, matched)).toList(), page, size, total);
    }

    public OfferView offer(String code) {
        ExchangeOffer offer = em.createQuery(
                        "select o from ExchangeOffer o join fetch o.priority where o.code = :c", ExchangeOffer.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException.NotFound("No exchange offer " + code));
        return view(offer, matched(List.of(offer.id)));
    }

    /** Applications in the viewer's scope, optionally of one offer or one status, newest first. */
    public ResultPage<ApplicationView> applications(Scope scope, String offer, Status status, int page, int size) {
        String where = " where 1 = 1" + (scope.person() == null ? "" : " and a.person.id = :person")
                + (scope.country() == null ? "" : " and a.guestCountry = :country")
                + (offer == null ? "" : " and a.offer.code = :offer")
                + (status == null ? "" : " and a.status = :status");
        TypedQuery<Long> count = em.createQuery("select count(a) from ExchangeApplication a" + where, Long.class);
        TypedQuery<ExchangeApplication> list = em.createQuery(
                "select a from ExchangeApplication a join fetch a.offer join fetch a.person" + where
                        + " order by a.submittedAt desc, a.id desc",
                ExchangeApplication.class);
        for (TypedQuery<?> q : List.of(count, list)) {
            if (scope.person() != null) {
                q.setParameter("person", scope.person());
            }
            if (scope.country() != null) {
                q.setParameter("country", scope.country());
            }
            if (offer != null) {
                q.setParameter("offer", offer);
            }
            if (status != null) {
                q.setParameter("status", status);
            }
        }
        long total = count.getSingleResult();
        return new ResultPage<>(
                list.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                        .map(ExchangeQueries::view)
                        .toList(),
                page,
                size,
                total);
    }

    /** One application, if the viewer's scope includes it. */
    public ApplicationView application(long id, Scope scope) {
        return em.createQuery(
                        "select a from ExchangeApplication a join fetch a.offer join fetch a.person where a.id = :id",
                        ExchangeApplication.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .filter(a -> (scope.person() == null || a.person.id.equals(scope.person()))
                        && (scope.country() == null || a.guestCountry.equals(scope.country())))
                .map(ExchangeQueries::view)
                .orElseThrow(() -> new DomainException.NotFound("No application " + id));
    }

    /**
     * Suggested pairs for course managers: every endorsed guest with the open offers that still have places, of
     * the offer they applied for or of the same crime priority. A pair scores 3 for the same crime priority, 2 if
     * the guest works in the offer's language, 2 for reciprocity (someone of the host agency is a guest of the
     * guest's agency) and 1 for the offer applied for. One statement.
     *
     * <p>The places taken per offer and the pairs of agencies already exchanging are each counted once (GROUP BY,
     * DISTINCT) and joined, never counted again for every guest and offer; the offers come from their crime
     * priority's index (the offer applied for is of the guest's priority, so "applied for or same priority" is
     * the same priority).
     */
    static final String SUGGESTIONS = "SELECT * FROM (SELECT a.id, p.name, a.guest_agency, a.guest_country,"
            + " ao.code AS applied, o.code AS offer, o.host_agency, o.host_country,"
            + " ao.crime_priority_id = o.crime_priority_id AS same_priority,"
            + " FIND_IN_SET(o.language, a.languages) > 0 AS speaks,"
            + " r.guest_agency IS NOT NULL AS reciprocal,"
            + " o.id = a.offer_id AS applied_here, a.submitted_at"
            + " FROM exchange_application a JOIN person p ON p.id = a.person_id"
            + " JOIN exchange_offer ao ON ao.id = a.offer_id"
            + " JOIN exchange_offer o ON o.crime_priority_id = ao.crime_priority_id AND o.status = 'OPEN'"
            + " AND o.starts_on > :today AND o.host_country <> a.guest_country"
            + " LEFT JOIN (SELECT offer_id, COUNT(*) AS taken FROM exchange_application"
            + " WHERE status IN ('MATCHED', 'REPORTED') GROUP BY offer_id) m ON m.offer_id = o.id"
            + " LEFT JOIN (SELECT DISTINCT b.guest_agency, bo.host_agency FROM exchange_application b"
            + " JOIN exchange_offer bo ON bo.id = b.offer_id WHERE b.status IN ('ENDORSED', 'MATCHED', 'REPORTED')) r"
            + " ON r.guest_agency = o.host_agency AND r.host_agency = a.guest_agency"
            + " WHERE a.status = 'ENDORSED' AND COALESCE(m.taken, 0) < o.places) pairs"
            + " ORDER BY 3 * same_priority + 2 * speaks + 2 * reciprocal + applied_here DESC,"
            + " submitted_at, id, offer";

    @SuppressWarnings("unchecked")
    public List<Suggestion> suggestions(int page, int size) {
        List<Object[]> rows = em.createNativeQuery(SUGGESTIONS)
                .setParameter("today", LocalDate.now(clock))
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        return rows.stream()
                .map(r -> {
                    boolean same = flag(r[8]);
                    boolean speaks = flag(r[9]);
                    boolean reciprocal = flag(r[10]);
                    boolean applied = flag(r[11]);
                    return new Suggestion(
                            ((Number) r[0]).longValue(),
                            (String) r[1],
                            (String) r[2],
                            (String) r[3],
                            (String) r[4],
                            (String) r[5],
                            (String) r[6],
                            (String) r[7],
                            same,
                            speaks,
                            reciprocal,
                            (same ? 3 : 0) + (speaks ? 2 : 0) + (reciprocal ? 2 : 0) + (applied ? 1 : 0));
                })
                .toList();
    }

    /** Officers' exchange visits and the officers they shared them with, for the cascade: one statement. */
    public long[] sharing(String country) {
        var query = em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(shared_with), 0)"
                + " FROM exchange_application WHERE status = 'REPORTED'"
                + (country == null ? "" : " AND guest_country = :country"));
        if (country != null) {
            query.setParameter("country", country);
        }
        Object[] row = (Object[]) query.getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    Scope scopeOf(Person person) {
        return new Scope(person.id == null ? -1L : person.id, null);
    }

    private Map<Long, Long> matched(List<Long> ids) {
        Map<Long, Long> matched = new HashMap<>();
        if (!ids.isEmpty()) {
            InList idsIn = InList.of("ids", ids);
            InList placedIn = InList.of("placed", List.of(Status.MATCHED, Status.REPORTED));
            InList.bind(
                            em.createQuery(
                                    "select a.offer.id, count(a) from ExchangeApplication a where a.offer.id in "
                                            + idsIn + " and a.status in " + placedIn + " group by a.offer.id",
                                    Object[].class),
                            idsIn,
                            placedIn)
                    .getResultList()
                    .forEach(r -> matched.put((Long) r[0], (Long) r[1]));
        }
        return matched;
    }

    private static OfferView view(ExchangeOffer o, Map<Long, Long> matched) {
        return new OfferView(
                o.code,
                o.kind,
                o.hostCountry,
                o.hostAgency,
                o.topic,
                o.priority.code,
                o.places,
                matched.getOrDefault(o.id, 0L),
                o.startsOn,
                o.endsOn,
                o.language,
                o.description,
                o.status);
    }

    private static ApplicationView view(ExchangeApplication a) {
        return new ApplicationView(
                a.id,
                a.offer.code,
                a.offer.topic,
                a.offer.hostAgency,
                a.offer.hostCountry,
                a.offer.startsOn,
                a.offer.endsOn,
                a.person.name,
                a.guestCountry,
                a.guestAgency,
                a.languages,
                a.motivation,
                a.status,
                a.reason,
                a.mentor,
                a.mentorEmail,
                a.learningAgreement,
                a.report,
                a.commitment,
                a.shareBy,
                a.sharedOn,
                a.sharedWith,
                a.sharedHow,
                a.submittedAt);
    }

    private static boolean flag(Object value) {
        return value instanceof Boolean b ? b : value != null && ((Number) value).intValue() != 0;
    }
}
