package eu.topcop.learn.cmi5;

import jakarta.inject.Inject;

import eu.topcop.learn.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/**
 * The learner's cmi5 course page: the AUs with their status, Launch as a POST (with the page's CSRF token) that
 * redirects to the launch URL and marks the AU in progress, and an unknown course or AU a 404, never a 500.
 */
@QuarkusTest
@TestSecurity(user = "cmi5-learner", roles = Roles.TRAINEE)
class Cmi5LearnerPagesTest {

    private static final String TOKEN = "cmi5-learner-token";

    @Inject
    Cmi5LaunchFixture fixture;

    @Test
    void shouldShowTheAusAndLaunchOneByAPostThatRedirectsToTheLaunchUrl() {
        String code = fixture.course();
        given().get("/learning/cmi5/" + code)
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"cmi5-au-status-0\">Not attempted"))
                .body(containsString("Chain of custody quiz"))
                .body(containsString("target=\"_blank\""));
        given().redirects()
                .follow(false)
                .cookie("topcop-csrf", TOKEN)
                .formParam("_csrf", TOKEN)
                .post("/learning/cmi5/" + code + "/aus/0/launch")
                .then()
                .statusCode(303)
                .header("Location", containsString("/cmi5/content/"))
                .header("Location", containsString("&fetch="));
        given().get("/learning/cmi5/" + code)
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"cmi5-au-status-0\">In progress"));
    }

    @Test
    void shouldRefuseALaunchWithoutTheCsrfTokenAndAnswer404ForWhatDoesNotExist() {
        String code = fixture.course();
        given().redirects()
                .follow(false)
                .post("/learning/cmi5/" + code + "/aus/0/launch")
                .then()
                .statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400))
                .statusCode(org.hamcrest.Matchers.lessThan(500));
        given().get("/learning/cmi5/cmi5-nothing").then().statusCode(404);
        given().redirects()
                .follow(false)
                .cookie("topcop-csrf", TOKEN)
                .formParam("_csrf", TOKEN)
                .post("/learning/cmi5/" + code + "/aus/9/launch")
                .then()
                .statusCode(404);
    }
}
