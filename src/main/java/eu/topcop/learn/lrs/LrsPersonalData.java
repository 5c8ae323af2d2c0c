package eu.topcop.learn.lrs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

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
 * The LRS's personal data: which administrator created each LRS client (their person record), the content attached
 * to a person's statements, the documents (state, agent profile) LRS clients keep about a person, and the launch
 * credentials issued to a learner's launched content (their agent, registration and activity). On erasure the
 * clients stay, so that the statements they sent keep their authority: the person record becomes the pseudonymous
 * tombstone they then name. The attached content (a photo, a scanned paper) cannot be pseudonymised: it is deleted,
 * with every content row no other statement still holds, so that no orphan content stays behind. The documents are
 * deleted: found by the person record they were linked to, or by an identifier the person is known by (the account
 * our statements name them by, their e-mail as mbox or mbox_sha1sum). Launch credentials are deleted: they only ever
 * lived for minutes. The query rows of statements ({@link StatementRefs}: hashes of the agents in them) follow the
 * learner's account to its pseudonym.
 */
@ApplicationScoped
public class LrsPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Inject
    XapiPeople people;

    @Override
    public Declaration declaration() {
        return new Declaration(
                "lrs",
                List.of(
                        holding(Kind.ACTION, Fate.PSEUDONYMISED, "lrs_client"),
                        holding(Kind.STATEMENT, Fate.DELETED, "xapi_attachment", "xapi_statement_attachment"),
                        holding(Kind.XAPI_DOCUMENT, Fate.DELETED, "xapi_document"),
                        holding(Kind.STATEMENT, Fate.DELETED, "lrs_launch_credential"),
                        // Hashes of the agents of statements (learning's xapi_statement holds and exports them).
                        holding(Kind.STATEMENT, Fate.PSEUDONYMISED, "xapi_statement_ref"),
                        // Copies of those statements by agent: their text is rewritten with learning's
                        // (StatementWriter.rewritten).
                        holding(Kind.STATEMENT, Fate.PSEUDONYMISED, "xapi_statement_by_agent")),
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
        section.rows(
                Kind.XAPI_DOCUMENT,
                documents("SELECT kind, document_id, activity_id, content_type, updated FROM xapi_document", person)
                        .getResultList(),
                Field.WHAT,
                Field.REFERENCE,
                Field.ACTIVITY,
                Field.TYPE,
                Field.UPDATED);
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
        // Nothing to rewrite in lrs_client: created_by names the person record, which erasure turns into a tombstone.
        if (person.personId() == null) {
            return 0;
        }
        // The statements the system wrote name the learner as an account agent, which learning rewrites to the
        // pseudonym: the query rows of that agent follow, so that a query by the pseudonym finds them and one by the
        // old username nothing.
        String home = people.home();
        String account = person.username() != null ? person.username() : "person-" + person.personId();
        byte[] accountKey = StatementRefs.key(StatementRefs.Kind.AGENT, "account:" + home + "|" + account);
        byte[] pseudonymKey =
                StatementRefs.key(StatementRefs.Kind.AGENT, "account:" + home + "|" + erasure.pseudonym());
        int refs = 0;
        // The copies by agent move with the query rows; their text is the statement's, rewritten by learning.
        for (String table : List.of("xapi_statement_ref", "xapi_statement_by_agent")) {
            refs += em.createNativeQuery("UPDATE " + table + " SET ref = :pseudonym WHERE ref = :account")
                    .setParameter("account", accountKey)
                    .setParameter("pseudonym", pseudonymKey)
                    .executeUpdate();
        }
        int documents = refs
                + documents("DELETE FROM xapi_document", person).executeUpdate()
                + em.createNativeQuery("DELETE FROM lrs_launch_credential WHERE person_id = :p")
                        .setParameter("p", person.personId())
                        .executeUpdate();
        @SuppressWarnings("unchecked")
        List<String> held = em.createNativeQuery("SELECT DISTINCT l.sha2 FROM xapi_statement s"
                        + " JOIN xapi_statement_attachment l ON l.statement_id = s.id WHERE s.person_id = :p")
                .setParameter("p", person.personId())
                .getResultList();
        if (held.isEmpty()) {
            return documents;
        }
        int changed = em.createNativeQuery("DELETE l FROM xapi_statement_attachment l"
                        + " JOIN xapi_statement s ON s.id = l.statement_id WHERE s.person_id = :p")
                .setParameter("p", person.personId())
                .executeUpdate();
        return documents + changed + orphans(held);
    }

    /** Deletes the content among {@code sha2s} that no statement holds any more. */
    int orphans(List<String> sha2s) {
        return em.createNativeQuery("DELETE FROM xapi_attachment WHERE sha2 IN (:held) AND NOT EXISTS"
                        + " (SELECT 1 FROM xapi_statement_attachment l WHERE l.sha2 = xapi_attachment.sha2)")
                .setParameter("held", sha2s)
                .executeUpdate();
    }

    /** The person's documents: linked to their record, or stored under an identifier they are known by. */
    private Query documents(String select, PersonRef person) {
        Set<String> keys = new HashSet<>();
        for (String identifier : identifiers(person)) {
            keys.add(XapiDocument.sha1(identifier));
        }
        // Ordered only when selecting: MariaDB deletes in any order.
        String order = select.startsWith("SELECT") ? " ORDER BY updated, id" : "";
        return em.createNativeQuery(select + " WHERE person_id = :p OR agent_key IN (:keys)" + order)
                .setParameter("p", person.personId())
                .setParameter("keys", keys);
    }

    private List<String> identifiers(PersonRef person) {
        List<String> identifiers = new ArrayList<>();
        String home = people.home();
        identifiers.add("account:" + home + "|person-" + person.personId());
        if (person.username() != null) {
            identifiers.add("account:" + home + "|" + person.username());
        }
        if (person.email() != null && !person.email().isBlank()) {
            String mbox = "mailto:" + person.email();
            identifiers.add("mbox:" + mbox);
            identifiers.add("mbox_sha1sum:" + XapiDocument.sha1(mbox));
        }
        return identifiers;
    }
}
