package eu.topcop.learn.content;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;

/** Who may use the catalogue, module and import routes, on pages and API, with real tokens where it matters. */
@QuarkusTest
class ContentRoutesTest {

    @Inject
    ContentImporter importer;

    private String module;
    private String curriculum;

    @BeforeEach
    void publishFixture() {
        String p = "rt" + UUID.randomUUID().toString().substring(0, 8);
        module = p + "-mod";
        curriculum = p + "-curriculum";
        long id = importer.begin("test");
        importer.run(id, new ContentFixture(p).withCurriculum(module).withModule(module).root);
    }

    @Test
    @TestSecurity(user = "trainee", roles = Roles.TRAINEE)
    void shouldShowTraineeTheCatalogueCurriculumModuleAndLesson() {
        given().queryParam("q", module)
                .when()
                .get("/catalogue")
                .then()
                .statusCode(200)
                .body(containsString("data-code=\"" + curriculum + "\""));
        given().queryParam("priority", "firearms-trafficking")
                .when()
                .get("/catalogue")
                .then()
                .statusCode(200)
                .body(not(containsString("data-code=\"" + curriculum + "\"")));
        given().when()
                .get("/catalogue/curricula/" + curriculum)
                .then()
                .statusCode(200)
                .body(containsString("/modules/" + module));
        given().when().get("/modules/" + module).then().statusCode(200).body(containsString("data-testid=\"lessons\""));
        given().when()
                .get("/modules/" + module + "/lessons/2")
                .then()
                .statusCode(200)
                .body(containsString("<table>"));
    }

    @Test
    @TestSecurity(user = "trainee", roles = Roles.TRAINEE)
    void shouldShowFriendly404ForUnknownModuleLessonAndCurriculum() {
        given().when()
                .get("/modules/no-such-module")
                .then()
                .statusCode(404)
                .body(containsString("data-testid=\"error-page\""));
        given().when().get("/modules/" + module + "/lessons/99").then().statusCode(404);
        given().when().get("/catalogue/curricula/no-such").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "trainee", roles = Roles.TRAINEE)
    void shouldForbidTraineeTheImportPage() {
        given().when().get("/content/imports").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "author", roles = Roles.CONTENT_AUTHOR)
    void shouldShowContentAuthorTheImportPage() {
        given().when()
                .get("/content/imports")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"start-import\""));
    }

    @Test
    void shouldServeModulesAndCurriculaAsJsonInTheCallersLanguage() {
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .header("Accept-Language", "ru")
                .when()
                .get("/api/content/modules/" + module + "/lessons/1")
                .then()
                .statusCode(200)
                .body("title", equalTo("Правовая база"))
                .body("translated", equalTo(true));
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .queryParam("size", 1)
                .when()
                .get("/api/content/modules")
                .then()
                .statusCode(200)
                .header("X-Total-Count", org.hamcrest.Matchers.notNullValue())
                .body("size()", equalTo(1));
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .when()
                .get("/api/catalogue/curricula/" + curriculum)
                .then()
                .statusCode(200)
                .body("path.size()", equalTo(2))
                .body("outcomes[0].code", equalTo(curriculum.replace("-curriculum", "-lo-1")));
    }

    @Test
    void shouldRefuseAnonymousAndTraineeImportsAndLetTheAuthorRunOne() {
        given().when().post("/api/content/imports").then().statusCode(401);
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .when()
                .post("/api/content/imports")
                .then()
                .statusCode(403);

        int id = given().auth()
                .oauth2(accessToken(Tokens.AUTHOR))
                .when()
                .post("/api/content/imports")
                .then()
                .statusCode(202)
                .header("Location", containsString("/api/content/imports/"))
                .extract()
                .path("id");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        String status = "RUNNING";
        while (status.equals("RUNNING") && Instant.now().isBefore(deadline)) {
            status = given().auth()
                    .oauth2(accessToken(Tokens.AUTHOR))
                    .when()
                    .get("/api/content/imports/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("status");
        }
        given().auth()
                .oauth2(accessToken(Tokens.ADMIN))
                .when()
                .get("/api/content/imports/" + id)
                .then()
                .body("status", equalTo("FINISHED"))
                .body("total", greaterThanOrEqualTo(1));
    }

    @Test
    void shouldRejectOutOfRangePaging() {
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .queryParam("size", 1000)
                .when()
                .get("/api/content/modules")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
    }
}
