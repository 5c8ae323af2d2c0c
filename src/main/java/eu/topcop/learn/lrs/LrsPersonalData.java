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
import org.eclipse.microprofile.config.inject.ConfigProperty;

import static eu.topcop.learn.platform.privacy.Declaration.holding;

/**
 * The LRS's personal data: which administrator created each LRS client (their person record), and the query rows of
 * statements ({@link StatementRefs}: hashes of the agents in them). On erasure the clients stay, so that the
 * statements they sent keep their authority: the person record becomes the pseudonymous tombstone they then name.
 */
@ApplicationScoped
public class LrsPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @ConfigProperty(name = "lms.public-url")
    String home;

    @Override
    public Declaration declaration() {
        return new Declaration(
                "lrs",
                List.of(
                        holding(Kind.ACTION, Fate.PSEUDONYMISED, "lrs_client"),
                        // Hashes of the agents of statements (learning's xapi_statement holds and exports them).
                        holding(Kind.STATEMENT, Fate.PSEUDONYMISED, "xapi_statement_ref")),
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
        return section.build();
    }

    @Override
    public int erase(PersonRef person, Erasure erasure) {
        // created_by names the person record, which erasure itself turns into a tombstone. The statements the system
        // wrote name the learner as an account agent, which learning rewrites to the pseudonym: the query rows of
        // that agent follow, so that a query by the pseudonym finds them and one by the old username nothing.
        if (person.personId() == null) {
            return 0;
        }
        String account = person.username() != null ? person.username() : "person-" + person.personId();
        return em.createNativeQuery("UPDATE xapi_statement_ref SET ref = :pseudonym WHERE ref = :account")
                .setParameter("account", StatementRefs.key(StatementRefs.Kind.AGENT, "account:" + home + "|" + account))
                .setParameter(
                        "pseudonym",
                        StatementRefs.key(StatementRefs.Kind.AGENT, "account:" + home + "|" + erasure.pseudonym()))
                .executeUpdate();
    }
}
