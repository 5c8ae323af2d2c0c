package eu.topcop.learn.networks.library;

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
 * The library's personal data: the documents a person wrote or co-wrote (and the versions they wrote), the restricted
 * documents they were named a reader of, their "useful" marks, and their review comments (which stay under the
 * pseudonym, mentions in their text replaced); the training needs proposed from documents are
 * {@link eu.topcop.learn.networks.needs.NeedsPersonalData}'. Downloads are counted, never recorded by person.
 * Erasure keeps the documents, which belong to the network: their authorship and versions point to the pseudonymous
 * record, and every mention of the person in a document's text is replaced by the pseudonym; the named-reader grants
 * go (a pseudonym reads nothing); the useful marks stay, pseudonymous, so that the counts stay right.
 */
@ApplicationScoped
public class LibraryPersonalData implements PersonalData {

    private static final List<String> TEXTS_OF_VERSIONS = List.of("title", "summary", "body", "note");

    @Inject
    EntityManager em;

    @Override
    public Declaration declaration() {
        return new Declaration(
                "library",
                List.of(
                        holding(
                                Kind.LIBRARY_DOCUMENT,
                                Fate.PSEUDONYMISED,
                                "library_document",
                                "library_version",
                                "library_author",
                                "library_file"),
                        holding(Kind.LIBRARY_READER, Fate.DELETED, "library_reader"),
                        holding(Kind.LIBRARY_USEFUL, Fate.PSEUDONYMISED, "library_useful"),
                        holding(Kind.LIBRARY_COMMENT, Fate.PSEUDONYMISED, "library_comment")),
                List.of("library_document_priority", "library_document_country"));
    }

    @Override
    public Section export(PersonRef person) {
        Section.Builder section = Section.of("library");
        if (person.personId() == null) {
            return section.build();
        }
        section.rows(
                Kind.LIBRARY_DOCUMENT,
                em.createNativeQuery("SELECT d.id, n.code, d.kind, d.title, d.status, a.added_at,"
                                + " (SELECT COUNT(*) FROM library_version v WHERE v.document_id = d.id"
                                + " AND v.created_by = a.person_id)"
                                + " FROM library_author a JOIN library_document d ON d.id = a.document_id"
                                + " JOIN network n ON n.id = d.network_id WHERE a.person_id = :p ORDER BY d.id")
                        .setParameter("p", person.personId())
                        .getResultList(),
                Field.ID,
                Field.CODE,
                Field.TYPE,
                Field.TITLE,
                Field.STATUS,
                Field.CREATED,
                Field.NUMBER);
        section.rows(
                Kind.LIBRARY_READER,
                em.createNativeQuery("SELECT d.id, d.title FROM library_reader r JOIN library_document d"
                                + " ON d.id = r.document_id WHERE r.person_id = :p ORDER BY d.id")
                        .setParameter("p", person.personId())
                        .getResultList(),
                Field.ID,
                Field.TITLE);
        section.rows(
                Kind.LIBRARY_USEFUL,
                em.createNativeQuery("SELECT d.id, d.title, u.marked_at FROM library_useful u JOIN library_document d"
                                + " ON d.id = u.document_id WHERE u.person_id = :p ORDER BY u.marked_at, d.id")
                        .setParameter("p", person.personId())
                        .getResultList(),
                Field.ID,
                Field.TITLE,
                Field.AT);
        section.rows(
                Kind.LIBRARY_COMMENT,
                em.createNativeQuery("SELECT d.id, v.number, c.body, c.created_at FROM library_comment c"
                                + " JOIN library_version v ON v.id = c.version_id JOIN library_document d"
                                + " ON d.id = v.document_id WHERE c.person_id = :p ORDER BY c.id")
                        .setParameter("p", person.personId())
                        .getResultList(),
                Field.ID,
                Field.VERSION,
                Field.BODY,
                Field.AT);
        return section.build();
    }

    @Override
    public int erase(PersonRef person, Erasure erasure) {
        int changed = 0;
        for (String column : TEXTS_OF_VERSIONS) {
            changed += Scrub.mentions(em, "library_version", column, person, erasure.pseudonym());
        }
        changed += Scrub.mentions(em, "library_document", "title", person, erasure.pseudonym());
        changed += Scrub.mentions(em, "library_document", "search_text", person, erasure.pseudonym());
        changed += Scrub.mentions(em, "library_file", "name", person, erasure.pseudonym());
        changed += Scrub.mentions(em, "library_comment", "body", person, erasure.pseudonym());
        if (person.personId() != null) {
            changed += em.createNativeQuery("DELETE FROM library_reader WHERE person_id = :p")
                    .setParameter("p", person.personId())
                    .executeUpdate();
        }
        return changed;
    }
}
