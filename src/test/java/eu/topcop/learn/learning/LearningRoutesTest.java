package eu.topcop.learn.learning;

import java.util.UUID;

import jakarta.inject.Inject;

import eu.topcop.learn.content.ContentFixture;
import eu.topcop.learn.content.ContentImporter;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The player's pages and API: who may use them, and statement counts that do not grow with the lessons. */
@QuarkusTest
class LearningRoutesTest {

    @Inject
    ContentImporter importer;

    @Inject
    SessionFactory sessionFactory;

    @Test
    @TestSecurity(user = "player-trainee", roles = Roles.TRAINEE)
    void shouldStartReadAndResumeAModuleFromThePages() {
        given().when().get("/learning/modules/smuggling-ilp/lessons/1").then().statusCode(404);
        form().redirects()
                .follow(false)
                .when()
                .post("/learning/modules/smuggling-ilp/start")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/learning/modules/smuggling-ilp/pre-test"));
        given().when()
                .get("/learning/modules/smuggling-ilp/lessons/1")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"lesson-read\""));
        form().redirects()
                .follow(false)
                .when()
                .post("/learning/modules/smuggling-ilp/lessons/1/read")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/learning/modules/smuggling-ilp/lessons/2"));
        given().when().get("/learning").then().statusCode(200).body(containsString("data-code=\"smuggling-ilp\""));
        given().when().get("/api/learning/my-statements").then().statusCode(200);
        given().when().get("/api/learning/statements?activity=x").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "quiz-trainee", roles = Roles.TRAINEE)
    void shouldTakeTheQuizFromThePagesAndSeeTheResult() {
        form().redirects()
                .follow(false)
                .when()
                .post("/learning/modules/firearms-ilp/start")
                .then()
                .statusCode(303);
        for (int n = 1; n <= 5; n++) {
            given().when()
                    .get("/learning/modules/firearms-ilp/lessons/" + n)
                    .then()
                    .statusCode(200);
            form().redirects()
                    .follow(false)
                    .when()
                    .post("/learning/modules/firearms-ilp/lessons/" + n + "/read")
                    .then()
                    .statusCode(303);
        }
        given().when().get("/learning").then().statusCode(200).body(containsString("data-testid=\"take-quiz\""));
        String attempt = form().redirects()
                .follow(false)
                .when()
                .post("/learning/modules/firearms-ilp/quiz")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        given().when().get(attempt).then().statusCode(200).body(containsString("data-testid=\"quiz-form\""));
        String result = form().redirects()
                .follow(false)
                .when()
                .post(attempt)
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        given().header("Accept-Language", "ru")
                .when()
                .get(result)
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"quiz-score\""))
                .body(containsString("Ваш результат: 0"))
                .body(not(containsString("0.00")));
        // Submitting the same attempt again changes nothing.
        form().redirects().follow(false).when().post(attempt).then().statusCode(303);
    }

    /**
     * Marking lessons read without having been shown them, or in any order, in a second: refused on the API
     * and on the pages alike, for every lesson, and nothing is recorded until they are read in order.
     */
    @Test
    @TestSecurity(user = "player-skimmer", roles = Roles.TRAINEE)
    void shouldRefuseLessonsMarkedReadUnshownOrOutOfOrderOnTheApiAndThePages() {
        String module = ContentFixture.publishModule(
                importer, "pr" + UUID.randomUUID().toString().substring(0, 8), 4, null);
        given().when().post("/api/learning/modules/" + module + "/start").then().statusCode(200);
        for (int n = 4; n >= 1; n--) {
            given().when()
                    .post("/api/learning/modules/" + module + "/lessons/" + n + "/read")
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json");
            form().redirects()
                    .follow(false)
                    .when()
                    .post("/learning/modules/" + module + "/lessons/" + n + "/read")
                    .then()
                    .statusCode(409);
        }
        for (int n = 4; n >= 2; n--) {
            given().when()
                    .get("/api/learning/modules/" + module + "/lessons/" + n)
                    .then()
                    .statusCode(200)
                    .body("nextToRead", equalTo(1))
                    .body("readable", equalTo(false));
            given().when()
                    .get("/learning/modules/" + module + "/lessons/" + n)
                    .then()
                    .statusCode(200)
                    .body(containsString("data-testid=\"read-in-order\""))
                    .body(not(containsString("data-testid=\"lesson-read\"")));
            given().when()
                    .post("/api/learning/modules/" + module + "/lessons/" + n + "/read")
                    .then()
                    .statusCode(409);
            form().redirects()
                    .follow(false)
                    .when()
                    .post("/learning/modules/" + module + "/lessons/" + n + "/read")
                    .then()
                    .statusCode(409);
        }
        given().when()
                .get("/api/learning/my-learning")
                .then()
                .statusCode(200)
                .body("find { it.module == '" + module + "' }.read", equalTo(0));

        given().when()
                .get("/api/learning/modules/" + module + "/lessons/1")
                .then()
                .statusCode(200);
        given().when()
                .post("/api/learning/modules/" + module + "/lessons/1/read")
                .then()
                .statusCode(200)
                .body("lesson", equalTo(2));
        form().redirects()
                .follow(false)
                .when()
                .post("/learning/modules/" + module + "/lessons/2/read")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/lessons/3"));
        given().when()
                .post("/api/learning/modules/" + module + "/lessons/4/read")
                .then()
                .statusCode(409);
        given().when()
                .post("/api/learning/modules/" + module + "/lessons/3/read")
                .then()
                .statusCode(200);
        form().redirects()
                .follow(false)
                .when()
                .post("/learning/modules/" + module + "/lessons/4/read")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/learning?done=" + module));
        given().when()
                .get("/api/learning/my-learning")
                .then()
                .statusCode(200)
                .body("find { it.module == '" + module + "' }.read", equalTo(4))
                .body("find { it.module == '" + module + "' }.lessonsCompleted", equalTo(true));
    }

    @Test
    @TestSecurity(user = "player-manager", roles = Roles.COURSE_MANAGER)
    void shouldLetCourseManagersQueryStatementsAboutAnActivity() {
        given().when().get("/api/learning/statements?activity=x").then().statusCode(200);
        given().when().get("/api/learning/statements").then().statusCode(400);
    }

    @Test
    void shouldSendAnonymousVisitorToSignIn() {
        given().redirects().follow(false).when().get("/learning").then().statusCode(302);
        given().when().get("/api/learning/my-learning").then().statusCode(401);
        given().when().get("/api/learning/my-transcript").then().statusCode(401);
        given().when().post("/api/learning/modules/drugs-ilp/pre-test").then().statusCode(401);
        given().redirects()
                .follow(false)
                .when()
                .get("/learning/modules/drugs-ilp/pre-test")
                .then()
                .statusCode(302);
    }

    @Test
    @TestSecurity(user = "player-counter", roles = Roles.TRAINEE)
    void shouldRenderTheLessonPageWithTheSameStatementsFor5And50Lessons() {
        String small = ContentFixture.publishModule(
                importer, "ps" + UUID.randomUUID().toString().substring(0, 8), 5, null);
        String large = ContentFixture.publishModule(
                importer, "pl" + UUID.randomUUID().toString().substring(0, 8), 50, null);
        for (String module : new String[] {small, large}) {
            form().redirects()
                    .follow(false)
                    .when()
                    .post("/learning/modules/" + module + "/start")
                    .then()
                    .statusCode(303);
            given().when()
                    .get("/learning/modules/" + module + "/lessons/1")
                    .then()
                    .statusCode(200);
            form().redirects()
                    .follow(false)
                    .when()
                    .post("/learning/modules/" + module + "/lessons/1/read")
                    .then()
                    .statusCode(303);
        }
        assertEquals(
                statementsFor("/learning/modules/" + small + "/lessons/2"),
                statementsFor("/learning/modules/" + large + "/lessons/2"));
        assertEquals(statementsFor("/learning"), statementsFor("/learning"));
        String[] attempts = new String[2];
        String[] modules = {small, large};
        for (int i = 0; i < 2; i++) {
            attempts[i] = form().redirects()
                    .follow(false)
                    .when()
                    .post("/learning/modules/" + modules[i] + "/quiz")
                    .then()
                    .statusCode(303)
                    .extract()
                    .header("Location");
        }
        assertEquals(statementsFor(attempts[0]), statementsFor(attempts[1]), "quiz page of 5 and of 50 lessons");
    }

    private long statementsFor(String path) {
        given().when().get(path).then().statusCode(200);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private static RequestSpecification form() {
        return given().cookie("topcop-csrf", "player-token").formParam("_csrf", "player-token");
    }
}
