package eu.topcop.learn.catalogue;

import jakarta.inject.Inject;

import eu.topcop.learn.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** The catalogue, course and offering pages, and the course managers' offering pages: roles, rows, mistakes. */
@QuarkusTest
class OfferingPagesTest {

    @Inject
    OfferingService offerings;

    private final OfferingFixture fixture = new OfferingFixture();

    @Test
    @TestSecurity(user = "trainee", roles = Roles.TRAINEE)
    void shouldShowTraineeFilteredOfferingsCourseAndOffering() {
        String code = offerings.publish(
                        fixture.faceToFace("smuggling-regional-training", 30, "Border Academy, Batumi", "GE", "en"),
                        "manager",
                        "Manager")
                .code;
        given().header("Accept-Language", "ru")
                .queryParam("country", "GE")
                .queryParam("from", fixture.from())
                .queryParam("to", fixture.to())
                .when()
                .get("/catalogue")
                .then()
                .statusCode(200)
                .body(containsString("data-code=\"" + code + "\""))
                .body(containsString("Border Academy, Batumi"))
                .body(containsString("Грузия"));
        given().queryParam("country", "UA")
                .queryParam("from", fixture.from())
                .queryParam("to", fixture.to())
                .when()
                .get("/catalogue")
                .then()
                .statusCode(200)
                .body(not(containsString("data-code=\"" + code + "\"")))
                .body(containsString("data-testid=\"no-offerings\""));
        given().when()
                .get("/catalogue/offerings/" + code)
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"offering-facts\""))
                .body(not(containsString("data-testid=\"change-offering\"")));
        given().when()
                .get("/catalogue/courses/smuggling-regional-training")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"course-title\""))
                .body(not(containsString("data-testid=\"publish-offering\"")));
    }

    @Test
    @TestSecurity(user = "trainee", roles = Roles.TRAINEE)
    void shouldSayKindlyWhenADateFilterCannotBeRead() {
        given().header("Accept-Language", "uk")
                .queryParam("from", "31.12.2026")
                .when()
                .get("/catalogue")
                .then()
                .statusCode(200)
                .body(containsString("role=\"alert\""));
    }

    @Test
    @TestSecurity(user = "trainee", roles = Roles.TRAINEE)
    void shouldAnswerUnknownOfferingAndCourseWithFriendlyNotFound() {
        given().when().get("/catalogue/offerings/no-such-offering").then().statusCode(404);
        given().when().get("/catalogue/courses/no-such-course").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "trainee", roles = Roles.TRAINEE)
    void shouldForbidTraineeTheOfferingManagement() {
        given().when().get("/manager/offerings").then().statusCode(403);
        given().when().get("/manager/offerings/new").then().statusCode(403);
        form().formParam("course", "drugs-regional-training")
                .when()
                .post("/manager/offerings")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "coordinator", roles = Roles.NATIONAL_COORDINATOR)
    void shouldForbidCoordinatorTheOfferingManagement() {
        given().when().get("/manager/offerings/new").then().statusCode(403);
    }

    @Test
    void shouldSendAnonymousVisitorOfTheCatalogueToSignIn() {
        given().redirects()
                .follow(false)
                .when()
                .get("/catalogue/offerings/x")
                .then()
                .statusCode(302);
        given().redirects()
                .follow(false)
                .when()
                .get("/manager/offerings")
                .then()
                .statusCode(302);
    }

    @Test
    @TestSecurity(user = "manager", roles = Roles.COURSE_MANAGER)
    void shouldPublishFromTheFormAndShowMistakesInTheReadersLanguage() {
        given().when()
                .get("/manager/offerings/new?course=drugs-train-the-trainer")
                .then()
                .statusCode(200)
                .body(containsString("value=\"drugs-train-the-trainer\" selected"));

        form().header("Accept-Language", "ru")
                .formParam("course", "drugs-train-the-trainer")
                .formParam("startsOn", fixture.base.plusDays(20).toString())
                .formParam("endsOn", fixture.base.plusDays(10).toString())
                .formParam("delivery", "face-to-face")
                .formParam("venue", "Police Academy, Kyiv")
                .formParam("country", "UA")
                .formParam("capacity", "many")
                .formParam("workingLanguage", "uk")
                .formParam("applicationsOpenOn", fixture.base.toString())
                .formParam("applicationsCloseOn", fixture.base.plusDays(5).toString())
                .when()
                .post("/manager/offerings")
                .then()
                .statusCode(422)
                .body(containsString("data-testid=\"errors\""))
                .body(containsString("href=\"#endsOn\""))
                .body(containsString("href=\"#capacity\""))
                .body(containsString("value=\"Police Academy, Kyiv\""))
                .body(containsString("lang=\"ru\""));

        String location = form().redirects()
                .follow(false)
                .formParam("course", "drugs-train-the-trainer")
                .formParam("startsOn", fixture.base.plusDays(20).toString())
                .formParam("endsOn", fixture.base.plusDays(23).toString())
                .formParam("delivery", "face-to-face")
                .formParam("venue", "Police Academy, Kyiv")
                .formParam("country", "UA")
                .formParam("capacity", "18")
                .formParam("workingLanguage", "uk")
                .formParam("applicationsOpenOn", fixture.base.toString())
                .formParam("applicationsCloseOn", fixture.base.plusDays(5).toString())
                .when()
                .post("/manager/offerings")
                .then()
                .statusCode(303)
                .header(
                        "Location",
                        endsWith("/catalogue/offerings/drugs-train-the-trainer-" + fixture.base.plusDays(20)))
                .extract()
                .header("Location");
        String code = location.substring(location.lastIndexOf('/') + 1);
        given().when()
                .get("/catalogue/offerings/" + code)
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"change-offering\""));
        given().when()
                .get("/manager/offerings")
                .then()
                .statusCode(200)
                .body(containsString("data-code=\"" + code + "\""));
        given().when()
                .get("/manager/offerings/" + code + "/edit")
                .then()
                .statusCode(200)
                .body(containsString("value=\"18\""));

        form().redirects()
                .follow(false)
                .formParam("reason", "Trainers are not available.")
                .when()
                .post("/manager/offerings/" + code + "/cancel")
                .then()
                .statusCode(303);
        given().when()
                .get("/catalogue/offerings/" + code)
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"offering-cancelled\""))
                .body(containsString("Trainers are not available."));
    }

    @Test
    @TestSecurity(user = "manager", roles = Roles.COURSE_MANAGER)
    void shouldForbidChangingAnotherManagersOfferingFromTheForm() {
        String code = offerings.publish(
                        fixture.online("firearms-independent-learning", 15, "en"), "someone.else", "Someone Else")
                .code;
        given().when()
                .get("/catalogue/offerings/" + code)
                .then()
                .statusCode(200)
                .body(not(containsString("data-testid=\"change-offering\"")));
        form().formParam("reason", "mine now")
                .when()
                .post("/manager/offerings/" + code + "/cancel")
                .then()
                .statusCode(403);
    }

    private static RequestSpecification form() {
        return given().cookie("topcop-csrf", "page-test-token").formParam("_csrf", "page-test-token");
    }
}
