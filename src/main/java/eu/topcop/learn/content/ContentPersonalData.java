package eu.topcop.learn.content;

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
 * The content feature's personal data: who asked for each content import. Modules, lessons and question banks name
 * nobody.
 */
@ApplicationScoped
public class ContentPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public Declaration declaration() {
        return new Declaration(
                "content",
                List.of(holding(Kind.CONTENT_IMPORT, Fate.PSEUDONYMISED, "content_import")),
                List.of(
                        "content_module",
                        "lesson",
                        "module_material_file",
                        "module_version",
                        "quiz",
                        "quiz_question",
                        "knowledge_test",
                        "knowledge_test_version",
                        "knowledge_test_question"));
    }

    @Override
    public Section export(PersonRef person) {
        Section.Builder section = Section.of("content");
        if (person.username() != null) {
            section.rows(
                    Kind.CONTENT_IMPORT,
                    em.createNativeQuery("SELECT started_at, status FROM content_import WHERE requested_by = :u"
                                    + " ORDER BY started_at")
                            .setParameter("u", person.username())
                            .getResultList(),
                    Field.STARTED,
                    Field.STATUS);
        }
        return section.build();
    }

    @Override
    public int erase(PersonRef person, Erasure erasure) {
        return Scrub.value(em, "content_import", "requested_by", person.username(), erasure.pseudonym());
    }
}
