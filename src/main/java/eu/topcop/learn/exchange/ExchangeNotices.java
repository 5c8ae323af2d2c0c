package eu.topcop.learn.exchange;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.Notifier;
import eu.topcop.learn.enrolment.People;
import eu.topcop.learn.platform.i18n.Language;
import io.quarkus.qute.i18n.MessageBundles;

/** Tells exchange guests, in their language, about their endorsement and their placement. */
@ApplicationScoped
class ExchangeNotices {

    @Inject
    Notifier notifier;

    @Inject
    People people;

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
                ExchangeMessages msg = messages(people.languageOf(coordinator));
                notifier.tell(
                        coordinator,
                        "EXCHANGE_SUBMITTED",
                        msg.notify_submitted_subject(application.offer.topic),
                        msg.notify_submitted_body(application.person.name, application.offer.topic));
            });
        }
    }

    void endorsed(ExchangeApplication application) {
        ExchangeMessages msg = messages(people.languageOf(application.person));
        String topic = application.offer.topic;
        if (application.status == ExchangeApplication.Status.ENDORSED) {
            notifier.tell(
                    application.person,
                    "EXCHANGE_ENDORSED",
                    msg.notify_endorsed_subject(topic),
                    msg.notify_endorsed_body(topic));
        } else {
            notifier.tell(
                    application.person,
                    "EXCHANGE_DECLINED",
                    msg.notify_declined_subject(topic),
                    msg.notify_declined_body(topic, application.reason));
        }
    }

    void matched(ExchangeApplication application) {
        Language language = people.languageOf(application.person);
        ExchangeMessages msg = messages(language);
        ExchangeOffer offer = application.offer;
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        notifier.tell(
                application.person,
                "EXCHANGE_MATCHED",
                msg.notify_matched_subject(offer.topic),
                msg.notify_matched_body(
                        offer.hostAgency,
                        offer.topic,
                        dates.format(offer.startsOn) + " – " + dates.format(offer.endsOn),
                        application.mentor));
    }

    void shareDue(ExchangeApplication application) {
        Language language = people.languageOf(application.person);
        ExchangeMessages msg = messages(language);
        notifier.tell(
                application.person,
                "EXCHANGE_SHARE_DUE",
                msg.notify_share_due_subject(application.offer.topic),
                msg.notify_share_due_body(
                        application.offer.topic,
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(language.locale())
                                .format(application.shareBy)));
    }

    private static ExchangeMessages messages(Language language) {
        return MessageBundles.get(ExchangeMessages.class, io.quarkus.qute.i18n.Localized.Literal.of(language.code()));
    }
}
