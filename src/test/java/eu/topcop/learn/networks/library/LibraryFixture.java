package eu.topcop.learn.networks.library;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.NetworkAccess;
import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Library documents made through the service, and files of every kind the library meets. */
@ApplicationScoped
public class LibraryFixture {

    @Inject
    LibraryService library;

    public static LibraryViews.DocumentInput input(String title, String body, String access, List<Long> readers) {
        return new LibraryViews.DocumentInput(
                "GUIDELINE",
                title,
                "A summary of " + title,
                body,
                "en",
                access,
                List.of("firearms-trafficking"),
                List.of("UA"),
                List.of(),
                readers,
                null,
                null);
    }

    /** A draft written by the viewer in the network. */
    public long draft(
            String network, NetworkAccess.Viewer author, String title, String body, String access, List<Long> readers) {
        return library.create(network, input(title, body, access, readers), null, author).id;
    }

    /** A document written by the author and published by the moderator. */
    public long published(
            String network,
            NetworkAccess.Viewer author,
            NetworkAccess.Viewer moderator,
            String title,
            String body,
            String access,
            List<Long> readers) {
        long id = draft(network, author, title, body, access, readers);
        library.submit(id, author);
        library.publish(id, moderator);
        return id;
    }

    /** The person of a demo user, recorded by their first signed-in request. */
    public Person signedIn(String username) {
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(Tokens.accessToken(username))
                .get("/api/library/documents")
                .then()
                .statusCode(200);
        String subject = Tokens.subject(username);
        return QuarkusTransaction.requiringNew()
                .call(() -> Person.<Person>find("subject", subject).singleResult());
    }

    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return new byte[] {
            (byte) 0x89,
            'P',
            'N',
            'G',
            '\r',
            '\n',
            0x1a,
            '\n',
            0,
            0,
            0,
            13,
            'I',
            'H',
            'D',
            'R',
            0,
            0,
            0,
            1,
            0,
            0,
            0,
            1,
            8,
            6,
            0,
            0,
            0,
            0x1f,
            0x15,
            (byte) 0xc4,
            (byte) 0x89
        };
    }

    public static byte[] docx() {
        return zip(List.of("[Content_Types].xml", "_rels/.rels", "word/document.xml"));
    }

    public static byte[] zip(List<String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><head><script>alert(1)</script></head><body>Hi</body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }
}
