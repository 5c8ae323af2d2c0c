package eu.topcop.learn.networks;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.Notifier;
import eu.topcop.learn.enrolment.People;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells people about their memberships in their own language, in-app and by e-mail (the notifier's outbox, after
 * commit): moderators of a request, a person of their invitation and of the decision on their request.
 */
@ApplicationScoped
public class NetworkNotices {

    static final String KIND = "network";

    @Inject
    Notifier notifier;

    @Inject
    People people;

    @ConfigProperty(name = "lms.public-url")
    String publicUrl;

    void requested(Network network, Person person, List<Person> moderators) {
        for (Person moderator : moderators) {
            Language language = people.languageOf(moderator);
            NetworkMessages msg = messages(language);
            String name = Localized.pick(network.name, language).text();
            notifier.tell(
                    moderator,
                    KIND,
                    msg.notice_requested_subject(name),
                    msg.notice_requested_body(person.name, name, link(network)));
        }
    }

    void invited(Network network, Person person, boolean admitted) {
        Language language = people.languageOf(person);
        NetworkMessages msg = messages(language);
        String name = Localized.pick(network.name, language).text();
        if (admitted) {
            notifier.tell(
                    person, KIND, msg.notice_approved_subject(name), msg.notice_approved_body(name, link(network)));
        } else {
            notifier.tell(person, KIND, msg.notice_invited_subject(name), msg.notice_invited_body(name, link(network)));
        }
    }

    void decided(Network network, Person person, boolean approved, String reason) {
        Language language = people.languageOf(person);
        NetworkMessages msg = messages(language);
        String name = Localized.pick(network.name, language).text();
        if (approved) {
            notifier.tell(
                    person, KIND, msg.notice_approved_subject(name), msg.notice_approved_body(name, link(network)));
        } else {
            notifier.tell(
                    person,
                    KIND,
                    msg.notice_refused_subject(name),
                    msg.notice_refused_body(name, reason == null ? "" : reason));
        }
    }

    void actionDue(Network network, Person owner, ActionPoint point) {
        Language language = people.languageOf(owner);
        NetworkMessages msg = messages(language);
        String name = Localized.pick(network.name, language).text();
        String due = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(language.locale())
                .format(point.dueOn);
        notifier.tell(
                owner,
                KIND,
                msg.notice_action_subject(name),
                msg.notice_action_body(point.title, due, name, link(network) + "/actions"));
    }

    private String link(Network network) {
        return publicUrl + "/networks/" + network.code;
    }

    static NetworkMessages messages(Language language) {
        return MessageBundles.get(NetworkMessages.class, io.quarkus.qute.i18n.Localized.Literal.of(language.code()));
    }
}
