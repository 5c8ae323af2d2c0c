package eu.topcop.learn.catalogue;

import jakarta.inject.Inject;

import eu.topcop.learn.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * A repeat visit to a catalogue, module or lesson page costs a 304 while the reader would see the same page,
 * and a full page again once it changed: a new offering, another language, a lesson read.
 */
@QuarkusTest
class PageRevalidationTest {

    private static final String TOKEN = "revalidation-test-token";

    @Inject
    OfferingService offerings;

    private final OfferingFixture fixture = new OfferingFixture();

    @Test
    @TestSecurity(user = "revisiting-trainee", roles = Roles.TRAINEE)
    void shouldAnswerNotModifiedForAnUnchangedCatalogueUntilAnOfferingIsPublished() {
        String etag = page().get("/catalogue")
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .header("Cache-Control", equalTo("private, no-cache"))
                .header("Vary", containsString("Cookie"))
                .header("Vary", containsString("Accept-Language"))
                .header("Last-Modified", nullValue())
                .extract()
                .header("ETag");
        page().header("If-None-Match", etag)
                .get("/catalogue")
                .then()
                .statusCode(304)
                .body(emptyString());

        offerings.publish(
                fixture.faceToFace("smuggling-regional-training", 30, "Border Academy, Batumi", "GE", "en"),
                "manager",
                "Manager");
        page().header("If-None-Match", etag)
                .get("/catalogue")
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(etag)));
    }

    @Test
    @TestSecurity(user = "revisiting-trainee", roles = Roles.TRAINEE)
    void shouldAnswerNotModifiedForOfferingCourseCurriculumAndModulePagesButNotInAnotherLanguage() {
        String code = offerings.publish(
                        fixture.faceToFace("smuggling-regional-training", 40, "Police College, Chisinau", "MD", "ro"),
                        "manager",
                        "Manager")
                .code;
        for (String path : new String[] {
            "/catalogue/offerings/" + code,
            "/catalogue/courses/smuggling-regional-training",
            "/catalogue/curricula/smuggling-curriculum",
            "/modules/smuggling-ilp",
            "/modules/smuggling-ilp/lessons/1"
        }) {
            String english = revisitedAsNotModified(path);
            page("ru")
                    .header("If-None-Match", english)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .header("ETag", not(equalTo(english)));
        }
    }

    @Test
    @TestSecurity(user = "revisiting-learner", roles = Roles.TRAINEE)
    void shouldAnswerNotModifiedForAnUnchangedLessonUntilItIsRead() {
        page().redirects().follow(false).formParam("_csrf", TOKEN).post("/learning/modules/firearms-ilp/start");
        String path = "/learning/modules/firearms-ilp/lessons/1";
        String etag = revisitedAsNotModified(path);

        page().redirects()
                .follow(false)
                .formParam("_csrf", TOKEN)
                .post(path + "/read")
                .then()
                .statusCode(303);
        page().header("If-None-Match", etag).get(path).then().statusCode(200).header("ETag", not(equalTo(etag)));
    }

    @Test
    @TestSecurity(user = "first-visitor", roles = Roles.TRAINEE)
    void shouldNotRevalidateAFirstVisitThatSetsTheCsrfCookie() {
        given().get("/catalogue")
                .then()
                .statusCode(200)
                .header("Set-Cookie", containsString("topcop-csrf="))
                .header("ETag", nullValue());
    }

    @Test
    @TestSecurity(user = "revisiting-trainee", roles = Roles.TRAINEE)
    void shouldNotRevalidateAPageWithAOneTimeNotice() {
        page().get("/catalogue?done=x").then().statusCode(200).header("ETag", nullValue());
    }

    private static String revisitedAsNotModified(String path) {
        String etag = page().get(path).then().statusCode(200).extract().header("ETag");
        page().header("If-None-Match", etag).get(path).then().statusCode(304).body(emptyString());
        return etag;
    }

    /** A returning browser: it holds the CSRF cookie its first visit was given. */
    private static RequestSpecification page() {
        return page("en");
    }

    private static RequestSpecification page(String language) {
        return given().cookie("topcop-csrf", TOKEN).header("Accept-Language", language);
    }
}
