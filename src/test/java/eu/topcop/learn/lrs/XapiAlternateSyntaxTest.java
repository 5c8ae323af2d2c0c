package eu.topcop.learn.lrs;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * xAPI 1.0.3 Communication 1.3, Alternate Request Syntax: headers, content and parameters in a form, the method in
 * the query; and xAPI 2.0, which removed it.
 */
@QuarkusTest
class XapiAlternateSyntaxTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    private LrsFixture.Client client;

    @BeforeEach
    void createClient() {
        client = LrsFixture.client("statements/write", "statements/read");
    }

    @Test
    void putThroughTheAlternateSyntaxStoresTheStatementIn103() throws JsonProcessingException {
        String id = UUID.randomUUID().toString();
        alternate("1.0.3")
                .formParam("statementId", id)
                .formParam("Content-Type", "application/json")
                .formParam("content", new ObjectMapper().writeValueAsString(LrsFixture.statement()))
                .post("/xapi/statements?method=PUT")
                .then()
                .statusCode(204)
                .header("X-Experience-API-Version", equalTo("1.0.3"));
        alternate("1.0.3")
                .formParam("statementId", id)
                .post("/xapi/statements?method=GET")
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
    }

    @Test
    void alternateSyntaxIsRefusedWith400In200() throws JsonProcessingException {
        alternate("2.0.0")
                .formParam("statementId", UUID.randomUUID().toString())
                .formParam("content", new ObjectMapper().writeValueAsString(LrsFixture.statement()))
                .post("/xapi/statements?method=PUT")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("method"));
    }

    @Test
    void alternateSyntaxWithAnotherQueryParameterIsRefusedWith400() {
        alternate("1.0.3")
                .post("/xapi/statements?method=GET&statementId=" + UUID.randomUUID())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("statementId"));
    }

    @Test
    void alternateSyntaxWithAnUnknownMethodIsRefusedWith400() {
        alternate("1.0.3")
                .formParam("statementId", UUID.randomUUID().toString())
                .post("/xapi/statements?method=PATCH")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("method"));
    }

    @Test
    void alternateSyntaxNeedsTheClientsCredentialsLikeAnyRequest() {
        given().contentType(FORM)
                .formParam("X-Experience-API-Version", "1.0.3")
                .formParam("statementId", UUID.randomUUID().toString())
                .post("/xapi/statements?method=GET")
                .then()
                .statusCode(401);
    }

    /** A request in the alternate syntax: Authorization and version in the form, nothing but the form's type. */
    private RequestSpecification alternate(String version) {
        String basic = Base64.getEncoder()
                .encodeToString((client.key() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8));
        return given().contentType(FORM)
                .formParam("Authorization", "Basic " + basic)
                .formParam("X-Experience-API-Version", version);
    }
}
