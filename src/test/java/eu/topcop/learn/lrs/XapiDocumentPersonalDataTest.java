package eu.topcop.learn.lrs;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.privacy.Erasure;
import eu.topcop.learn.platform.privacy.Kind;
import eu.topcop.learn.platform.privacy.PersonRef;
import eu.topcop.learn.platform.privacy.Section;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Documents LRS clients keep about one of our people are theirs: the export lists them and erasure deletes them,
 * found by the person they were linked to or by the e-mail they were stored under; another agent's stay.
 */
@QuarkusTest
class XapiDocumentPersonalDataTest {

    @Inject
    EnrolmentFixture people;

    @Inject
    LrsPersonalData personalData;

    @ConfigProperty(name = "lms.public-url")
    String home;

    @Test
    void erasureDeletesThePersonsDocumentsAndExportListsThem() {
        Person officer = people.person("RO");
        LrsFixture.Client client = LrsFixture.client("state", "profile");
        String activity = "https://academy.example/simulations/" + UUID.randomUUID();
        String account = "{\"account\": {\"homePage\": \"" + home + "\", \"name\": \"" + officer.username + "\"}}";
        String mbox = "{\"mbox\": \"mailto:" + officer.email + "\"}";
        String stranger = DocumentFixture.agent();
        client.xapi("1.0.3")
                .queryParam("activityId", activity)
                .queryParam("agent", account)
                .queryParam("stateId", "bookmark")
                .body("{}")
                .put("/xapi/activities/state")
                .then()
                .statusCode(204);
        client.xapi("1.0.3")
                .queryParam("agent", mbox)
                .queryParam("profileId", "preferences")
                .body("{}")
                .put("/xapi/agents/profile")
                .then()
                .statusCode(204);
        client.xapi("1.0.3")
                .queryParam("activityId", activity)
                .queryParam("agent", stranger)
                .queryParam("stateId", "bookmark")
                .body("{}")
                .put("/xapi/activities/state")
                .then()
                .statusCode(204);
        PersonRef ref = new PersonRef(officer.id, null, officer.username, officer.email, officer.name, "RO", false);

        Section section = QuarkusTransaction.requiringNew().call(() -> personalData.export(ref));
        assertEquals(2, documents(section), "the state and the agent profile are listed");

        int erased = QuarkusTransaction.requiringNew()
                .call(() -> personalData.erase(ref, new Erasure("erased-d0c", Instant.now(), "admin")));
        assertEquals(2, erased);
        client.xapi("1.0.3")
                .queryParam("activityId", activity)
                .queryParam("agent", account)
                .queryParam("stateId", "bookmark")
                .get("/xapi/activities/state")
                .then()
                .statusCode(404);
        client.xapi("1.0.3")
                .queryParam("activityId", activity)
                .queryParam("agent", stranger)
                .queryParam("stateId", "bookmark")
                .get("/xapi/activities/state")
                .then()
                .statusCode(200);
    }

    private static long documents(Section section) {
        return section.groups().stream()
                .filter(g -> g.kind() == Kind.XAPI_DOCUMENT)
                .mapToLong(g -> g.records().size())
                .sum();
    }
}
