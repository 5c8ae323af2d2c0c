package eu.topcop.learn.networks.needs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.NoticeText;
import eu.topcop.learn.enrolment.Notifier;
import eu.topcop.learn.enrolment.Person;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tells a proposer, in their language, what a course manager decided on the training need they proposed. */
@ApplicationScoped
public class NeedNotices {

    static final String KIND = "training-need";

    @Inject
    Notifier notifier;

    @ConfigProperty(name = "lms.public-url")
    String publicUrl;

    void decided(NeedProposal proposal) {
        Person person = Person.findById(proposal.proposedBy);
        String path = "/training-needs/proposals/" + proposal.id;
        String link = publicUrl + path;
        String need = proposal.need.length() <= 120 ? proposal.need : proposal.need.substring(0, 119) + "…";
        // As message keys, so that the proposer's list reads it in the language of the day.
        NoticeText text = proposal.status == NeedProposal.Status.LINKED
                ? NoticeText.in(NeedMessages.class)
                        .subject("notice_linked_subject")
                        .body("notice_linked_body", need, link)
                : NoticeText.in(NeedMessages.class)
                        .subject("notice_declined_subject")
                        .body("notice_declined_body", need, proposal.note == null ? "" : proposal.note, link);
        notifier.tell(person, KIND, text, path);
    }
}
