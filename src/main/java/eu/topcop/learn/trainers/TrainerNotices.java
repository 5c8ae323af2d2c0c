package eu.topcop.learn.trainers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Course;
import eu.topcop.learn.enrolment.Notifier;
import eu.topcop.learn.enrolment.People;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** Tells trainers, in their language, what became of their certification and their multiplication courses. */
@ApplicationScoped
class TrainerNotices {

    @Inject
    Notifier notifier;

    @Inject
    People people;

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
                Language language = people.languageOf(coordinator);
                TrainerMessages msg = messages(language);
                String title = title(course.course, language);
                if (waiting.reported()) {
                    notifier.tell(
                            coordinator,
                            "MULTIPLICATION_REPORTED",
                            msg.notify_mc_reported_subject(title),
                            msg.notify_mc_reported_body(course.trainer.name, title));
                } else {
                    notifier.tell(
                            coordinator,
                            "MULTIPLICATION_PLANNED",
                            msg.notify_mc_planned_subject(title),
                            msg.notify_mc_planned_body(
                                    course.trainer.name,
                                    title,
                                    date(course.startsOn, language) + " – " + date(course.endsOn, language)));
                }
            });
        }
    }

    void certified(Person trainer, Course course, LocalDate until) {
        Language language = people.languageOf(trainer);
        TrainerMessages msg = messages(language);
        notifier.tell(
                trainer,
                "TRAINER_CERTIFIED",
                msg.notify_certified_subject(),
                msg.notify_certified_body(title(course, language), date(until, language)));
    }

    void withdrawn(Person trainer, String reason) {
        TrainerMessages msg = messages(people.languageOf(trainer));
        notifier.tell(trainer, "TRAINER_WITHDRAWN", msg.notify_withdrawn_subject(), msg.notify_withdrawn_body(reason));
    }

    void decided(MultiplicationCourse course) {
        Language language = people.languageOf(course.trainer);
        TrainerMessages msg = messages(language);
        String title = title(course.course, language);
        if (course.status == MultiplicationCourse.Status.APPROVED) {
            notifier.tell(
                    course.trainer,
                    "MULTIPLICATION_APPROVED",
                    msg.notify_mc_approved_subject(title),
                    msg.notify_mc_approved_body(
                            title, date(course.startsOn, language) + " – " + date(course.endsOn, language)));
        } else {
            notifier.tell(
                    course.trainer,
                    "MULTIPLICATION_REJECTED",
                    msg.notify_mc_rejected_subject(title),
                    msg.notify_mc_rejected_body(title, course.decisionReason));
        }
    }

    void validated(MultiplicationCourse course) {
        Language language = people.languageOf(course.trainer);
        TrainerMessages msg = messages(language);
        String title = title(course.course, language);
        if (course.status == MultiplicationCourse.Status.VALIDATED) {
            notifier.tell(
                    course.trainer,
                    "MULTIPLICATION_VALIDATED",
                    msg.notify_mc_validated_subject(title),
                    msg.notify_mc_validated_body(title));
        } else {
            notifier.tell(
                    course.trainer,
                    "MULTIPLICATION_RETURNED",
                    msg.notify_mc_returned_subject(title),
                    msg.notify_mc_returned_body(title, course.decisionReason));
        }
    }

    /** Tells an officer that a trainer registered them on a multiplication course (they may say it was not them). */
    void registered(Person officer, MultiplicationCourse course) {
        Language language = people.languageOf(officer);
        TrainerMessages msg = messages(language);
        String title = title(course.course, language);
        notifier.tell(
                officer,
                "MULTIPLICATION_REGISTERED",
                msg.notify_mc_registered_subject(title),
                msg.notify_mc_registered_body(
                        course.trainer.name,
                        title,
                        date(course.startsOn, language) + " – " + date(course.endsOn, language),
                        course.place));
    }

    private static TrainerMessages messages(Language language) {
        return MessageBundles.get(TrainerMessages.class, io.quarkus.qute.i18n.Localized.Literal.of(language.code()));
    }

    private static String title(Course course, Language language) {
        return Localized.pick(course.title, language).text();
    }

    private static String date(LocalDate day, Language language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language.locale())
                .format(day);
    }
}
