package eu.topcop.learn.lrs;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.topcop.learn.support.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;

/** LRS clients created through the API as the administrator, and requests to /xapi as one of them. */
final class LrsFixture {

    /** A client's key and secret, as the creation answered them. */
    record Client(String key, String secret) {
        RequestSpecification xapi(String version) {
            String basic = Base64.getEncoder().encodeToString((key + ":" + secret).getBytes());
            RequestSpecification request =
                    given().header("Authorization", "Basic " + basic).contentType(ContentType.JSON);
            return version == null ? request : request.header("X-Experience-API-Version", version);
        }
    }

    private LrsFixture() {}

    static Client client(String... scopes) {
        var answer = given().auth()
                .oauth2(accessToken(Tokens.ADMIN))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Partner academy " + UUID.randomUUID(), "scopes", List.of(scopes)))
                .post("/api/admin/lrs-clients")
                .then()
                .statusCode(201)
                .extract();
        return new Client(answer.path("client.key"), answer.path("secret"));
    }

    /** A minimal valid statement: an mbox agent, an ADL verb and an activity. */
    static Map<String, Object> statement() {
        return new java.util.HashMap<>(Map.of(
                "actor",
                        Map.of(
                                "objectType",
                                "Agent",
                                "name",
                                "Partner learner",
                                "mbox",
                                "mailto:learner@academy.example"),
                "verb",
                        Map.of(
                                "id",
                                "http://adlnet.gov/expapi/verbs/experienced",
                                "display",
                                Map.of("en-US", "experienced")),
                "object", Map.of("id", "https://academy.example/courses/firearms/1", "objectType", "Activity")));
    }
}
