package eu.topcop.learn.lrs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.lrs.AttachmentFixture.Part;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static eu.topcop.learn.lrs.AttachmentFixture.TEXT_USAGE;
import static eu.topcop.learn.lrs.AttachmentFixture.attachment;
import static eu.topcop.learn.lrs.AttachmentFixture.body;
import static eu.topcop.learn.lrs.AttachmentFixture.multipart;
import static eu.topcop.learn.lrs.AttachmentFixture.sha256;
import static eu.topcop.learn.lrs.AttachmentFixture.statementWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Statements with attachments (xAPI 1.0.3 Communication 1.5 and Data 2.4.11; the same rules in 2.0.0), named by the
 * requirement each test proves. A refused request stores nothing: neither its statements nor its content.
 */
@QuarkusTest
class XapiAttachmentsTest {

    private static final byte[] TEXT = "here is a simple attachment".getBytes(StandardCharsets.UTF_8);

    @Inject
    EntityManager em;

    private LrsFixture.Client client;

    @BeforeEach
    void createClient() {
        client = LrsFixture.client("statements/write", "statements/read");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void multipartStatementWithItsAttachmentPartIsStoredAndAnsweredWithAttachmentsTrue(String version)
            throws Exception {
        byte[] content = unique("a certificate scan");
        String id = multipart(
                        client,
                        version,
                        body(
                                statementWith(attachment(TEXT_USAGE, "text/plain; charset=ascii", content)),
                                Part.of("text/plain", content)))
                .post("/xapi/statements")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .extract()
                .path("[0]");
        Response answer = client.xapi(version).get("/xapi/statements?statementId=" + id + "&attachments=true");
        assertEquals(200, answer.statusCode());
        assertEquals("multipart/mixed", StatementAttachments.mediaType(answer.contentType()));
        List<MultipartMixed.Part> parts = AttachmentFixture.parts(answer);
        assertEquals(2, parts.size());
        assertEquals(
                id,
                AttachmentFixture.JSON
                        .readTree(parts.get(0).content())
                        .get("id")
                        .asText());
        assertEquals("application/json", parts.get(0).header("Content-Type").orElseThrow());
        assertArrayEquals(content, parts.get(1).content());
        assertEquals(
                sha256(content), parts.get(1).header("X-Experience-API-Hash").orElseThrow());
        assertEquals("binary", parts.get(1).header("Content-Transfer-Encoding").orElseThrow());
        // Without attachments=true the answer is the statement alone, as JSON.
        client.xapi(version)
                .get("/xapi/statements?statementId=" + id)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"));
    }

    @Test
    void putWithAttachmentPartStoresTheStatementWith204() {
        byte[] content = unique("put");
        String id = UUID.randomUUID().toString();
        multipart(client, "1.0.3", body(statementWith(attachment(TEXT_USAGE, "text/plain", content)), part(content)))
                .put("/xapi/statements?statementId=" + id)
                .then()
                .statusCode(204);
        assertEquals(1L, count("SELECT COUNT(*) FROM xapi_statement_attachment WHERE statement_id = '" + id + "'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void attachmentWithNeitherFileUrlNorPartIsRejected(String version) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> statement = statementWith(attachment(TEXT_USAGE, "text/plain", unique("missing")));
        statement.put("id", id);
        multipart(client, version, body(statement))
                .post("/xapi/statements")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("attachments[0]"));
        client.xapi(version).get("/xapi/statements?statementId=" + id).then().statusCode(404);
    }

    @Test
    void partThatMatchesNoAttachmentIsRejectedAndNothingIsStored() {
        byte[] declared = unique("declared");
        byte[] extra = unique("extra");
        String id = UUID.randomUUID().toString();
        Map<String, Object> statement = statementWith(attachment(TEXT_USAGE, "text/plain", declared));
        statement.put("id", id);
        multipart(client, "2.0.0", body(statement, part(declared), part(extra)))
                .post("/xapi/statements")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("parts[2]"));
        client.xapi("2.0.0").get("/xapi/statements?statementId=" + id).then().statusCode(404);
        assertEquals(
                0L,
                count("SELECT COUNT(*) FROM xapi_attachment WHERE sha2 IN ('" + sha256(declared) + "', '"
                        + sha256(extra) + "')"));
    }

    @Test
    void partWhoseContentDoesNotMatchItsHashIsRejected() {
        byte[] content = unique("hashed");
        multipart(
                        client,
                        "1.0.3",
                        body(
                                statementWith(attachment(TEXT_USAGE, "text/plain", content)),
                                part(content).with("X-Experience-API-Hash", sha256(unique("other")))))
                .post("/xapi/statements")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("parts[1].X-Experience-API-Hash"));
    }

    @Test
    void partWithoutHashHeaderIsRejected() {
        byte[] content = unique("no hash");
        multipart(
                        client,
                        "1.0.3",
                        body(
                                statementWith(attachment(TEXT_USAGE, "text/plain", content)),
                                part(content).with("X-Experience-API-Hash", null)))
                .post("/xapi/statements")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("parts[1].X-Experience-API-Hash"));
    }

    @Test
    void partWhoseContentTypeDiffersFromItsAttachmentIsRejected() {
        byte[] content = unique("typed");
        multipart(client, "2.0.0", body(statementWith(attachment(TEXT_USAGE, "image/png", content)), part(content)))
                .post("/xapi/statements")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("attachments[0].contentType"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void fileUrlOnlyAttachmentIsAcceptedAsJsonAndAsMultipartWithoutPart(String version) {
        Map<String, Object> attachment = attachment(TEXT_USAGE, "text/plain", unique("remote"));
        attachment.put("fileUrl", "https://academy.example/files/certificate.txt");
        client.xapi(version)
                .body(statementWith(attachment))
                .post("/xapi/statements")
                .then()
                .statusCode(200);
        multipart(client, version, body(statementWith(attachment)))
                .post("/xapi/statements")
                .then()
                .statusCode(200);
    }

    @Test
    void attachmentWithoutFileUrlSentAsJsonIsRejected() {
        client.xapi("1.0.3")
                .body(statementWith(attachment(TEXT_USAGE, "text/plain", unique("json"))))
                .post("/xapi/statements")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("attachments[0]"));
    }

    @Test
    void firstPartThatIsNotJsonIsRejected() {
        byte[] text = ("--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b--\r\n").getBytes(StandardCharsets.UTF_8);
        client.xapi("1.0.3")
                .contentType("multipart/mixed; boundary=b")
                .body(text)
                .post("/xapi/statements")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("parts[0].Content-Type"));
    }

    @Test
    void bodyThatIsNotMultipartIsRejectedWith400() {
        client.xapi("1.0.3")
                .contentType("multipart/mixed; boundary=b")
                .body("no boundary here".getBytes(StandardCharsets.UTF_8))
                .post("/xapi/statements")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("body"));
    }

    @Test
    void requestLargerThanConfiguredIsRefusedWith413() {
        byte[] large = new byte[2 * 1024 * 1024 + 1];
        multipart(
                        client,
                        "1.0.3",
                        body(
                                statementWith(attachment(TEXT_USAGE, "application/octet-stream", large)),
                                Part.of("application/octet-stream", large)))
                .post("/xapi/statements")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void sameContentInTwoStatementsIsSentAndKeptOnce() throws Exception {
        byte[] content = unique("shared");
        Map<String, Object> attachment = attachment(TEXT_USAGE, "text/plain", content);
        List<String> ids = multipart(
                        client,
                        "2.0.0",
                        body(List.of(statementWith(attachment), statementWith(attachment)), part(content)))
                .post("/xapi/statements")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        assertEquals(1L, count("SELECT COUNT(*) FROM xapi_attachment WHERE sha2 = '" + sha256(content) + "'"));
        for (String id : ids) {
            Response answer = client.xapi("2.0.0").get("/xapi/statements?statementId=" + id + "&attachments=true");
            assertArrayEquals(content, AttachmentFixture.parts(answer).get(1).content());
        }
    }

    @Test
    void attachmentsParameterOtherThanTrueOrFalseIsRejected() {
        String id = client.xapi("1.0.3")
                .body(LrsFixture.statement())
                .post("/xapi/statements")
                .then()
                .statusCode(200)
                .extract()
                .path("[0]");
        client.xapi("1.0.3")
                .get("/xapi/statements?statementId=" + id + "&attachments=yes")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("attachments"));
    }

    private static Part part(byte[] content) {
        return Part.of("text/plain", content);
    }

    /** Content no other test sends, so that its row is this test's. */
    private static byte[] unique(String text) {
        return (text + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
