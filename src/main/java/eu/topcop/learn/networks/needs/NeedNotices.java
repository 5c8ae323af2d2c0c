package eu.topcop.learn.networks.needs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.Notifier;
import eu.topcop.learn.enrolment.People;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import io.quarkus.qute.i18n.MessageBundles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tells a proposer, in their language, what a course manager decided on the training need they proposed. */
@ApplicationScoped
public class NeedNotices {

    static final String KIND = "training-need";

    @Inject
    Notifier notifier;

    @Inject
    People people;

    @ConfigProperty(name = "lms.public-url")
    String publicUrl;

    void decided(NeedProposal proposal) {
        Person person = Person.findById(proposal.proposedBy);
        Language language = people.languageOf(person);
        NeedMessages msg = messages(language);
        String link = publicUrl + "/training-needs/proposals/" + proposal.id;
        String need = proposal.need.length() <= 120 ? proposal.need : proposal.need.substring(0, 119) + "…";
        if (proposal.status == NeedProposal.Status.LINKED) {
            notifier.tell(person, KIND, msg.notice_linked_subject(), msg.notice_linked_body(need, link));
        } else {
            notifier.tell(
                    person,
                    KIND,
                    msg.notice_declined_subject(),
                    msg.notice_declined_body(need, proposal.note == null ? "" : proposal.note, link));
        }
    }

    static NeedMessages messages(Language language) {
        return MessageBundles.get(NeedMessages.class, io.quarkus.qute.i18n.Localized.Literal.of(language.code()));
    }
}
