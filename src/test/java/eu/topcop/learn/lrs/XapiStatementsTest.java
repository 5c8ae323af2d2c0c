package eu.topcop.learn.lrs;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** The statement resource and the version header, named by the xAPI requirement each test proves. */
@QuarkusTest
class XapiStatementsTest {

    private LrsFixture.Client client;

    @BeforeEach
    void createClient() {
        client = LrsFixture.client("statements/write", "statements/read");
    }

    @Test
    void aboutAnswersTheSupportedVersionsWithoutAVersionHeader() {
        given().get("/xapi/about")
                .then()
                .statusCode(200)
                .header("X-Experience-API-Version", equalTo("2.0.0"))
                .body("version", contains("1.0.3", "2.0.0"));
    }

    @Test
    void requestWithoutVersionHeaderIsRejectedWith400() {
        client.xapi(null)
                .body(LrsFixture.statement())
                .post("/xapi/statements")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("X-Experience-API-Version"));
    }

    @Test
    void requestWithUnsupportedVersionIsRejectedWith400() {
        client.xapi("0.95")
                .body(LrsFixture.statement())
                .post("/xapi/statements")
                .then()
                .statusCode(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.0.0", "1.0.1", "1.0.2", "1.0.3", "2.0.0"})
    void everyAnswerNamesTheVersionUsed(String version) {
        client.xapi(version)
                .body(LrsFixture.statement())
                .post("/xapi/statements")
                .then()
                .statusCode(200)
                .header("X-Experience-API-Version", equalTo(version.startsWith("1.0") ? "1.0.3" : "2.0.0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void postedStatementGetsIdStoredAndAuthorityFromTheLrs(String version) {
        String id = client.xapi(version)
                .body(List.of(LrsFixture.statement()))
                .post("/xapi/statements")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .extract()
                .path("[0]");
        client.xapi(version)
                .get("/xapi/statements?statementId=" + id)
                .then()
                .statusCode(200)
                .header("X-Experience-API-Consistent-Through", notNullValue())
                .body("id", equalTo(id))
                .body("stored", notNullValue())
                .body("timestamp", notNullValue())
                .body("authority.account.name", equalTo(client.key()));
    }

    @Test
    void putStoresTheStatementUnderItsIdWith204() {
        String id = UUID.randomUUID().toString();
        client.xapi("1.0.3")
                .body(LrsFixture.statement())
                .put("/xapi/statements?statementId=" + id)
                .then()
                .statusCode(204);
        client.xapi("1.0.3")
                .get("/xapi/statements?statementId=" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
    }

    @Test
    void sameIdWithADifferentStatementIsRejectedWith409() {
        String id = UUID.randomUUID().toString();
        client.xapi("1.0.3")
                .body(LrsFixture.statement())
                .put("/xapi/statements?statementId=" + id)
                .then()
                .statusCode(204);
        // The same statement again is no conflict: nothing changes.
        client.xapi("1.0.3")
                .body(LrsFixture.statement())
                .put("/xapi/statements?statementId=" + id)
                .then()
                .statusCode(204);
        Map<String, Object> other = LrsFixture.statement();
        other.put("verb", Map.of("id", "http://adlnet.gov/expapi/verbs/completed"));
        client.xapi("1.0.3")
                .body(other)
                .put("/xapi/statements?statementId=" + id)
                .then()
                .statusCode(409);
    }

    @Test
    void batchWithOneInvalidStatementStoresNothing() {
        String good = UUID.randomUUID().toString();
        Map<String, Object> first = LrsFixture.statement();
        first.put("id", good);
        Map<String, Object> bad = LrsFixture.statement();
        bad.put("verb", Map.of("id", "not an iri"));
        client.xapi("1.0.3")
                .body(List.of(first, bad))
                .post("/xapi/statements")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("[1].verb.id"));
        client.xapi("1.0.3").get("/xapi/statements?statementId=" + good).then().statusCode(404);
    }

    @Test
    void voidedStatementIsReturnedOnlyByVoidedStatementId() {
        String target = UUID.randomUUID().toString();
        client.xapi("1.0.3")
                .body(LrsFixture.statement())
                .put("/xapi/statements?statementId=" + target)
                .then()
                .statusCode(204);
        Map<String, Object> voiding = LrsFixture.statement();
        voiding.put("verb", Map.of("id", StatementValidator.VOIDED, "display", Map.of("en-US", "voided")));
        voiding.put("object", Map.of("objectType", "StatementRef", "id", target));
        client.xapi("1.0.3").body(voiding).post("/xapi/statements").then().statusCode(200);
        client.xapi("1.0.3")
                .get("/xapi/statements?statementId=" + target)
                .then()
                .statusCode(404);
        client.xapi("1.0.3")
                .get("/xapi/statements?voidedStatementId=" + target)
                .then()
                .statusCode(200)
                .body("id", equalTo(target));
    }

    @Test
    void voidingStatementWhoseObjectIsNotAStatementRefIsRejected() {
        Map<String, Object> voiding = LrsFixture.statement();
        voiding.put("verb", Map.of("id", StatementValidator.VOIDED));
        client.xapi("1.0.3")
                .body(voiding)
                .post("/xapi/statements")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("object.objectType"));
    }

    @Test
    void statementWithTwoInverseFunctionalIdentifiersIsRejected() {
        Map<String, Object> statement = LrsFixture.statement();
        statement.put("actor", Map.of("mbox", "mailto:a@academy.example", "openid", "https://id.academy.example/a"));
        client.xapi("1.0.3")
                .body(statement)
                .post("/xapi/statements")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("actor"));
    }
}
