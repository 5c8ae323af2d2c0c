package eu.topcop.learn.trainers;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Course;
import eu.topcop.learn.enrolment.NoticeText;
import eu.topcop.learn.enrolment.Notifier;
import eu.topcop.learn.enrolment.Person;

/**
 * Tells trainers what became of their certification and their multiplication courses, and coordinators what waits
 * for them. Each notice links to the page it is about and keeps its message keys (the course's title with all its
 * translations, dates as dates), so the list reads in the reader's language of the day; the e-mail goes in the
 * person's language.
 */
@ApplicationScoped
class TrainerNotices {

    /** The trainer's own page: their certifications and the courses they run. */
    static final String MY_CERTIFICATIONS = "/trainers";

    @Inject
    Notifier notifier;

    @Inject
    eu.topcop.learn.enrolment.Coordinators coordinators;

    /** A multiplication course waits for the coordinators of its country: a plan, or (reported) a report. */
    record ForCoordinators(String code, boolean reported) {}

    /** Tells the country's coordinators once the plan or report is committed (Keycloak is asked who they are). */
    void tellCoordinators(
            @jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
                    ForCoordinators waiting) {
        String country = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> MultiplicationCourse.<MultiplicationCourse>find("code", waiting.code())
                        .firstResult()
                        .country);
        for (Person coordinator : coordinators.of(country)) {
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
                MultiplicationCourse course = MultiplicationCourse.<MultiplicationCourse>find("code", waiting.code())
                        .firstResult();
                NoticeText text = waiting.reported()
                        ? text().subject("notify_mc_reported_subject", course.course.title)
                                .body("notify_mc_reported_body", course.trainer.name, course.course.title)
                        : text().subject("notify_mc_planned_subject", course.course.title)
                                .body(
                                        "notify_mc_planned_body",
                                        course.trainer.name,
                                        course.course.title,
                                        dates(course));
                notifier.tell(
                        coordinator,
                        waiting.reported() ? "MULTIPLICATION_REPORTED" : "MULTIPLICATION_PLANNED",
                        text,
                        path(course));
            });
        }
    }

    void certified(Person trainer, Course course, LocalDate until) {
        notifier.tell(
                trainer,
                "TRAINER_CERTIFIED",
                text().subject("notify_certified_subject")
                        .body("notify_certified_body", course.title, NoticeText.Arg.date(until)),
                MY_CERTIFICATIONS);
    }

    void withdrawn(Person trainer, String reason) {
        notifier.tell(
                trainer,
                "TRAINER_WITHDRAWN",
                text().subject("notify_withdrawn_subject").body("notify_withdrawn_body", reason),
                MY_CERTIFICATIONS);
    }

    void decided(MultiplicationCourse course) {
        boolean approved = course.status == MultiplicationCourse.Status.APPROVED;
        NoticeText text = approved
                ? text().subject("notify_mc_approved_subject", course.course.title)
                        .body("notify_mc_approved_body", course.course.title, dates(course))
                : text().subject("notify_mc_rejected_subject", course.course.title)
                        .body("notify_mc_rejected_body", course.course.title, course.decisionReason);
        notifier.tell(
                course.trainer, approved ? "MULTIPLICATION_APPROVED" : "MULTIPLICATION_REJECTED", text, path(course));
    }

    void validated(MultiplicationCourse course) {
        boolean validated = course.status == MultiplicationCourse.Status.VALIDATED;
        NoticeText text = validated
                ? text().subject("notify_mc_validated_subject", course.course.title)
                        .body("notify_mc_validated_body", course.course.title)
                : text().subject("notify_mc_returned_subject", course.course.title)
                        .body("notify_mc_returned_body", course.course.title, course.decisionReason);
        notifier.tell(
                course.trainer, validated ? "MULTIPLICATION_VALIDATED" : "MULTIPLICATION_RETURNED", text, path(course));
    }

    /**
     * Tells an officer that a trainer registered them on a multiplication course (they may say it was not them). The
     * course's page is the trainer's and the coordinators', not the officer's: the notice links to their learning.
     */
    void registered(Person officer, MultiplicationCourse course) {
        notifier.tell(
                officer,
                "MULTIPLICATION_REGISTERED",
                text().subject("notify_mc_registered_subject", course.course.title)
                        .body(
                                "notify_mc_registered_body",
                                course.trainer.name,
                                course.course.title,
                                dates(course),
                                course.place),
                "/learning");
    }

    private static NoticeText text() {
        return NoticeText.in(TrainerMessages.class);
    }

    private static NoticeText.Arg dates(MultiplicationCourse course) {
        return NoticeText.Arg.period(course.startsOn, course.endsOn);
    }

    private static String path(MultiplicationCourse course) {
        return "/trainers/multiplication-courses/" + course.code;
    }
}
