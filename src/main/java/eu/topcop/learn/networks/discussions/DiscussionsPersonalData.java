package eu.topcop.learn.networks.discussions;

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
 * Network discussions' personal data: the threads a person started and the posts they wrote, every version. Erasure
 * keeps the posts (a discussion with holes reads wrong) under the person's pseudonymous record, and replaces every
 * mention of them, in anyone's titles, posts and revisions, by the pseudonym. The files they attached are deleted:
 * a file cannot be scrubbed as a text can, and the posts still say what they said. Their reports stay counted with
 * their reasons emptied; the moderation trail stays (it is the moderators' accountability) under the pseudonym, with
 * mentions of them in its reasons replaced.
 */
@ApplicationScoped
public class DiscussionsPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public Declaration declaration() {
        return new Declaration(
                "discussions",
                List.of(
                        holding(
                                Kind.DISCUSSION_POST,
                                Fate.PSEUDONYMISED,
                                "discussion_thread",
                                "discussion_post",
                                "discussion_post_revision"),
                        holding(Kind.DISCUSSION_ATTACHMENT, Fate.DELETED, "discussion_attachment"),
                        holding(Kind.DISCUSSION_REPORT, Fate.CLEARED, "discussion_report"),
                        holding(
                                Kind.DISCUSSION_MODERATION,
                                Fate.PSEUDONYMISED,
                                "discussion_moderation",
                                "offering_space_mute")),
                List.of());
    }

    @Override
    public Section export(PersonRef person) {
        Section.Builder section = Section.of("discussions");
        if (person.personId() == null) {
            return section.build();
        }
        section.rows(
                Kind.DISCUSSION_POST,
                em.createNativeQuery("SELECT n.code, t.title, r.number, r.language, r.body, r.edited_at"
                                + " FROM discussion_post_revision r JOIN discussion_post p ON p.id = r.post_id"
                                + " JOIN discussion_thread t ON t.id = p.thread_id JOIN network n ON n.id = t.network_id"
                                + " WHERE r.edited_by = :p ORDER BY r.edited_at, r.id")
                        .setParameter("p", person.personId())
                        .getResultList(),
                Field.CODE,
                Field.TITLE,
                Field.VERSION,
                Field.LANGUAGE,
                Field.BODY,
                Field.AT);
        section.rows(
                Kind.DISCUSSION_ATTACHMENT,
                em.createNativeQuery("SELECT n.code, t.title, a.file_name, a.media_type, a.size_bytes, a.uploaded_at"
                                + " FROM discussion_attachment a JOIN discussion_post p ON p.id = a.post_id"
                                + " JOIN discussion_thread t ON t.id = p.thread_id JOIN network n ON n.id = t.network_id"
                                + " WHERE a.uploaded_by = :p ORDER BY a.uploaded_at, a.id")
                        .setParameter("p", person.personId())
                        .getResultList(),
                Field.CODE,
                Field.TITLE,
                Field.NAME,
                Field.TYPE,
                Field.NUMBER,
                Field.AT);
        section.rows(
                Kind.DISCUSSION_REPORT,
                em.createNativeQuery("SELECT n.code, t.title, r.reason, r.created_at, r.closed_at"
                                + " FROM discussion_report r JOIN discussion_post p ON p.id = r.post_id"
                                + " JOIN discussion_thread t ON t.id = p.thread_id JOIN network n ON n.id = t.network_id"
                                + " WHERE r.reporter_id = :p ORDER BY r.created_at, r.id")
                        .setParameter("p", person.personId())
                        .getResultList(),
                Field.CODE,
                Field.TITLE,
                Field.REASON,
                Field.AT,
                Field.COMPLETED);
        // What moderators did about the person (mutes, their posts hidden) and what the person did as a moderator.
        section.rows(
                Kind.DISCUSSION_MODERATION,
                em.createNativeQuery(
                                "SELECT n.code, e.action, IF(e.moderator_id = :p, 'MODERATOR', 'CONCERNED'),"
                                        + " e.detail, e.reason, e.at FROM discussion_moderation e JOIN network n ON n.id = e.network_id"
                                        + " LEFT JOIN discussion_post p ON p.id = e.post_id"
                                        + " WHERE e.moderator_id = :p OR e.member_id = :p OR p.author_id = :p ORDER BY e.at, e.id")
                        .setParameter("p", person.personId())
                        .getResultList(),
                Field.CODE,
                Field.WHAT,
                Field.ROLE,
                Field.NOTES,
                Field.REASON,
                Field.AT);
        return section.build();
    }

    @Override
    public int erase(PersonRef person, Erasure erasure) {
        int changed = 0;
        // A file cannot be scrubbed of the person as a text can (a CV, a signed scan), so their files go.
        if (person.personId() != null) {
            changed += em.createNativeQuery("DELETE FROM discussion_attachment WHERE uploaded_by = :p")
                    .setParameter("p", person.personId())
                    .executeUpdate();
        }
        changed += Scrub.mentions(em, "discussion_thread", "title", person, erasure.pseudonym());
        changed += Scrub.mentions(em, "discussion_post", "body", person, erasure.pseudonym());
        changed += Scrub.mentions(em, "discussion_post_revision", "body", person, erasure.pseudonym());
        changed += Scrub.mentions(em, "discussion_post", "hidden_reason", person, erasure.pseudonym());
        changed += Scrub.mentions(em, "discussion_moderation", "reason", person, erasure.pseudonym());
        changed += Scrub.mentions(em, "discussion_report", "reason", person, erasure.pseudonym());
        if (person.personId() != null) {
            // A report stays counted (the moderators' work was real), but what the person wrote in it goes.
            changed += em.createNativeQuery("UPDATE discussion_report SET reason = '' WHERE reporter_id = :p")
                    .setParameter("p", person.personId())
                    .executeUpdate();
        }
        return changed;
    }
}
