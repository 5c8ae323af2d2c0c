package eu.topcop.learn.lrs;

import eu.topcop.learn.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Administrators create and revoke LRS clients on a page; the secret is shown once, on the creation's answer. */
@QuarkusTest
class LrsClientPagesTest {

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void shouldShowTheSecretOnceAndRevokeTheClient() {
        String html = form().formParam("name", "Mobile app")
                .formParam("scopes", "statements/write")
                .formParam("scopes", "statements/read/mine")
                .post("/admin/lrs-clients")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .extract()
                .asString();
        Document page = Jsoup.parse(html);
        String key = page.selectFirst("[data-testid=lrs-key]").text();
        String secret = page.selectFirst("[data-testid=lrs-secret]").text();
        assertFalse(secret.isBlank());
        String again = given().get("/admin/lrs-clients")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertFalse(again.contains(secret), "the secret is shown only once");
        form().post("/admin/lrs-clients/" + key + "/revoke").then().statusCode(303);
        new LrsFixture.Client(key, secret)
                .xapi("1.0.3")
                .body(LrsFixture.statement())
                .post("/xapi/statements")
                .then()
                .statusCode(401);
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void shouldRefuseAClientWithoutScopesNamingTheField() {
        String html = form().formParam("name", "No scopes")
                .post("/admin/lrs-clients")
                .then()
                .statusCode(422)
                .body(containsString("No scopes"))
                .extract()
                .asString();
        assertEquals(
                1,
                Jsoup.parse(html)
                        .select("[data-testid=field-error][data-field=scopes]")
                        .size());
    }

    @Test
    @TestSecurity(user = "trainee", roles = Roles.TRAINEE)
    void shouldRefuseThePageToOthers() {
        given().get("/admin/lrs-clients").then().statusCode(403);
    }

    private static RequestSpecification form() {
        return given().redirects()
                .follow(false)
                .cookie("topcop-csrf", "page-test-token")
                .formParam("_csrf", "page-test-token");
    }
}
