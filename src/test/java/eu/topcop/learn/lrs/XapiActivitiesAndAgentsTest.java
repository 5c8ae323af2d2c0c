package eu.topcop.learn.lrs;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The activities and agents resources (xAPI 1.0.3 Communication 2.4, 2.5; 2.0.0 4.1.6.5, 4.1.6.6). */
@QuarkusTest
class XapiActivitiesAndAgentsTest {

    @Inject
    EnrolmentFixture people;

    @ConfigProperty(name = "lms.public-url")
    String home;

    private LrsFixture.Client client;

    @BeforeEach
    void createClient() {
        client = LrsFixture.client("statements/write", "all/read");
    }

    @Test
    void activityNoStatementNamesIsAnsweredWithItsIdAlone() {
        String activity = "https://academy.example/unknown/" + UUID.randomUUID();

        client.xapi("1.0.3")
                .queryParam("activityId", activity)
                .get("/xapi/activities")
                .then()
                .statusCode(200)
                .body("objectType", equalTo("Activity"))
                .body("id", equalTo(activity))
                .body("definition", nullValue());
    }

    @Test
    void activityDefinitionGathersWhatTheStatementsSayTheNewestWinning() {
        String activity = "https://academy.example/courses/" + UUID.randomUUID();
        post(
                activity,
                Map.of("name", Map.of("en-US", "Firearms"), "type", "http://adlnet.gov/expapi/activities/course"));
        post(
                activity,
                Map.of(
                        "name", Map.of("ro", "Arme de foc"),
                        "description", Map.of("en-US", "Safe handling"),
                        "type", "http://adlnet.gov/expapi/activities/module"));

        client.xapi("2.0.0")
                .queryParam("activityId", activity)
                .get("/xapi/activities")
                .then()
                .statusCode(200)
                .body("definition.name.'en-US'", equalTo("Firearms"))
                .body("definition.name.ro", equalTo("Arme de foc"))
                .body("definition.description.'en-US'", equalTo("Safe handling"))
                .body("definition.type", equalTo("http://adlnet.gov/expapi/activities/module"));
    }

    @Test
    void activitiesWithoutActivityIdOrWithAnotherParameterIsRejectedWith400() {
        client.xapi("1.0.3").get("/xapi/activities").then().statusCode(400).body("errors.field", hasItem("activityId"));
        client.xapi("1.0.3")
                .queryParam("activityId", "https://academy.example/a")
                .queryParam("since", "x")
                .get("/xapi/activities")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("since"));
    }

    @Test
    void personOfAnAgentTheLrsDoesNotKnowHoldsWhatTheRequestSaid() {
        client.xapi("1.0.3")
                .queryParam("agent", "{\"name\": \"Ana\", \"mbox\": \"mailto:ana@academy.example\"}")
                .get("/xapi/agents")
                .then()
                .statusCode(200)
                .body("objectType", equalTo("Person"))
                .body("name", contains("Ana"))
                .body("mbox", contains("mailto:ana@academy.example"));
    }

    @Test
    void personOfOneOfOurPeopleNamesTheirNameAndAccountAndNoEmail() {
        Person officer = people.person("GE");
        String agent = "{\"account\": {\"homePage\": \"" + home + "\", \"name\": \"" + officer.username + "\"}}";

        client.xapi("2.0.0")
                .queryParam("agent", agent)
                .get("/xapi/agents")
                .then()
                .statusCode(200)
                .body("objectType", equalTo("Person"))
                .body("name", contains(officer.name))
                .body("account[0].name", equalTo(officer.username))
                .body("account[0].homePage", equalTo(home))
                .body("mbox", nullValue())
                .body(not(org.hamcrest.Matchers.containsString(officer.email)));
    }

    @Test
    void agentsWithABadAgentIsRejectedWith400AndWithoutAllReadWith403() {
        client.xapi("1.0.3")
                .queryParam("agent", "{\"name\": \"no identifier\"}")
                .get("/xapi/agents")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("agent"));
        client.xapi("1.0.3").get("/xapi/agents").then().statusCode(400).body("errors.field", hasItem("agent"));
        LrsFixture.client("state")
                .xapi("1.0.3")
                .queryParam("agent", DocumentFixture.agent())
                .get("/xapi/agents")
                .then()
                .statusCode(403);
    }

    private void post(String activity, Map<String, Object> definition) {
        Map<String, Object> statement = LrsFixture.statement();
        statement.put("object", Map.of("objectType", "Activity", "id", activity, "definition", definition));
        client.xapi("2.0.0")
                .body(List.of(statement))
                .post("/xapi/statements")
                .then()
                .statusCode(200);
    }
}
