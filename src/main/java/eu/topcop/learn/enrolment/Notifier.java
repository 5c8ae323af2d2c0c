package eu.topcop.learn.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.platform.i18n.AppMessages;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;
import eu.topcop.learn.platform.mail.Mails;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Tells the applicant what happened, in their language: an in-app notification written with the change (same
 * transaction), and an e-mail sent only once the change is committed, so nobody is told of a change that
 * was rolled back.
 */
@ApplicationScoped
public class Notifier {

    /** What happened to an application, as the applicant is told. */
    public enum Kind {
        RECEIVED,
        NOMINATED,
        ENDORSED,
        DECLINED,
        APPROVED,
        REJECTED,
        WAITING,
        OFFERED,
        EXPIRED,
        RELEASED,
        CANCELLED,
        GATE_NEAR
    }

    @Inject
    People people;

    @Inject
    Clock clock;

    @Inject
    Mails mails;

    void tell(Application application, Kind kind, String nominator) {
        Person person = application.person;
        Language language = people.languageOf(person);
        var locale = io.quarkus.qute.i18n.Localized.Literal.of(language.code());
        EnrolmentMessages msg = MessageBundles.get(EnrolmentMessages.class, locale);
        AppMessages app = MessageBundles.get(AppMessages.class, locale);
        Offering offering = application.offering;
        String course = Localized.pick(offering.course.title, language).text();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        String when = dates.format(offering.startsOn) + " – " + dates.format(offering.endsOn);
        String place = offering.online ? app.delivery_online() : offering.venue;
        String reason = application.reason == null ? "—" : application.reason;
        String subject;
        String body;
        switch (kind) {
            case RECEIVED -> {
                subject = msg.notify_received_subject(course);
                // The acknowledgement says the rule the application is held to (see Application).
                body = application.endorsementRequired
                        ? msg.notify_received_body(course, when)
                        : msg.notify_received_body_direct(course, when);
            }
            case NOMINATED -> {
                subject = msg.notify_nominated_subject(course);
                body = msg.notify_nominated_body(course, when, nominator == null ? "—" : nominator);
            }
            case ENDORSED -> {
                subject = msg.notify_endorsed_subject(course);
                body = msg.notify_endorsed_body(course);
            }
            case DECLINED -> {
                subject = msg.notify_declined_subject(course);
                body = msg.notify_declined_body(course, reason);
            }
            case APPROVED -> {
                subject = msg.notify_approved_subject(course);
                body = msg.notify_approved_body(course, when, place);
            }
            case REJECTED -> {
                subject = msg.notify_rejected_subject(course);
                body = msg.notify_rejected_body(course, reason);
            }
            case WAITING -> {
                subject = msg.notify_waiting_subject(course);
                body = msg.notify_waiting_body(course);
            }
            case OFFERED -> {
                subject = msg.notify_offered_subject(course);
                String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                        .withLocale(language.locale())
                        .format(application.offerExpiresAt.atZone(ZoneOffset.UTC));
                body = msg.notify_offered_body(course, until);
            }
            case EXPIRED -> {
                subject = msg.notify_expired_subject(course);
                body = msg.notify_expired_body(course);
            }
            case RELEASED -> {
                subject = msg.notify_released_subject(course);
                body = msg.notify_released_body(course, reason);
            }
            case CANCELLED -> {
                subject = msg.notify_cancelled_subject(course);
                body = msg.notify_cancelled_body(course, reason);
            }
            case GATE_NEAR -> {
                subject = msg.notify_gate_near_subject(course);
                String deadline = dates.format(offering.gateDeadline);
                body = msg.notify_gate_near_body(course, deadline);
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        Notification notification = new Notification();
        notification.person = person;
        notification.application = application;
        notification.kind = kind.name();
        notification.language = language.code();
        notification.subject = cut(subject, 300);
        notification.body = cut(body, 2000);
        notification.createdAt = Instant.now(clock);
        notification.persist();
        if (person.email != null) {
            // An approved place in a face-to-face offering comes with a calendar invitation.
            Mails.Attachment[] calendar = kind == Kind.APPROVED && !offering.online
                    ? new Mails.Attachment[] {
                        Mails.Attachment.text(
                                "invitation.ics",
                                CalendarInvitation.MEDIA_TYPE,
                                CalendarInvitation.of(application, language))
                    }
                    : new Mails.Attachment[0];
            mails.send(person.id, person.email, notification.subject, notification.body, calendar);
        }
    }

    /**
     * A notification about something other than an enrolment (trainers, exchanges), in texts the caller wrote in
     * {@link People#languageOf the person's language}: written with the change, mailed after it commits.
     */
    public void tell(Person person, String kind, String subject, String body) {
        Notification notification = new Notification();
        notification.person = person;
        notification.kind = kind;
        notification.language = people.languageOf(person).code();
        notification.subject = cut(subject, 300);
        notification.body = cut(body, 2000);
        notification.createdAt = Instant.now(clock);
        notification.persist();
        if (person.email != null) {
            mails.send(person.id, person.email, notification.subject, notification.body);
        }
    }

    /** An in-app notification already written in its person's language. */
    public record InApp(long personId, String language, String subject, String body) {}

    /**
     * In-app notifications for many people in one statement, in the caller's transaction and without e-mail: for
     * features that tell many people at once (a thread's followers) and mail only some of them.
     */
    public void tellInApp(String kind, List<InApp> notes) {
        // In slices, so that a network of thousands never builds a statement larger than the server takes.
        for (int from = 0; from < notes.size(); from += IN_APP_SLICE) {
            insertInApp(kind, notes.subList(from, Math.min(notes.size(), from + IN_APP_SLICE)));
        }
    }

    private static final int IN_APP_SLICE = 500;

    private void insertInApp(String kind, List<InApp> notes) {
        StringBuilder sql = new StringBuilder(
                "INSERT INTO notification (person_id, kind, language, subject, body, created_at) VALUES ");
        for (int i = 0; i < notes.size(); i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append("(:p")
                    .append(i)
                    .append(", :kind, :l")
                    .append(i)
                    .append(", :s")
                    .append(i)
                    .append(", :b")
                    .append(i)
                    .append(", :at)");
        }
        var insert = Notification.getEntityManager()
                .createNativeQuery(sql.toString())
                .setParameter("kind", kind)
                .setParameter("at", Instant.now(clock));
        for (int i = 0; i < notes.size(); i++) {
            InApp note = notes.get(i);
            insert.setParameter("p" + i, note.personId())
                    .setParameter("l" + i, note.language())
                    .setParameter("s" + i, cut(note.subject(), 300))
                    .setParameter("b" + i, cut(note.body(), 2000));
        }
        insert.executeUpdate();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
