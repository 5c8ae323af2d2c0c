package eu.topcop.learn.cmi5;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import eu.topcop.learn.platform.privacy.Declaration;
import eu.topcop.learn.platform.privacy.Erasure;
import eu.topcop.learn.platform.privacy.PersonRef;
import eu.topcop.learn.platform.privacy.PersonalData;
import eu.topcop.learn.platform.privacy.Section;

/**
 * cmi5 courses name nobody: who imported a package goes to the log, not to a table. The learners' launches and
 * sessions, when they come, are declared here.
 */
@ApplicationScoped
public class Cmi5PersonalData implements PersonalData {

    @Override
    public Declaration declaration() {
        return new Declaration(
                "cmi5",
                List.of(),
                List.of("cmi5_course", "cmi5_course_version", "cmi5_block", "cmi5_au", "cmi5_package_file"));
    }

    @Override
    public Section export(PersonRef person) {
        return Section.of("cmi5").build();
    }

    @Override
    public int erase(PersonRef person, Erasure erasure) {
        return 0;
    }
}
