package eu.topcop.learn.enrolment;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentViews.NotificationView;
import eu.topcop.learn.platform.i18n.Language;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** For features' tests of their notices: the one a person was last told of a kind, and how its reader reads it. */
@ApplicationScoped
public class NoticeReading {

    @Inject
    EnrolmentQueries queries;

    /** The person's newest notification of this kind. */
    public Notification latest(Person person, String kind) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Notification.<Notification>find(
                                "person.id = ?1 and kind = ?2 order by id desc", person.id, kind)
                        .firstResult());
    }

    /** The notification as the list of notifications shows it to a reader who reads in {@code language} now. */
    public NotificationView readIn(Notification notification, String language) {
        return QuarkusTransaction.requiringNew()
                .call(() -> queries
                        .notifications(
                                Person.findById(notification.person.id),
                                0,
                                50,
                                Language.of(language).orElseThrow(),
                                // The notices read here name days, which are the same in every zone.
                                java.time.ZoneOffset.UTC)
                        .items()
                        .stream()
                        .filter(n -> n.id() == notification.id)
                        .findFirst()
                        .orElseThrow());
    }

    /** A day as notices write it in that language. */
    public static String day(LocalDate day, String language) {
        return eu.topcop.learn.platform.time.ReaderTime.days(
                        Language.of(language).orElseThrow().locale())
                .longDate(day);
    }
}
