package eu.topcop.learn.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.NoticeText;
import eu.topcop.learn.enrolment.Notifier;

/**
 * Tells exchange guests about their endorsement and their placement, and coordinators what waits for them. Each
 * notice links to the application and keeps its message keys (dates as dates), so the list reads in the reader's
 * language of the day; the e-mail goes in the person's language.
 */
@ApplicationScoped
class ExchangeNotices {

    @Inject
    Notifier notifier;

    @Inject
    eu.topcop.learn.enrolment.Coordinators coordinators;

    /** An application waits for the endorsement of the coordinators of the guest's country. */
    record Submitted(long application) {}

    /** Tells the guest's coordinators once the application is committed. */
    void tellCoordinators(
            @jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
                    Submitted submitted) {
        String country = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> ExchangeApplication.<ExchangeApplication>findById(submitted.application()).guestCountry);
        for (eu.topcop.learn.enrolment.Person coordinator : coordinators.of(country)) {
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
                ExchangeApplication application = ExchangeApplication.findById(submitted.application());
                String topic = application.offer.topic;
                notifier.tell(
                        coordinator,
                        "EXCHANGE_SUBMITTED",
                        text().subject("notify_submitted_subject", topic)
                                .body("notify_submitted_body", application.person.name, topic),
                        path(application));
            });
        }
    }

    void endorsed(ExchangeApplication application) {
        String topic = application.offer.topic;
        boolean endorsed = application.status == ExchangeApplication.Status.ENDORSED;
        NoticeText text = endorsed
                ? text().subject("notify_endorsed_subject", topic).body("notify_endorsed_body", topic)
                : text().subject("notify_declined_subject", topic)
                        .body("notify_declined_body", topic, application.reason);
        notifier.tell(
                application.person, endorsed ? "EXCHANGE_ENDORSED" : "EXCHANGE_DECLINED", text, path(application));
    }

    void matched(ExchangeApplication application) {
        ExchangeOffer offer = application.offer;
        notifier.tell(
                application.person,
                "EXCHANGE_MATCHED",
                text().subject("notify_matched_subject", offer.topic)
                        .body(
                                "notify_matched_body",
                                offer.hostAgency,
                                offer.topic,
                                NoticeText.Arg.period(offer.startsOn, offer.endsOn),
                                application.mentor),
                path(application));
    }

    void shareDue(ExchangeApplication application) {
        notifier.tell(
                application.person,
                "EXCHANGE_SHARE_DUE",
                text().subject("notify_share_due_subject", application.offer.topic)
                        .body(
                                "notify_share_due_body",
                                application.offer.topic,
                                NoticeText.Arg.date(application.shareBy)),
                path(application));
    }

    private static NoticeText text() {
        return NoticeText.in(ExchangeMessages.class);
    }

    private static String path(ExchangeApplication application) {
        return "/exchange/applications/" + application.id;
    }
}
