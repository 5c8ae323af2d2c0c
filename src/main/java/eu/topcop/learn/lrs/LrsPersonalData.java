package eu.topcop.learn.lrs;

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
import eu.topcop.learn.platform.privacy.Section;

import static eu.topcop.learn.platform.privacy.Declaration.holding;

/**
 * The LRS's personal data: which administrator created each LRS client (their person record). On erasure the clients
 * stay, so that the statements they sent keep their authority: the person record becomes the pseudonymous tombstone
 * they then name. The content attached to a person's statements (a photo, a scanned paper) cannot be pseudonymised:
 * it is deleted, with every content row no other statement still holds, so that no orphan content stays behind.
 */
@ApplicationScoped
public class LrsPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public Declaration declaration() {
        return new Declaration(
                "lrs",
                List.of(
                        holding(Kind.ACTION, Fate.PSEUDONYMISED, "lrs_client"),
                        holding(Kind.STATEMENT, Fate.DELETED, "xapi_attachment", "xapi_statement_attachment")),
                List.of());
    }

    @Override
    public Section export(PersonRef person) {
        Section.Builder section = Section.of("lrs");
        if (person.personId() == null) {
            return section.build();
        }
        section.rows(
                Kind.ACTION,
                em.createNativeQuery("SELECT CONCAT('lrs-client-created: ', name), created_at, client_key"
                                + " FROM lrs_client WHERE created_by = :p ORDER BY created_at, id")
                        .setParameter("p", person.personId())
                        .getResultList(),
                Field.WHAT,
                Field.AT,
                Field.REFERENCE);
        section.rows(
                Kind.STATEMENT,
                em.createNativeQuery(
                                "SELECT s.id, a.sha2, a.content_type, a.length FROM xapi_statement s"
                                        + " JOIN xapi_statement_attachment l ON l.statement_id = s.id"
                                        + " JOIN xapi_attachment a ON a.sha2 = l.sha2 WHERE s.person_id = :p ORDER BY s.seq, a.sha2")
                        .setParameter("p", person.personId())
                        .getResultList(),
                Field.ID,
                Field.REFERENCE,
                Field.TYPE,
                Field.NUMBER);
        return section.build();
    }

    @Override
    public int erase(PersonRef person, Erasure erasure) {
        // Nothing to rewrite in lrs_client: created_by names the person record, which erasure turns into a tombstone.
        if (person.personId() == null) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<String> held = em.createNativeQuery("SELECT DISTINCT l.sha2 FROM xapi_statement s"
                        + " JOIN xapi_statement_attachment l ON l.statement_id = s.id WHERE s.person_id = :p")
                .setParameter("p", person.personId())
                .getResultList();
        if (held.isEmpty()) {
            return 0;
        }
        int changed = em.createNativeQuery("DELETE l FROM xapi_statement_attachment l"
                        + " JOIN xapi_statement s ON s.id = l.statement_id WHERE s.person_id = :p")
                .setParameter("p", person.personId())
                .executeUpdate();
        return changed + orphans(held);
    }

    /** Deletes the content among {@code sha2s} that no statement holds any more. */
    int orphans(List<String> sha2s) {
        return em.createNativeQuery("DELETE FROM xapi_attachment WHERE sha2 IN (:held) AND NOT EXISTS"
                        + " (SELECT 1 FROM xapi_statement_attachment l WHERE l.sha2 = xapi_attachment.sha2)")
                .setParameter("held", sha2s)
                .executeUpdate();
    }
}
