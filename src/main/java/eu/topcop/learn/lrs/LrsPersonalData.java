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
 * The LRS's personal data: which administrator created each LRS client (their person record), and the launch
 * credentials issued to a learner's launched content (their agent, registration and activity). On erasure the
 * clients stay, so that the statements they sent keep their authority: the person record becomes the pseudonymous
 * tombstone they then name. Launch credentials are deleted: they only ever lived for minutes.
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
                        holding(Kind.STATEMENT, Fate.DELETED, "lrs_launch_credential")),
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
                em.createNativeQuery("SELECT CONCAT('lrs-launch-credential: ', activity), issued_at, registration"
                                + " FROM lrs_launch_credential WHERE person_id = :p ORDER BY issued_at, id")
                        .setParameter("p", person.personId())
                        .getResultList(),
                Field.WHAT,
                Field.AT,
                Field.REFERENCE);
        return section.build();
    }

    @Override
    public int erase(PersonRef person, Erasure erasure) {
        // Clients: nothing to rewrite, created_by names the person record, which erasure itself turns into a tombstone.
        if (person.personId() == null) {
            return 0;
        }
        return em.createNativeQuery("DELETE FROM lrs_launch_credential WHERE person_id = :p")
                .setParameter("p", person.personId())
                .executeUpdate();
    }
}
