package eu.topcop.learn.cmi5;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.privacy.Field;
import eu.topcop.learn.platform.privacy.Kind;
import eu.topcop.learn.platform.privacy.PersonRef;
import eu.topcop.learn.platform.privacy.Section;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A learner's cmi5 registrations and sessions are in their export; another learner's never. */
@QuarkusTest
class Cmi5PersonalDataTest {

    @Inject
    Cmi5LaunchFixture fixture;

    @Inject
    Cmi5PersonalData data;

    @Test
    void shouldExportTheLearnersRegistrationAndSessionsOnly() {
        String code = fixture.course();
        Person learner = fixture.learner();
        fixture.launch(learner, code, 0);
        fixture.launch(learner, code, 1);
        fixture.launch(fixture.learner(), code, 0);
        Section section = QuarkusTransaction.requiringNew()
                .call(() -> data.export(
                        new PersonRef(learner.id, null, learner.username, learner.email, learner.name, "GE", false)));
        List<Map<Field, Object>> records = section.groups().stream()
                .filter(g -> g.kind() == Kind.MODULE_PROGRESS)
                .flatMap(g -> g.records().stream())
                .toList();
        // One registration, two sessions.
        assertEquals(3, records.size(), records::toString);
        assertEquals(code, records.get(0).get(Field.COURSE));
        assertEquals(Cmi5LaunchFixture.SEIZING, records.get(1).get(Field.ACTIVITY));
        assertEquals(Cmi5LaunchFixture.CUSTODY, records.get(2).get(Field.ACTIVITY));
    }
}
