package eu.topcop.learn.insight.results;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.insight.results.ResultViews.ResultRequest;
import eu.topcop.learn.platform.privacy.Erasure;
import eu.topcop.learn.platform.privacy.Field;
import eu.topcop.learn.platform.privacy.Kind;
import eu.topcop.learn.platform.privacy.PersonRef;
import eu.topcop.learn.platform.privacy.Section;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person's operational results in their export (a restricted one someone else recorded without what the pages
 * withhold from them), and their erasure: the results stay for the figures, the texts of those about them become the
 * pseudonym, and a mention of them in another result's text is replaced by it.
 */
@QuarkusTest
class ResultsPersonalDataTest {

    @Inject
    ResultFixture fixture;

    @Inject
    ResultService results;

    @Inject
    ResultsPersonalData personalData;

    @Inject
    EntityManager em;

    @Test
    void shouldExportAPersonsResultsAndScrubTheirNameOnErasure() {
        ResultsViewer.Viewer manager = fixture.manager();
        List<Person> people = fixture.officers(2, "IE");
        Person officer = people.get(0);
        Person other = people.get(1);
        LocalDate day = LocalDate.now().minusDays(20);
        ResultRequest open = new ResultRequest(
                ResultKind.JOINT_ACTION_DAY,
                day,
                "Team of " + officer.name,
                "Report by " + officer.name,
                "drug-trafficking",
                null,
                null,
                "IE",
                List.of(officer.id, other.id),
                null,
                null,
                false);
        long shown = results.record(open, manager).result().id();
        ResultRequest secret = new ResultRequest(
                ResultKind.ASSETS,
                day,
                "Seizure led by " + officer.name,
                "Sealed file",
                "drug-trafficking",
                null,
                null,
                "IE",
                List.of(officer.id),
                null,
                null,
                true);
        long restricted = results.record(secret, manager).result().id();
        ResultRequest edited = new ResultRequest(
                ResultKind.JOINT_ACTION_DAY,
                day,
                "Team of " + officer.name + " and others",
                "Report by " + officer.name,
                "drug-trafficking",
                null,
                null,
                "IE",
                List.of(officer.id, other.id),
                null,
                null,
                false);
        results.edit(shown, edited, manager);
        ResultRequest mention = new ResultRequest(
                ResultKind.ARRESTS,
                day,
                "Arrest after a tip from " + officer.name,
                "Case 17",
                "drug-trafficking",
                null,
                null,
                "IE",
                List.of(other.id),
                1,
                null,
                false);
        long others = results.record(mention, manager).result().id();

        PersonRef ref = new PersonRef(officer.id, null, officer.username, officer.email, officer.name, "IE", false);
        Section section = QuarkusTransaction.requiringNew().call(() -> personalData.export(ref));
        List<Map<Field, Object>> mine = section.groups().stream()
                .filter(g -> g.kind() == Kind.OPERATIONAL_RESULT)
                .findFirst()
                .orElseThrow()
                .records();
        assertEquals(2, mine.size());
        Map<Field, Object> withheld = mine.stream()
                .filter(r -> ((Number) r.get(Field.ID)).longValue() == restricted)
                .findFirst()
                .orElseThrow();
        assertNull(withheld.get(Field.NOTES), "a restricted result recorded by someone else: no description");
        assertTrue(
                mine.stream().anyMatch(r -> String.valueOf(r.get(Field.NOTES)).startsWith("Team of")));

        int changed = QuarkusTransaction.requiringNew()
                .call(() -> personalData.erase(ref, new Erasure("erased-r3sult", Instant.now(), "admin")));
        assertEquals(
                4, changed, "the texts of their two results, the edit's record, the mention in another: " + changed);
        String texts = QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("SELECT CONCAT_WS('|', GROUP_CONCAT(r.description),"
                                + " GROUP_CONCAT(r.evidence_reference), (SELECT GROUP_CONCAT(c.changes) FROM"
                                + " operational_result_change c WHERE c.result_id IN (:ids)))"
                                + " FROM operational_result r WHERE r.id IN (:ids)")
                        .setParameter("ids", List.of(shown, restricted, others))
                        .getSingleResult());
        assertFalse(texts.contains(officer.name), texts);
        assertTrue(texts.contains("Arrest after a tip from erased-r3sult"), "another result keeps its text: " + texts);
        // The results stay, naming the officer's (now pseudonymous) record, so that the figures stay right.
        assertEquals(
                2L,
                ((Number) QuarkusTransaction.requiringNew()
                                .call(() -> em.createNativeQuery("SELECT COUNT(*) FROM operational_result_officer"
                                                + " WHERE person_id = :p")
                                        .setParameter("p", officer.id)
                                        .getSingleResult()))
                        .longValue());
    }
}
