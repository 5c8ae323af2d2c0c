package eu.topcop.learn.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.mail.Mails;

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
        ZoneId zone = people.zoneOf(person);
        Offering offering = application.offering;
        NoticeText text = text(application, kind, nominator);
        String subject = text.subjectIn(language, zone);
        String body = text.bodyIn(language, zone);
        Notification notification = new Notification();
        notification.person = person;
        notification.application = application;
        notification.kind = kind.name();
        notification.language = language.code();
        notification.subject = cut(subject, 300);
        notification.body = cut(body, 2000);
        notification.link = "/enrolment/applications/" + application.id;
        notification.message = text.json();
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

    /** What the applicant is told, as message keys: dates and the place are put into words in the reader's language. */
    private static NoticeText text(Application application, Kind kind, String nominator) {
        Offering offering = application.offering;
        Object course = offering.course.title;
        NoticeText.Arg when = NoticeText.Arg.period(offering.startsOn, offering.endsOn);
        Object place = offering.online ? NoticeText.Arg.onlineDelivery() : offering.venue;
        String reason = application.reason == null ? "—" : application.reason;
        NoticeText text = NoticeText.in(EnrolmentMessages.class)
                .subject("notify_" + kind.name().toLowerCase(java.util.Locale.ROOT) + "_subject", course);
        return switch (kind) {
            // The acknowledgement says the rule the application is held to (see Application).
            case RECEIVED ->
                application.endorsementRequired
                        ? text.body("notify_received_body", course, when)
                        : text.body("notify_received_body_direct", course, when);
            case NOMINATED -> text.body("notify_nominated_body", course, when, nominator == null ? "—" : nominator);
            case ENDORSED -> text.body("notify_endorsed_body", course);
            case DECLINED -> text.body("notify_declined_body", course, reason);
            case APPROVED -> text.body("notify_approved_body", course, when, place);
            case REJECTED -> text.body("notify_rejected_body", course, reason);
            case WAITING -> text.body("notify_waiting_body", course);
            case OFFERED -> text.body("notify_offered_body", course, NoticeText.Arg.time(application.offerExpiresAt));
            case EXPIRED -> text.body("notify_expired_body", course);
            case RELEASED -> text.body("notify_released_body", course, reason);
            case CANCELLED -> text.body("notify_cancelled_body", course, reason);
            case GATE_NEAR -> text.body("notify_gate_near_body", course, NoticeText.Arg.date(offering.gateDeadline));
        };
    }

    /**
     * A notification about something other than an enrolment (trainers, exchanges), in texts the caller wrote in
     * {@link People#languageOf the person's language}: written with the change, mailed after it commits.
     */
    public void tell(Person person, String kind, String subject, String body) {
        write(person, kind, subject, body, null, null);
    }

    /**
     * A notification about the page at {@code link} (a path of this application, or null), its text given as message
     * keys so that the list can show it in the reader's language of the day; the e-mail is in the person's language.
     */
    public void tell(Person person, String kind, NoticeText text, String link) {
        Language language = people.languageOf(person);
        ZoneId zone = people.zoneOf(person);
        write(person, kind, text.subjectIn(language, zone), text.bodyIn(language, zone), link, text);
    }

    private void write(Person person, String kind, String subject, String body, String link, NoticeText text) {
        Notification notification = new Notification();
        notification.person = person;
        notification.kind = kind;
        notification.language = people.languageOf(person).code();
        notification.subject = cut(subject, 300);
        notification.body = cut(body, 2000);
        notification.link = link;
        notification.message = text == null ? null : text.json();
        notification.createdAt = Instant.now(clock);
        notification.persist();
        if (person.email != null) {
            mails.send(person.id, person.email, notification.subject, notification.body);
        }
    }

    /**
     * An in-app notification already written in its person's language; with the page it is about and its text as
     * message keys when the caller knows them (both may be null).
     */
    public record InApp(long personId, String language, String subject, String body, String link, NoticeText text) {

        public InApp(long personId, String language, String subject, String body) {
            this(personId, language, subject, body, null, null);
        }
    }

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
                "INSERT INTO notification (person_id, kind, language, subject, body, link, message, created_at) VALUES ");
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
                    .append(", :k")
                    .append(i)
                    .append(", :m")
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
                    .setParameter("b" + i, cut(note.body(), 2000))
                    .setParameter("k" + i, note.link())
                    .setParameter(
                            "m" + i, note.text() == null ? null : note.text().json());
        }
        insert.executeUpdate();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
