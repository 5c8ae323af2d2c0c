package eu.topcop.learn.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;
import eu.topcop.learn.platform.persistence.InList;

/**
 * Enrolment at a glance, for the home pages: an applicant's next date, what waits for a coordinator and for the
 * course managers, and offerings starting soon. Counts and the first few rows only, each a fixed number of
 * statements whatever the number of applications.
 */
@ApplicationScoped
public class EnrolmentGlance {

    /** What the date is about: the online phase must be done, an offered seat lapses, the training starts. */
    public enum DeadlineKind {
        ONLINE_PHASE,
        SEAT_OFFER,
        TRAINING_STARTS
    }

    public record Deadline(DeadlineKind kind, LocalDate on, String offering, String title) {}

    /** An offering and a number of applications (waiting for a decision, or seated). */
    public record OfferingCount(String offering, String title, LocalDate startsOn, long count) {}

    public record Pending(long total, List<OfferingCount> offerings) {}

    /** An application waiting for the coordinator's endorsement. */
    public record ToEndorse(long application, String personName, String offering, String title) {}

    public record Endorsements(long total, List<ToEndorse> oldest) {}

    /** A country's use of its quota in an offering: seats, applications in the running, seats held. */
    public record QuotaLine(String offering, String title, LocalDate startsOn, int seats, long active, long seated) {}

    /** An offering starting soon with its capacity and seats held. */
    public record Starting(String offering, String title, LocalDate startsOn, int capacity, long seated) {}

    private static final List<Application.Status> ACTIVE = Arrays.stream(Application.Status.values())
            .filter(Application.Status::isActive)
            .toList();

    private static final List<Application.Status> SEATED = Arrays.stream(Application.Status.values())
            .filter(Application.Status::holdsSeat)
            .toList();

    /** Waiting for a course manager: endorsed, or submitted where no endorsement is asked. */
    private static final String DECIDABLE = "(a.status = eu.topcop.learn.enrolment.Application.Status.ENDORSED"
            + " or (a.status = eu.topcop.learn.enrolment.Application.Status.SUBMITTED and a.endorsementRequired = false))";

    /** {@link #DECIDABLE} in SQL, for the statements that count from an index before joining. */
    private static final String DECIDABLE_SQL =
            "(a.status = 'ENDORSED' OR (a.status = 'SUBMITTED' AND a.endorsement_required = FALSE))";

    /** The applications waiting for a course manager's decision, per offering (read from V69's index alone). */
    static final String WAITING_PER_OFFERING = "SELECT a.offering_id, COUNT(*) AS waiting FROM application a WHERE "
            + DECIDABLE_SQL + " GROUP BY a.offering_id";

    @Inject
    EntityManager em;

    /**
     * The applicant's next date among their applications still in the running: the online-phase deadline, the
     * lapse of an offered seat, or the start of a training they are seated in. One statement.
     */
    public Deadline nextDeadline(Person person, LocalDate today, Language language) {
        if (person.id == null) {
            return null;
        }
        InList activeIn = InList.of("active", ACTIVE);
        // Only the columns the dates need: the entities (an offering's thirty columns, a course's descriptions and
        // search text in every language) cost the home page more than the statement did (issue 17, P2).
        List<Object[]> running = InList.bind(
                        em.createQuery(
                                "select a.status, a.offerExpiresAt, o.code, o.gateDeadline, o.startsOn, c.title"
                                        + " from Application a join a.offering o join o.course c where a.person.id = :p"
                                        + " and a.status in " + activeIn
                                        + " and o.status = eu.topcop.learn.catalogue.Offering.Status.SCHEDULED"
                                        + " and o.endsOn >= :today order by o.startsOn, a.id",
                                Object[].class),
                        activeIn)
                .setParameter("p", person.id)
                .setParameter("today", today)
                .setMaxResults(20)
                .getResultList();
        List<Deadline> dates = new ArrayList<>();
        for (Object[] row : running) {
            Application.Status status = (Application.Status) row[0];
            Instant offerExpiresAt = (Instant) row[1];
            String offering = (String) row[2];
            LocalDate gateDeadline = (LocalDate) row[3];
            LocalDate startsOn = (LocalDate) row[4];
            @SuppressWarnings("unchecked")
            String title =
                    Localized.pick((Map<String, String>) row[5], language).text();
            if (gateDeadline != null && !gateDeadline.isBefore(today)) {
                dates.add(new Deadline(DeadlineKind.ONLINE_PHASE, gateDeadline, offering, title));
            }
            if (status == Application.Status.OFFERED && offerExpiresAt != null) {
                dates.add(new Deadline(
                        DeadlineKind.SEAT_OFFER,
                        offerExpiresAt.atZone(ZoneOffset.UTC).toLocalDate(),
                        offering,
                        title));
            }
            if (status.holdsSeat() && !startsOn.isBefore(today)) {
                dates.add(new Deadline(DeadlineKind.TRAINING_STARTS, startsOn, offering, title));
            }
        }
        return dates.stream().min(Comparator.comparing(Deadline::on)).orElse(null);
    }

    /** Applications of the country waiting for its coordinator, oldest first: two statements. */
    public Endorsements awaitingEndorsement(String country, int limit, Language language) {
        if (country == null) {
            return new Endorsements(0, List.of());
        }
        String waiting = " where a.country = :c and a.endorsementRequired = true"
                + " and a.status = eu.topcop.learn.enrolment.Application.Status.SUBMITTED";
        long total = em.createQuery("select count(a) from Application a" + waiting, Long.class)
                .setParameter("c", country)
                .getSingleResult();
        if (total == 0) {
            return new Endorsements(0, List.of());
        }
        List<Application> oldest = em.createQuery(
                        "select a from Application a join fetch a.person join fetch a.offering o join fetch o.course"
                                + waiting + " order by a.submittedAt, a.id",
                        Application.class)
                .setParameter("c", country)
                .setMaxResults(limit)
                .getResultList();
        return new Endorsements(
                total,
                oldest.stream()
                        .map(a -> new ToEndorse(
                                a.id,
                                a.person.name,
                                a.offering.code,
                                Localized.pick(a.offering.course.title, language)
                                        .text()))
                        .toList());
    }

    /** The country's nominations not yet decided by a course manager: one statement. */
    public long nominationsPending(String country) {
        if (country == null) {
            return 0;
        }
        return em.createQuery(
                        "select count(a) from Application a where a.country = :c"
                                + " and a.kind = eu.topcop.learn.enrolment.Application.Kind.NOMINATION and "
                                + DECIDABLE,
                        Long.class)
                .setParameter("c", country)
                .getSingleResult();
    }

    /** The country's quotas in offerings not yet over, soonest first, with their use: three statements. */
    public List<QuotaLine> quotaUse(String country, LocalDate today, int limit, Language language) {
        if (country == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> quotas = em.createNativeQuery(
                        "SELECT q.offering_id, q.seats FROM offering_quota q JOIN offering o ON o.id = q.offering_id"
                                + " WHERE q.country_code = :c AND o.status = 'SCHEDULED' AND o.ends_on >= :today"
                                + " ORDER BY o.starts_on, o.id LIMIT :limit")
                .setParameter("c", country)
                .setParameter("today", today)
                .setParameter("limit", limit)
                .getResultList();
        if (quotas.isEmpty()) {
            return List.of();
        }
        List<Long> ids = quotas.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, Offering> offerings = offerings(ids);
        Map<Long, long[]> use = new HashMap<>();
        InList idsIn = InList.of("ids", ids);
        InList activeIn = InList.of("active", ACTIVE);
        InList.bind(
                        em.createQuery(
                                "select a.offering.id, a.status, count(a) from Application a where a.offering.id in "
                                        + idsIn + " and a.country = :c and a.status in " + activeIn
                                        + " group by a.offering.id, a.status",
                                Object[].class),
                        idsIn,
                        activeIn)
                .setParameter("c", country)
                .getResultList()
                .forEach(r -> {
                    long[] counts = use.computeIfAbsent((Long) r[0], k -> new long[2]);
                    long n = (Long) r[2];
                    counts[0] += n;
                    if (((Application.Status) r[1]).holdsSeat()) {
                        counts[1] += n;
                    }
                });
        return quotas.stream()
                .map(r -> {
                    Offering o = offerings.get(((Number) r[0]).longValue());
                    long[] counts = use.getOrDefault(o.id, new long[2]);
                    return new QuotaLine(
                            o.code,
                            Localized.pick(o.course.title, language).text(),
                            o.startsOn,
                            ((Number) r[1]).intValue(),
                            counts[0],
                            counts[1]);
                })
                .toList();
    }

    /**
     * Applications waiting for a course manager, per offering: the manager's own offerings first, then those with
     * most waiting. Three statements. Counted per offering from the index that holds what a decision waits on
     * (V69) before the offerings are joined: at size L, 370,000 waiting applications were read row by row and
     * joined before they were grouped (1.6 s).
     */
    public Pending decisionsPending(String manager, int limit, Language language) {
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM application a WHERE " + DECIDABLE_SQL)
                        .getSingleResult())
                .longValue();
        if (total == 0) {
            return new Pending(0, List.of());
        }
        List<Object[]> top = em.createNativeQuery("SELECT w.offering_id, w.waiting FROM (" + WAITING_PER_OFFERING
                        + ") w JOIN offering o ON o.id = w.offering_id"
                        + " ORDER BY CASE WHEN o.course_manager = :me THEN 0 ELSE 1 END, w.waiting DESC, w.offering_id"
                        + " LIMIT :limit")
                .setParameter("me", manager)
                .setParameter("limit", limit)
                .getResultStream()
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new Object[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()};
                })
                .toList();
        Map<Long, Offering> offerings =
                offerings(top.stream().map(r -> (Long) r[0]).toList());
        return new Pending(
                total,
                top.stream()
                        .map(r -> {
                            Offering o = offerings.get((Long) r[0]);
                            return new OfferingCount(
                                    o.code,
                                    Localized.pick(o.course.title, language).text(),
                                    o.startsOn,
                                    (Long) r[1]);
                        })
                        .toList());
    }

    /**
     * Scheduled offerings starting from today to {@code until}, the manager's own first, then soonest first, with
     * seats held: two statements.
     */
    public List<Starting> startingSoon(String manager, LocalDate today, LocalDate until, int limit, Language language) {
        List<Offering> soon = em.createQuery(
                        "select o from Offering o join fetch o.course where o.startsOn between :from and :until"
                                + " and o.status = eu.topcop.learn.catalogue.Offering.Status.SCHEDULED"
                                + " order by case when o.courseManager = :me then 0 else 1 end, o.startsOn, o.id",
                        Offering.class)
                .setParameter("me", manager)
                .setParameter("from", today)
                .setParameter("until", until)
                .setMaxResults(limit)
                .getResultList();
        if (soon.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> seated = new HashMap<>();
        InList idsIn = InList.of("ids", soon.stream().map(o -> o.id).toList());
        InList seatedIn = InList.of("seated", SEATED);
        InList.bind(
                        em.createQuery(
                                "select a.offering.id, count(a) from Application a where a.offering.id in " + idsIn
                                        + " and a.status in " + seatedIn + " group by a.offering.id",
                                Object[].class),
                        idsIn,
                        seatedIn)
                .getResultList()
                .forEach(r -> seated.put((Long) r[0], (Long) r[1]));
        return soon.stream()
                .map(o -> new Starting(
                        o.code,
                        Localized.pick(o.course.title, language).text(),
                        o.startsOn,
                        o.capacity,
                        seated.getOrDefault(o.id, 0L)))
                .toList();
    }

    private Map<Long, Offering> offerings(List<Long> ids) {
        InList idsIn = InList.of("ids", ids);
        return InList.bind(
                        em.createQuery(
                                "select o from Offering o join fetch o.course where o.id in " + idsIn, Offering.class),
                        idsIn)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
    }

    /**
     * Offerings whose online-phase gate should have been checked by the daily job before today and was not: the
     * job is not running. One statement.
     */
    public long gateChecksOverdue(LocalDate today) {
        return em.createQuery(
                        "select count(o) from Offering o where o.gateCheckedAt is null and o.gateDeadline < :yesterday"
                                + " and o.status = eu.topcop.learn.catalogue.Offering.Status.SCHEDULED",
                        Long.class)
                .setParameter("yesterday", today.minusDays(1))
                .getSingleResult();
    }
}
