package eu.topcop.learn.networks.discussions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.inject.Inject;

import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkFixture;
import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Files on posts: checked by their bytes, kept in the database, downloaded by the network's readers only. */
@QuarkusTest
class DiscussionAttachmentTest {

    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] EXE = bytes("MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000PE\u0000\u0000");
    static final byte[] HTML =
            "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.US_ASCII);

    @Inject
    NetworkFixture networks;

    @Inject
    DiscussionFixture people;

    private static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.accessToken(username));
    }

    private static String base(Network network) {
        return "/api/networks/" + network.code + "/discussions";
    }

    private long thread(Network network) {
        return as(Tokens.TRAINEE)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Files", "body", "Share your templates", "language", "en"))
                .post(base(network))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("thread.id");
    }

    @Test
    void shouldAttachFilesCheckedByContentAndLetOnlyReadersDownloadThem() throws IOException {
        Network network = networks.network();
        networks.member(network, people.signedIn(Tokens.TRAINEE));
        long thread = thread(network);
        var created = as(Tokens.TRAINEE)
                .multiPart("body", "Our template and a scan")
                .multiPart("language", "en")
                .multiPart("attachments", "../../report<final>.pdf", PDF, "application/octet-stream")
                .multiPart("attachments", "notes.txt", "Заметки".getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("attachments", "form.docx", docx(), "application/octet-stream")
                .post(base(network) + "/" + thread + "/posts/with-attachments")
                .then()
                .statusCode(201)
                .body(
                        "attachments.mediaType",
                        equalTo(java.util.List.of(
                                "application/pdf",
                                "text/plain",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")))
                .extract()
                .jsonPath();
        long pdf = created.getLong("attachments[0].id");

        var download = as(Tokens.TRAINEE)
                .get(base(network) + "/" + thread + "/attachments/" + pdf)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", containsString("attachment; filename=\"report_final_.pdf\""))
                .extract();
        assertArrayEquals(PDF, download.asByteArray());
        as(Tokens.TRAINEE)
                .get(base(network) + "/" + thread)
                .then()
                .body("posts[1].attachments.fileName", hasItem("notes.txt"));

        people.signedIn(Tokens.COORDINATOR);
        as(Tokens.COORDINATOR)
                .get(base(network) + "/" + thread + "/attachments/" + pdf)
                .then()
                .statusCode(403);
        Network other = networks.network();
        networks.member(other, people.signedIn(Tokens.COORDINATOR));
        long otherThread = as(Tokens.COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Elsewhere", "body", "x"))
                .post(base(other))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("thread.id");
        as(Tokens.COORDINATOR)
                .get(base(other) + "/" + otherThread + "/attachments/" + pdf)
                .then()
                .statusCode(404); // another network's file is not found through one's own
        as(Tokens.TRAINEE)
                .get(base(network) + "/" + thread + "/attachments/999999999")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseDisguisedOversizedAndTooManyFilesNamingTheFieldAndSaveNothing() {
        Network network = networks.network();
        networks.member(network, people.signedIn(Tokens.TRAINEE));
        long thread = thread(network);
        String reply = base(network) + "/" + thread + "/posts/with-attachments";
        long posts = people.count("discussion_post");
        long files = people.count("discussion_attachment");

        as(Tokens.TRAINEE)
                .multiPart("body", "A fine text")
                .multiPart("attachments", "fine.pdf", PDF, "application/pdf")
                .multiPart("attachments", "invoice.pdf", EXE, "application/pdf")
                .post(reply)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("attachments"))
                .body("errors[0].message", containsString("application/x-msdownload"));
        as(Tokens.TRAINEE)
                .multiPart("title", "Page")
                .multiPart("body", "A web page in disguise")
                .multiPart("attachments", "agenda.pdf", HTML, "application/pdf")
                .post(base(network) + "/with-attachments")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("attachments"))
                .body("errors[0].message", containsString("text/html"));
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        as(Tokens.TRAINEE)
                .multiPart("body", "Too big")
                .multiPart("attachments", "big.txt", big, "text/plain")
                .post(reply)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("attachments"))
                .body("errors[0].message", containsString("is larger than 10485760 bytes"));
        var six = as(Tokens.TRAINEE).multiPart("body", "Too many");
        for (int i = 0; i < 6; i++) {
            six = six.multiPart("attachments", "n" + i + ".txt", "text".getBytes(StandardCharsets.UTF_8), "text/plain");
        }
        six.post(reply).then().statusCode(422).body("errors[0].field", equalTo("attachments"));
        as(Tokens.TRAINEE)
                .multiPart("body", "Empty")
                .multiPart("attachments", "empty.txt", new byte[0], "text/plain")
                .post(reply)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("attachments"));

        assertEquals(posts, people.count("discussion_post"), "a post with a refused file is not saved");
        assertEquals(files, people.count("discussion_attachment"));
    }

    @Test
    void shouldAnswerABodyOverTheUploadLimitWithAProblemBeforeReadingIt() {
        Network network = networks.network();
        networks.member(network, people.signedIn(Tokens.TRAINEE));
        long thread = thread(network);
        String boundary = "limit-test-boundary";
        byte[] huge = new byte[53 * 1024 * 1024];
        byte[] head = ("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"huge.txt\"\r\n"
                        + "Content-Type: text/plain\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + huge.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, head.length + huge.length, tail.length);
        as(Tokens.TRAINEE)
                .contentType("multipart/form-data; boundary=" + boundary)
                .body(body)
                .post(base(network) + "/" + thread + "/posts/with-attachments")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("title", equalTo("Request body too large"));
    }

    static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }
}
