package eu.topcop.learn.platform.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import eu.topcop.learn.platform.privacy.PrivacyScenario.Officer;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person's export: their data from every feature that keeps personal data, and nobody else's. */
@QuarkusTest
class PrivacyExportTest {

    @Inject
    PrivacyScenario scenario;

    @Inject
    PrivacyService privacy;

    @Test
    void shouldExportThePersonsDataFromEveryFeatureAndNobodyElses() {
        Officer officer = scenario.officer();
        String body = given().auth()
                .oauth2(officer.token())
                .get("/api/me/personal-data")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonPath json = JsonPath.from(body);

        Set<String> declared = new TreeSet<>();
        privacy.declarations().stream().filter(d -> !d.holdings().isEmpty()).forEach(d -> declared.add(d.feature()));
        Map<String, Object> features = json.getMap("features");
        assertEquals(declared, new TreeSet<>(features.keySet()), "a section from every feature");

        assertEquals(officer.username(), json.getString("features.enrolment.account[0].username"));
        assertEquals(officer.subject(), json.getString("features.enrolment.account[0].subject"));
        assertEquals(
                3,
                json.getList("features.enrolment.application").size(),
                "applied, nominated, and the training whose knowledge test they took and whose survey they were asked");
        assertEquals(
                3,
                json.getList("features.evaluation.survey").size(),
                "asked about the training, the multiplication course they attended and their exchange placement");
        assertEquals(officer.supervisor(), json.getString("features.enrolment.supervisor[0].name"));
        assertEquals(1, json.getList("features.enrolment.supervisor").size(), "the supervisor they named, once");
        assertTrue(json.getList("features.enrolment.applicationHistory").size() >= 2);
        assertFalse(json.getList("features.enrolment.notification").isEmpty());
        assertEquals("ka", json.getString("features.platform.preference[0].language"));
        assertEquals(PrivacyScenario.MODULE, json.getString("features.learning.moduleProgress[0].module"));
        assertEquals(
                2,
                json.getInt("features.learning.moduleProgress[0].lessonsRead"),
                "lesson 1 read in the player, lesson 2 reported by content launched with their launch credential");
        assertFalse(json.getList("features.learning.quizAttempt").isEmpty());
        assertEquals(
                List.of("PRE", "POST"),
                json.getList("features.learning.knowledgeTest.type"),
                "the knowledge test taken at the start and at the end of a training");
        assertFalse(json.getList("features.learning.statement").isEmpty());
        assertEquals(officer.certificateCode(), json.getString("features.learning.certificate[0].code"));
        assertFalse(json.getList("features.learning.completion").isEmpty());
        assertEquals(1, json.getList("features.trainers.trainerCertification").size());
        assertEquals("ACTIVE", json.getString("features.networks.networkMembership[0].status"));
        assertEquals("OPEN", json.getString("features.networks.actionPoint[0].status"));
        assertEquals("GUIDELINE", json.getString("features.library.libraryDocument[0].type"));
        assertEquals(1, json.getInt("features.library.libraryDocument[0].number"), "the versions they wrote");
        assertEquals(1, json.getList("features.library.libraryReader").size());
        assertEquals(1, json.getList("features.library.libraryUseful").size());
        assertEquals(1, json.getInt("features.library.libraryComment[0].version"));
        assertEquals("GE", json.getString("features.needs.needProposal[0].country"));
        assertTrue(json.getString("features.discussions.discussionPost[0].body").startsWith("How do your units share"));
        assertEquals("ka", json.getString("features.discussions.discussionPost[0].language"));
        assertTrue(json.getString("features.discussions.discussionAttachment[0].name")
                .startsWith("traces-"));
        assertEquals("text/plain", json.getString("features.discussions.discussionAttachment[0].type"));
        assertTrue(json.getString("features.discussions.discussionReport[0].reason")
                .startsWith("Reported by"));
        assertEquals("HIDE", json.getString("features.discussions.discussionModeration[0].what"));
        assertEquals(
                List.of("NETWORK", "THREAD"),
                json.getList("features.subscriptions.discussionFollow.what"),
                "the network and the thread they follow");
        assertEquals("IMMEDIATE", json.getString("features.subscriptions.discussionDelivery[0].what"));
        assertEquals(3, json.getInt("features.subscriptions.discussionDigest[0].number"));
        assertEquals(
                officer.multiplicationCourses().get(0),
                json.getString("features.trainers.multiplicationCourse[0].code"));
        assertEquals(
                officer.multiplicationCourses().get(1),
                json.getString("features.trainers.multiplicationParticipation[0].code"));
        assertEquals(12, json.getInt("features.exchange.exchangeApplication[0].sharedWith"));
        assertEquals(1, json.getList("features.exchange.eventRegistration").size());
        assertEquals(officer.offerings().get(2), json.getString("features.catalogue.offeringRole[0].offering"));
        assertEquals("FINISHED", json.getString("features.content.contentImport[0].status"));

        String lower = body.toLowerCase(Locale.ROOT);
        List<String> leaked = officer.others().stream()
                .filter(other -> lower.contains(other.toLowerCase(Locale.ROOT)))
                .toList();
        assertEquals(List.of(), leaked, "other people's names, usernames or e-mails in the export");
    }

    @Test
    @TestSecurity(user = "privacy-reader", roles = Roles.TRAINEE)
    void shouldShowTheReadableExportInTheReadersLanguageWithADownload() {
        given().cookie("topcop-lang", "ka")
                .when()
                .get("/me/personal-data")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"ka\">"))
                .body(containsString("ჩემი პერსონალური მონაცემები"))
                .body(containsString("data-testid=\"personal-data-account\""))
                .body(containsString("privacy-reader"));
        given().when()
                .get("/me/personal-data.json")
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .body(containsString("\"username\":\"privacy-reader\""));
    }

    @Test
    void shouldTellAnyoneWhatIsKeptAndWhatErasureDoes() {
        given().cookie("topcop-lang", "ro")
                .when()
                .get("/privacy")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"privacy-notice\""))
                .body(containsString("Păstrat sub pseudonim"));
        given().when()
                .get("/api/privacy/declarations")
                .then()
                .statusCode(200)
                .body(containsString("\"feature\":\"enrolment\""));
    }
}
