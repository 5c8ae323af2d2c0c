package eu.topcop.learn.networks.needs;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.platform.privacy.Declaration;
import eu.topcop.learn.platform.privacy.Erasure;
import eu.topcop.learn.platform.privacy.Fate;
import eu.topcop.learn.platform.privacy.Field;
import eu.topcop.learn.platform.privacy.Kind;
import eu.topcop.learn.platform.privacy.PersonRef;
import eu.topcop.learn.platform.privacy.PersonalData;
import eu.topcop.learn.platform.privacy.Scrub;
import eu.topcop.learn.platform.privacy.Section;

import static eu.topcop.learn.platform.privacy.Declaration.holding;

/**
 * The training needs a person proposed from a document or a discussion, with the decision on each. They belong to
 * the OTNA's evidence once linked to a gap, so erasure keeps them under the pseudonym (the proposer and the
 * deciding manager alike), with every mention of the person in the need and the note replaced.
 */
@ApplicationScoped
public class NeedsPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public Declaration declaration() {
        return new Declaration(
                "needs", List.of(holding(Kind.NEED_PROPOSAL, Fate.PSEUDONYMISED, "need_proposal")), List.of());
    }

    @Override
    public Section export(PersonRef person) {
        Section.Builder section = Section.of("needs");
        if (person.personId() == null) {
            return section.build();
        }
        section.rows(
                Kind.NEED_PROPOSAL,
                em.createNativeQuery("SELECT pr.id, COALESCE(d.title, t.title), pr.need, pr.country_code, pr.status,"
                                + " pr.created_at FROM need_proposal pr"
                                + " LEFT JOIN library_document d ON d.id = pr.document_id"
                                + " LEFT JOIN discussion_thread t ON t.id = pr.thread_id"
                                + " WHERE pr.proposed_by = :p ORDER BY pr.id")
                        .setParameter("p", person.personId())
                        .getResultList(),
                Field.ID,
                Field.TITLE,
                Field.WHAT,
                Field.COUNTRY,
                Field.STATUS,
                Field.AT);
        return section.build();
    }

    @Override
    public int erase(PersonRef person, Erasure erasure) {
        return Scrub.mentions(em, "need_proposal", "need", person, erasure.pseudonym())
                + Scrub.mentions(em, "need_proposal", "decision_note", person, erasure.pseudonym());
    }
}
