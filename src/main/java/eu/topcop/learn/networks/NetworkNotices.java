package eu.topcop.learn.networks;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.NoticeText;
import eu.topcop.learn.enrolment.Notifier;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import io.quarkus.qute.i18n.MessageBundles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells people about their memberships in their own language, in-app and by e-mail (the notifier's outbox, after
 * commit): moderators of a request, a person of their invitation and of the decision on their request. Each notice
 * links to the network's page (or its actions) and keeps its message keys, so the list reads in the reader's
 * language of the day; the network's name goes with all its translations.
 */
@ApplicationScoped
public class NetworkNotices {

    static final String KIND = "network";

    @Inject
    Notifier notifier;

    @ConfigProperty(name = "lms.public-url")
    String publicUrl;

    void requested(Network network, Person person, List<Person> moderators) {
        for (Person moderator : moderators) {
            notifier.tell(
                    moderator,
                    KIND,
                    text().subject("notice_requested_subject", network.name)
                            .body("notice_requested_body", person.name, network.name, link(network)),
                    path(network));
        }
    }

    void invited(Network network, Person person, boolean admitted) {
        String subject = admitted ? "notice_approved_subject" : "notice_invited_subject";
        String body = admitted ? "notice_approved_body" : "notice_invited_body";
        notifier.tell(
                person,
                KIND,
                text().subject(subject, network.name).body(body, network.name, link(network)),
                path(network));
    }

    void decided(Network network, Person person, boolean approved, String reason) {
        NoticeText text = approved
                ? text().subject("notice_approved_subject", network.name)
                        .body("notice_approved_body", network.name, link(network))
                : text().subject("notice_refused_subject", network.name)
                        .body("notice_refused_body", network.name, reason == null ? "" : reason);
        // A refused person no longer reads the network: their notice links to the list of networks.
        notifier.tell(person, KIND, text, approved ? path(network) : "/networks");
    }

    void actionDue(Network network, Person owner, ActionPoint point) {
        notifier.tell(
                owner,
                KIND,
                text().subject("notice_action_subject", network.name)
                        .body(
                                "notice_action_body",
                                point.title,
                                NoticeText.Arg.date(point.dueOn),
                                network.name,
                                link(network) + "/actions"),
                path(network) + "/actions");
    }

    private static NoticeText text() {
        return NoticeText.in(NetworkMessages.class);
    }

    private static String path(Network network) {
        return "/networks/" + network.code;
    }

    private String link(Network network) {
        return publicUrl + path(network);
    }

    static NetworkMessages messages(Language language) {
        return MessageBundles.get(NetworkMessages.class, io.quarkus.qute.i18n.Localized.Literal.of(language.code()));
    }
}
