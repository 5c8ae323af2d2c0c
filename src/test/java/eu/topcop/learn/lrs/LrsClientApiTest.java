package eu.topcop.learn.lrs;

import java.util.List;
import java.util.Map;

import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Administrators create and revoke LRS clients through the API; the LRS authenticates them with HTTP Basic. */
@QuarkusTest
class LrsClientApiTest {

    @Test
    void shouldShowTheSecretOnlyInTheCreationAnswer() {
        var created = given().auth()
                .oauth2(accessToken(Tokens.ADMIN))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Simulation centre", "scopes", List.of("statements/write", "all/read")))
                .post("/api/admin/lrs-clients")
                .then()
                .statusCode(201)
                .body("secret", notNullValue())
                .body("client.scopes", containsInAnyOrder("statements/write", "all/read"))
                // The creator is named by their person record, never by a username that can change hands.
                .body("client.createdBy", allOf(not(emptyOrNullString()), not(equalTo(Tokens.ADMIN))))
                .extract();
        String key = created.path("client.key");
        given().auth()
                .oauth2(accessToken(Tokens.ADMIN))
                .get("/api/admin/lrs-clients")
                .then()
                .statusCode(200)
                .body("key", hasItem(key))
                .body("secret", not(hasItem(notNullValue())));
    }

    @Test
    void shouldRefuseAClientWithoutNameOrWithAScopeTheSpecificationDoesNotName() {
        given().auth()
                .oauth2(accessToken(Tokens.ADMIN))
                .contentType(ContentType.JSON)
                .body(Map.of("name", " ", "scopes", List.of("statements/delete")))
                .post("/api/admin/lrs-clients")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("name", "scopes"));
    }

    @Test
    void shouldLetOnlyAdministratorsManageClients() {
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .get("/api/admin/lrs-clients")
                .then()
                .statusCode(403);
    }

    @Test
    void requestWithoutCredentialsIsRejectedWith401() {
        given().header("X-Experience-API-Version", "1.0.3")
                .get("/xapi/statements?statementId=" + java.util.UUID.randomUUID())
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", equalTo("Basic realm=\"xAPI\""))
                .header("X-Experience-API-Version", notNullValue());
    }

    @Test
    void revokedClientIsRejectedWith401() {
        LrsFixture.Client client = LrsFixture.client("statements/write");
        client.xapi("1.0.3")
                .body(LrsFixture.statement())
                .post("/xapi/statements")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(accessToken(Tokens.ADMIN))
                .delete("/api/admin/lrs-clients/" + client.key())
                .then()
                .statusCode(200)
                .body("revokedAt", notNullValue());
        client.xapi("1.0.3")
                .body(LrsFixture.statement())
                .post("/xapi/statements")
                .then()
                .statusCode(401);
    }

    @Test
    void wrongSecretIsRejectedWith401() {
        LrsFixture.Client client = LrsFixture.client("statements/write");
        new LrsFixture.Client(client.key(), client.secret() + "x")
                .xapi("1.0.3")
                .body(LrsFixture.statement())
                .post("/xapi/statements")
                .then()
                .statusCode(401);
    }

    @Test
    void clientWithoutTheScopeOfTheResourceIsRejectedWith403() {
        LrsFixture.Client reader = LrsFixture.client("statements/read");
        reader.xapi("1.0.3")
                .body(LrsFixture.statement())
                .post("/xapi/statements")
                .then()
                .statusCode(403);
        LrsFixture.Client writer = LrsFixture.client("statements/write");
        writer.xapi("1.0.3")
                .get("/xapi/statements?statementId=" + java.util.UUID.randomUUID())
                .then()
                .statusCode(403);
    }
}
