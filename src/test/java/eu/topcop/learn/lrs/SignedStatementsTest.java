package eu.topcop.learn.lrs;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Map;
import java.util.UUID;

import eu.topcop.learn.lrs.AttachmentFixture.Part;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static eu.topcop.learn.lrs.AttachmentFixture.SIGNATURE;
import static eu.topcop.learn.lrs.AttachmentFixture.attachment;
import static eu.topcop.learn.lrs.AttachmentFixture.body;
import static eu.topcop.learn.lrs.AttachmentFixture.jws;
import static eu.topcop.learn.lrs.AttachmentFixture.multipart;
import static org.hamcrest.Matchers.hasItem;

/**
 * Signed statements (xAPI 1.0.3 Data 2.6; the same rules in 2.0.0): a JWS attachment whose payload is the statement
 * as signed, with RS256, RS384 or RS512, checked against its x5c certificate when it carries one. Anything else is
 * refused with 400 and nothing is stored.
 */
@QuarkusTest
class SignedStatementsTest {

    private LrsFixture.Client client;

    @BeforeEach
    void createClient() {
        client = LrsFixture.client("statements/write", "statements/read");
    }

    @ParameterizedTest
    @CsvSource({"1.0.3, RS256", "1.0.3, RS384", "2.0.0, RS256", "2.0.0, RS512"})
    void statementSignedWithItsX5cCertificateIsAccepted(String version, String alg) {
        Map<String, Object> statement = statement();
        byte[] signature = jws(statement, alg, true).getBytes(StandardCharsets.US_ASCII);
        String id = send(version, statement, signature)
                .then()
                .statusCode(200)
                .extract()
                .path("[0]");
        client.xapi(version).get("/xapi/statements?statementId=" + id).then().statusCode(200);
    }

    @Test
    void signatureWithoutX5cIsAcceptedWhenItsPayloadMatches() {
        Map<String, Object> statement = statement();
        send("2.0.0", statement, jws(statement, "RS256", false).getBytes(StandardCharsets.US_ASCII))
                .then()
                .statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void statementChangedAfterSigningIsRejected(String version) {
        Map<String, Object> statement = statement();
        byte[] signature = jws(statement, "RS256", true).getBytes(StandardCharsets.US_ASCII);
        statement.put("verb", Map.of("id", "http://adlnet.gov/expapi/verbs/passed"));
        send(version, statement, signature)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("attachments[0]"));
        client.xapi(version)
                .get("/xapi/statements?statementId=" + statement.get("id"))
                .then()
                .statusCode(404);
    }

    @Test
    void signatureWithAnAlgorithmOtherThanRsaShaIsRejected() {
        Map<String, Object> statement = statement();
        // A well-made RS256 signature whose header claims HS256: the algorithm itself is refused.
        String[] sections = jws(statement, "RS256", false).split("\\.");
        String header = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.US_ASCII));
        byte[] signature = (header + "." + sections[1] + "." + sections[2]).getBytes(StandardCharsets.US_ASCII);
        send("1.0.3", statement, signature).then().statusCode(400).body("errors.field", hasItem("attachments[0]"));
    }

    @Test
    void signatureThatDoesNotVerifyWithItsX5cCertificateIsRejected() throws Exception {
        Map<String, Object> statement = statement();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] signature = jws(
                        statement, "RS256", true, generator.generateKeyPair().getPrivate())
                .getBytes(StandardCharsets.US_ASCII);
        send("2.0.0", statement, signature).then().statusCode(400).body("errors.field", hasItem("attachments[0]"));
    }

    @Test
    void signatureThatIsNotAJwsIsRejected() {
        Map<String, Object> statement = statement();
        send("1.0.3", statement, "not a signature".getBytes(StandardCharsets.US_ASCII))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("attachments[0]"));
    }

    @Test
    void signatureAttachmentNotOfTypeOctetStreamIsRejected() {
        Map<String, Object> statement = statement();
        byte[] signature = jws(statement, "RS256", true).getBytes(StandardCharsets.US_ASCII);
        Map<String, Object> attachment = attachment(SIGNATURE, "text/plain", signature);
        Map<String, Object> signed = new java.util.HashMap<>(statement);
        signed.put("attachments", java.util.List.of(attachment));
        multipart(client, "2.0.0", body(signed, Part.of("text/plain", signature)))
                .post("/xapi/statements")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("attachments[0].contentType"));
    }

    /** A statement with its id, as a Learning Record Provider signs it before adding the signature. */
    private static Map<String, Object> statement() {
        Map<String, Object> statement = LrsFixture.statement();
        statement.put("id", UUID.randomUUID().toString());
        statement.put("timestamp", "2026-03-01T10:15:30.000Z");
        return statement;
    }

    /** Sends the statement with the signature attachment added, and its part. */
    private io.restassured.response.Response send(String version, Map<String, Object> statement, byte[] signature) {
        Map<String, Object> signed = new java.util.HashMap<>(statement);
        signed.put("attachments", java.util.List.of(attachment(SIGNATURE, "application/octet-stream", signature)));
        return multipart(client, version, body(signed, Part.of("application/octet-stream", signature)))
                .post("/xapi/statements");
    }
}
