package eu.topcop.learn.platform;

import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/** Pages: public landing, sign-in through Keycloak for everything else, 403 pages for the wrong role. */
@QuarkusTest
class PageSecurityTest {

    @Test
    void shouldShowLandingPageToAnonymousVisitor() {
        given().when()
                .get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("data-testid=\"landing-sign-in\""));
    }

    @Test
    void shouldSendAnonymousVisitorToKeycloakSignIn() {
        given().redirects()
                .follow(false)
                .when()
                .get("/home")
                .then()
                .statusCode(302)
                .header("Location", startsWith(Tokens.keycloakRealmUrl() + "/protocol/openid-connect/auth"))
                .header("Location", containsString("client_id=topcop-web"));
    }

    @Test
    void shouldSendAnonymousVisitorOfManagerAreaToSignIn() {
        given().redirects()
                .follow(false)
                .when()
                .get("/manager")
                .then()
                .statusCode(302)
                .header("Location", startsWith(Tokens.keycloakRealmUrl()));
    }

    @Test
    @TestSecurity(user = "trainee", roles = Roles.TRAINEE)
    void shouldForbidTraineeTheManagerAreaWithFriendlyPage() {
        given().header("Accept-Language", "uk")
                .when()
                .get("/manager")
                .then()
                .statusCode(403)
                .contentType(containsString("text/html"))
                .body(containsString("data-testid=\"error-page\""))
                .body(containsString("lang=\"uk\""));
    }

    @Test
    @TestSecurity(user = "manager", roles = Roles.COURSE_MANAGER)
    void shouldShowManagerAreaToCourseManager() {
        given().when().get("/manager").then().statusCode(200).body(containsString("data-testid=\"coverage\""));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void shouldShowManagerAreaToAdministrator() {
        given().when().get("/manager").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "coordinator", roles = Roles.NATIONAL_COORDINATOR)
    void shouldForbidNationalCoordinatorTheManagerArea() {
        given().when().get("/manager").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "trainee", roles = Roles.TRAINEE)
    void shouldShowTraineeHomeWithBothPriorityLists() {
        given().when()
                .get("/home")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"portfolio-priorities\""))
                .body(containsString("data-code=\"organised-property-crime\""))
                .body(containsString("data-code=\"empact-2026-drug-trafficking\""));
    }

    @Test
    @TestSecurity(user = "trainee", roles = Roles.TRAINEE)
    void shouldSwapEmpactListForAnotherCycleAsFragment() {
        given().queryParam("cycle", "2022-2025")
                .when()
                .get("/home/empact")
                .then()
                .statusCode(200)
                .body(containsString("data-code=\"empact-2022-fraudulent-documents\""))
                .body(org.hamcrest.Matchers.not(containsString("<html")));
    }

    @Test
    @TestSecurity(user = "trainee", roles = Roles.TRAINEE)
    void shouldShowFriendly404PageForUnknownCycle() {
        given().queryParam("cycle", "1900-1903")
                .when()
                .get("/home")
                .then()
                .statusCode(404)
                .body(containsString("data-testid=\"error-page\""))
                .body(org.hamcrest.Matchers.not(containsString("Exception")));
    }
}
