package eu.topcop.learn.insight;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.topcop.learn.support.Tokens;
import io.restassured.http.ContentType;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;

/**
 * OTNA round definitions for tests: the scales of {@link OtnaImportTest#HEADER} (awareness and expert; low,
 * medium and high), investigators and analysts, and the capabilities given.
 */
public final class TestRounds {

    private TestRounds() {}

    /** A capability of the given priority for investigators and analysts. */
    public static Map<String, Object> capability(String code, String priority) {
        return Map.of(
                "code",
                code,
                "priority",
                priority,
                "title",
                Map.of("en", "Capability " + code),
                "targetGroups",
                List.of("investigators", "analysts"));
    }

    public static Map<String, Object> definition(
            String code, List<String> priorities, List<String> countries, List<Map<String, Object>> capabilities) {
        return new HashMap<>(Map.of(
                "code",
                code,
                "year",
                2026,
                "title",
                Map.of("en", "Round " + code),
                "priorities",
                priorities,
                "countries",
                countries,
                "proficiencyScale",
                List.of(
                        Map.of("code", "awareness", "labels", Map.of("en", "Awareness")),
                        Map.of("code", "expert", "labels", Map.of("en", "Expert"))),
                "urgencyScale",
                List.of(
                        Map.of("code", "low", "labels", Map.of("en", "Can wait")),
                        Map.of("code", "medium", "labels", Map.of("en", "Within two years")),
                        Map.of("code", "high", "labels", Map.of("en", "Urgent", "ru", "Срочно"))),
                "targetGroups",
                List.of(
                        Map.of("code", "investigators", "labels", Map.of("en", "Investigators")),
                        Map.of("code", "analysts", "labels", Map.of("en", "Analysts"))),
                "capabilities",
                capabilities));
    }

    /** Defines the round through the API as the course manager. */
    public static void define(Map<String, Object> definition) {
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(definition)
                .post("/api/insight/rounds")
                .then()
                .statusCode(201);
    }
}
