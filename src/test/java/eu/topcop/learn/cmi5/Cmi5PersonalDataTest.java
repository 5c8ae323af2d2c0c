package eu.topcop.learn.cmi5;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.privacy.Erasure;
import eu.topcop.learn.platform.privacy.Field;
import eu.topcop.learn.platform.privacy.Kind;
import eu.topcop.learn.platform.privacy.PersonRef;
import eu.topcop.learn.platform.privacy.Section;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A learner's cmi5 registrations, sessions and waivers are in their export; another learner's never. The manager who
 * waived an AU finds it among their actions, and their erasure leaves their pseudonym in its place.
 */
@QuarkusTest
class Cmi5PersonalDataTest {

    @Inject
    Cmi5LaunchFixture fixture;

    @Inject
    Cmi5PersonalData data;

    @Inject
    Cmi5Waivers waivers;

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

    @Test
    void shouldExportAWaiverToTheLearnerAndTheManagerAndPseudonymiseTheManagerOnErasure() {
        String code = fixture.course();
        Person learner = fixture.learner();
        Person manager = fixture.learner();
        waivers.waive(code, learner.id, Cmi5LaunchFixture.SEIZING, Cmi5Waivers.TESTED_OUT, manager.username);
        List<Map<Field, Object>> mine = records(learner, Kind.MODULE_PROGRESS);
        // The registration the waiver began, and the waiver; no session.
        assertEquals(2, mine.size(), mine::toString);
        assertEquals(Cmi5LaunchFixture.SEIZING, mine.get(1).get(Field.ACTIVITY));
        assertEquals("Tested Out", mine.get(1).get(Field.REASON));
        assertEquals(manager.username, mine.get(1).get(Field.USERNAME));
        List<Map<Field, Object>> decided = records(manager, Kind.ACTION);
        assertEquals(1, decided.size(), decided::toString);
        assertEquals(Cmi5LaunchFixture.SEIZING, decided.get(0).get(Field.REFERENCE));
        QuarkusTransaction.requiringNew()
                .run(() -> data.erase(ref(manager), new Erasure("erased-0001", Instant.now(), "admin")));
        assertEquals(
                List.of("erased-0001"),
                fixture.rows(
                        "SELECT s.waived_by FROM cmi5_au_state s JOIN cmi5_registration r ON r.id = s.registration_id"
                                + " WHERE r.person_id = ?",
                        learner.id));
        assertEquals(List.of(), records(manager, Kind.ACTION));
    }

    private List<Map<Field, Object>> records(Person person, Kind kind) {
        Section section = QuarkusTransaction.requiringNew().call(() -> data.export(ref(person)));
        return section.groups().stream()
                .filter(g -> g.kind() == kind)
                .flatMap(g -> g.records().stream())
                .toList();
    }

    private static PersonRef ref(Person person) {
        return new PersonRef(person.id, null, person.username, person.email, person.name, "GE", false);
    }
}
