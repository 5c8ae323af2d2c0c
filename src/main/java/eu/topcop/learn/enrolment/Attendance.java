package eu.topcop.learn.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.Application.Status;
import eu.topcop.learn.platform.persistence.InList;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.security.ForbiddenException;

/**
 * Attendance per session day, and what it completes: a participant completes a face-to-face offering by being
 * present every day of it and having completed its online phase, in whichever order the two facts arrive. Both
 * recording attendance and completing an online module ask {@link #completeIfDone}, the one place that decides.
 * Recorded by the offering's course manager, an administrator, or a trainer assigned to the offering.
 */
@ApplicationScoped
public class Attendance {

    /** One mark: present or absent on a day. */
    public record Mark(long application, LocalDate day, boolean present) {}

    /** A participant's row of the register. */
    public record Row(
            long application,
            @com.fasterxml.jackson.annotation.JsonIgnore long person,
            String name,
            String country,
            Map<LocalDate, Boolean> days,
            boolean completed) {

        public Boolean on(LocalDate day) {
            return days.get(day);
        }

        /** The value the register's form sends for this participant on {@code day}. */
        public String cell(LocalDate day) {
            return application + ":" + day;
        }
    }

    /**
     * A participant has completed a face-to-face offering: fired in the recording transaction, so that the
     * learning feature records the course's completion and its certificate with the marks, or not at all.
     */
    public record OfferingCompleted(long person, long offering, long course, LocalDate startsOn, LocalDate endsOn) {}

    /** The register of an offering: its days and a row per seated participant. */
    public record Register(
            String offering, List<LocalDate> days, List<Row> rows, List<String> trainers, LocalDate recordableUntil) {

        /** Whether marks can be recorded for the day yet (a day that has come, allowing for time zones). */
        public boolean recordable(LocalDate day) {
            return !day.isAfter(recordableUntil);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CompletionRecords completions;

    @Inject
    OnlinePhase onlinePhase;

    @Inject
    jakarta.enterprise.event.Event<OfferingCompleted> completedOffering;

    /** The register: three statements whatever the number of participants and days. */
    public Register register(String offeringCode) {
        Offering offering = offering(offeringCode);
        List<LocalDate> days =
                offering.startsOn.datesUntil(offering.endsOn.plusDays(1)).toList();
        List<Application> seated = em.createQuery(
                        "select a from Application a join fetch a.person where a.offering = :o and a.status = :s"
                                + " order by a.person.name, a.id",
                        Application.class)
                .setParameter("o", offering)
                .setParameter("s", Status.APPROVED)
                .getResultList();
        Map<Long, Map<LocalDate, Boolean>> marks = new HashMap<>();
        if (!seated.isEmpty()) {
            InList idsIn = InList.of("ids", seated.stream().map(a -> a.id).toList());
            InList.bind(
                            em.createQuery(
                                    "select m.application.id, m.day, m.present from AttendanceMark m where m.application.id in "
                                            + idsIn,
                                    Object[].class),
                            idsIn)
                    .getResultList()
                    .forEach(r -> marks.computeIfAbsent((Long) r[0], id -> new HashMap<>())
                            .put((LocalDate) r[1], (Boolean) r[2]));
        }
        List<String> modules = onlinePhase.modules(offering.id);
        Map<Long, Set<String>> online =
                completions.completed(seated.stream().map(a -> a.person.id).toList(), modules);
        List<Row> rows = new ArrayList<>();
        for (Application a : seated) {
            Map<LocalDate, Boolean> own = marks.getOrDefault(a.id, Map.of());
            boolean everyDay = days.stream().allMatch(d -> Boolean.TRUE.equals(own.get(d)));
            boolean onlineDone = online.getOrDefault(a.person.id, Set.of()).containsAll(modules);
            rows.add(new Row(a.id, a.person.id, a.person.name, a.country, own, everyDay && onlineDone));
        }
        return new Register(offering.code, days, rows, trainers(offering), recordableUntil());
    }

    /** The register for someone who may see it: course managers and administrators, or a trainer of the offering. */
    public Register registerFor(String offeringCode, Person viewer, boolean manager) {
        Offering offering = offering(offeringCode);
        if (!manager && !trainers(offering).contains(viewer.username)) {
            // A trainer who does not run this offering does not see its participants.
            throw new DomainException.NotFound("No register for '" + offeringCode + "'");
        }
        return register(offeringCode);
    }

    /**
     * Records marks for seated participants of the offering, on its days that have come (a completion, and its
     * certificate, must not predate the training); a mark may be corrected.
     */
    @Transactional
    public Register record(String offeringCode, List<Mark> marks, Person recorder, boolean admin) {
        Offering offering = offering(offeringCode);
        if (!admin
                && !offering.isManagedBy(recorder.username)
                && !trainers(offering).contains(recorder.username)) {
            throw new ForbiddenException("Only the offering's course manager and trainers record its attendance");
        }
        Set<Long> seated = new HashSet<>(
                em.createQuery("select a.id from Application a where a.offering = :o and a.status = :s", Long.class)
                        .setParameter("o", offering)
                        .setParameter("s", Status.APPROVED)
                        .getResultList());
        Instant now = Instant.now(clock);
        for (Mark mark : marks) {
            if (!seated.contains(mark.application())) {
                throw new DomainException.RuleViolation(
                                "application", "Application " + mark.application() + " holds no seat in this offering")
                        .because("application", EnrolmentMessages.class, "attendance_not_seated");
            }
            if (mark.day().isBefore(offering.startsOn) || mark.day().isAfter(offering.endsOn)) {
                throw new DomainException.RuleViolation("day", mark.day() + " is not a day of this offering")
                        .because("day", EnrolmentMessages.class, "attendance_not_a_day");
            }
            if (mark.day().isAfter(recordableUntil())) {
                throw new DomainException.RuleViolation(
                                "day", "Attendance on " + mark.day() + " can be recorded on that day, not before")
                        .because("day", EnrolmentMessages.class, "attendance_not_yet");
            }
            em.createNativeQuery("INSERT INTO attendance (application_id, day, present, recorded_by, recorded_at)"
                            + " VALUES (:a, :d, :p, :by, :at) ON DUPLICATE KEY UPDATE present = :p,"
                            + " recorded_by = :by, recorded_at = :at")
                    .setParameter("a", mark.application())
                    .setParameter("d", mark.day())
                    .setParameter("p", mark.present())
                    .setParameter("by", recorder.username)
                    .setParameter("at", now)
                    .executeUpdate();
        }
        Register register = register(offeringCode);
        completeIfDone(
                offering,
                register,
                new HashSet<>(marks.stream().map(Mark::application).toList()));
        return register;
    }

    /**
     * An online module was completed (in that transaction): the face-to-face offerings the person holds a seat in,
     * whose online phase it belongs to and whose days have come, may be complete now.
     */
    void onModuleCompleted(@Observes CompletionRecords.ModuleCompleted done) {
        List<Application> seated = em.createQuery(
                        "select a from Application a join fetch a.offering o where a.person.id = :p"
                                + " and a.status = :s and o.online = false and o.startsOn <= :until",
                        Application.class)
                .setParameter("p", done.person())
                .setParameter("s", Status.APPROVED)
                .setParameter("until", recordableUntil())
                .getResultList();
        for (Application application : seated) {
            if (onlinePhase.modules(application.offering.id).contains(done.module())) {
                completeIfDone(application.offering, register(application.offering.code), Set.of(application.id));
            }
        }
    }

    /**
     * Completes the offering for those of {@code applications} whose row of the register is now complete
     * (present every day, online phase done). The learning feature records the course's completion and its
     * certificate in this transaction; completing twice has one effect there.
     */
    private void completeIfDone(Offering offering, Register register, Set<Long> applications) {
        for (Row row : register.rows()) {
            if (row.completed() && applications.contains(row.application())) {
                completedOffering.fire(new OfferingCompleted(
                        row.person(), offering.id, offering.course.id, offering.startsOn, offering.endsOn));
            }
        }
    }

    /** Assigns the trainers who run an offering (its course manager or an administrator); the first leads. */
    @Transactional
    public List<String> assignTrainers(String offeringCode, List<String> usernames, Person manager, boolean admin) {
        Offering offering = offering(offeringCode);
        if (!admin && !offering.isManagedBy(manager.username)) {
            throw new ForbiddenException("Only the offering's course manager assigns its trainers");
        }
        em.createNativeQuery("DELETE FROM offering_trainer WHERE offering_id = :o")
                .setParameter("o", offering.id)
                .executeUpdate();
        List<String> named = usernames.stream()
                .map(String::strip)
                .filter(u -> !u.isEmpty())
                .distinct()
                .toList();
        for (String username : named) {
            // The first trainer named leads: they assess the practice sessions of a train-the-trainer course.
            em.createNativeQuery("INSERT INTO offering_trainer (offering_id, username, lead) VALUES (:o, :u, :lead)")
                    .setParameter("o", offering.id)
                    .setParameter("u", username)
                    .setParameter("lead", username.equals(named.get(0)))
                    .executeUpdate();
        }
        return trainers(offering);
    }

    /** Whether the participant of this application has completed the offering (the learning issue reads it). */
    public boolean completed(long applicationId) {
        Application application = Application.findById(applicationId);
        if (application == null) {
            return false;
        }
        return register(application.offering.code).rows().stream()
                .anyMatch(r -> r.application() == applicationId && r.completed());
    }

    /** Tomorrow in UTC may already be today east of it (the partner countries are UTC+2 to +4). */
    private LocalDate recordableUntil() {
        return LocalDate.now(clock).plusDays(1);
    }

    private List<String> trainers(Offering offering) {
        return em.createNativeQuery(
                        "SELECT username FROM offering_trainer WHERE offering_id = :o ORDER BY username", String.class)
                .setParameter("o", offering.id)
                .getResultList();
    }

    private Offering offering(String code) {
        return Offering.<Offering>find("code", code)
                .firstResultOptional()
                .orElseThrow(() -> new DomainException.NotFound("No offering with code '" + code + "'"));
    }
}
