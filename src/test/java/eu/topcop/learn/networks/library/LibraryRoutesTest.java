package eu.topcop.learn.networks.library;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkFixture;
import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every library route of the API walked with real Keycloak tokens, as the author, a moderator, the named reader of a
 * restricted document, a member not named, and another country's coordinator who is no member: what each reads
 * (including files and search results) and what each may do.
 */
@QuarkusTest
class LibraryRoutesTest {

    /** Ukrainian officer: the author. */
    static final String AUTHOR = Tokens.TRAINEE_UA;
    /** Armenian trainer: the network's moderator. */
    static final String MODERATOR = Tokens.TRAINER;
    /** Georgian trainee: a member, named reader of the restricted document. */
    static final String NAMED = Tokens.TRAINEE;
    /** Content author: a member who is not named. */
    static final String UNNAMED = Tokens.AUTHOR;
    /** Georgian national coordinator, no member, from another country than the document's. */
    static final String COORDINATOR = Tokens.COORDINATOR;

    @Inject
    NetworkFixture networks;

    @Test
    void shouldEnforceTheAccessLevelOnEveryRouteForEveryKindOfViewer() {
        Network network = networks.network();
        networks.member(network, person(AUTHOR));
        networks.moderator(network, person(MODERATOR));
        Person named = person(NAMED);
        networks.member(network, named);
        networks.member(network, person(UNNAMED));
        person(COORDINATOR);
        String word = "kw" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

        Map<String, Object> body = Map.of(
                "kind", "GUIDELINE",
                "title", "Restricted guideline",
                "summary", "Who may read it",
                "body", "The " + word + " technique",
                "language", "en",
                "access", "RESTRICTED",
                "priorities", List.of("firearms-trafficking"),
                "countries", List.of("UA"),
                "readers", List.of(named.id));
        given().auth()
                .oauth2(token(COORDINATOR))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/networks/" + network.code + "/library")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        long id = given().auth()
                .oauth2(token(AUTHOR))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/networks/" + network.code + "/library")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("canSubmit", equalTo(true))
                .extract()
                .jsonPath()
                .getLong("id");
        given().auth()
                .oauth2(token(AUTHOR))
                .multiPart("file", "guideline.pdf", LibraryFixture.pdf(), "application/pdf")
                .post("/api/library/documents/" + id + "/files")
                .then()
                .statusCode(200)
                .body("number", equalTo(2))
                .body("file.mediaType", equalTo("application/pdf"));
        given().auth()
                .oauth2(token(AUTHOR))
                .multiPart("file", "photo.pdf", LibraryFixture.png(), "application/pdf")
                .post("/api/library/documents/" + id + "/files")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("file"));

        // Review comments: its author and the moderator only.
        given().auth()
                .oauth2(token(MODERATOR))
                .contentType(ContentType.JSON)
                .body(Map.of("body", "Cite the law"))
                .post("/api/library/documents/" + id + "/versions/2/comments")
                .then()
                .statusCode(201)
                .body("size()", equalTo(1));
        for (String user : List.of(NAMED, UNNAMED, COORDINATOR)) {
            given().auth()
                    .oauth2(token(user))
                    .contentType(ContentType.JSON)
                    .body(Map.of("body", "Me too"))
                    .post("/api/library/documents/" + id + "/versions/2/comments")
                    .then()
                    .statusCode(404);
            given().auth()
                    .oauth2(token(user))
                    .get("/api/library/documents/" + id + "/versions/2/comments")
                    .then()
                    .statusCode(404);
        }
        given().auth()
                .oauth2(token(AUTHOR))
                .get("/api/library/documents/" + id + "/versions/2/comments")
                .then()
                .statusCode(200)
                .body("[0].body", equalTo("Cite the law"));

        // A draft: its author and the moderator only.
        expect(id, Map.of(AUTHOR, 200, MODERATOR, 200, NAMED, 404, UNNAMED, 404, COORDINATOR, 404));
        found(word, List.of(AUTHOR, MODERATOR), List.of(NAMED, UNNAMED, COORDINATOR));
        post(id, "submission", Map.of(MODERATOR, 403, NAMED, 404, COORDINATOR, 404));
        post(id, "submission", Map.of(AUTHOR, 200));
        post(id, "publication", Map.of(AUTHOR, 403, NAMED, 404, UNNAMED, 404, COORDINATOR, 404));
        post(id, "publication", Map.of(MODERATOR, 200));

        // Published and restricted: the named member reads it, its file and finds it; the others do not.
        expect(id, Map.of(AUTHOR, 200, MODERATOR, 200, NAMED, 200, UNNAMED, 404, COORDINATOR, 404));
        found(word, List.of(AUTHOR, MODERATOR, NAMED), List.of(UNNAMED, COORDINATOR));
        Response file = given().auth().oauth2(token(NAMED)).get("/api/library/documents/" + id + "/versions/2/file");
        assertEquals(200, file.statusCode());
        assertTrue(file.header("Content-Disposition").startsWith("attachment;"), file.header("Content-Disposition"));
        assertEquals("nosniff", file.header("X-Content-Type-Options"));
        assertEquals("application/pdf", file.contentType());
        post(id, "useful", Map.of(UNNAMED, 404, COORDINATOR, 404, NAMED, 200));
        given().auth()
                .oauth2(token(AUTHOR))
                .get("/api/library/documents/" + id)
                .then()
                .body("useful", equalTo(1))
                .body("downloads", equalTo(6));
        given().auth()
                .oauth2(token(UNNAMED))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/library/documents/" + id + "/versions")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(token(NAMED))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/library/documents/" + id + "/versions")
                .then()
                .statusCode(403);
        post(id, "withdrawal", Map.of(NAMED, 403, AUTHOR, 403, COORDINATOR, 404));
        given().auth()
                .oauth2(token(COORDINATOR))
                .get("/api/networks/" + network.code + "/library")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
        given().auth()
                .oauth2(token(NAMED))
                .get("/api/networks/" + network.code + "/library")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id));

        given().auth()
                .oauth2(token(NAMED))
                .contentType(ContentType.JSON)
                .body(Map.of("need", "Controlled deliveries across borders", "country", "UA"))
                .post("/api/library/documents/" + id + "/proposals")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(token(UNNAMED))
                .contentType(ContentType.JSON)
                .body(Map.of("need", "Hidden"))
                .post("/api/library/documents/" + id + "/proposals")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(token(NAMED))
                .get("/api/training-needs/proposals")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(token(Tokens.MANAGER))
                .get("/api/training-needs/proposals")
                .then()
                .statusCode(200)
                .body("items[0].source.id", equalTo((int) id));

        post(id, "withdrawal", Map.of(MODERATOR, 200));
        expect(id, Map.of(AUTHOR, 200, MODERATOR, 200, NAMED, 404, UNNAMED, 404, COORDINATOR, 404));
        found(word, List.of(AUTHOR, MODERATOR), List.of(NAMED, UNNAMED, COORDINATOR));
    }

    @Test
    void shouldAnswerUnknownFiltersAndFieldsWithAProblemNamingTheField() {
        given().auth()
                .oauth2(token(NAMED))
                .get("/api/library/documents?kind=MEMO")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("kind"));
        given().auth()
                .oauth2(token(NAMED))
                .get("/api/library/documents?priority=no-such")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("priority"));
        Network network = networks.network();
        networks.member(network, person(NAMED));
        given().auth()
                .oauth2(token(NAMED))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "GUIDELINE",
                        "title",
                        "T",
                        "summary",
                        "S",
                        "body",
                        "<script>x</script>",
                        "language",
                        "en",
                        "access",
                        "MEMBERS"))
                .post("/api/networks/" + network.code + "/library")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("body"));
    }

    /** Reads of the document, its first version and its network's list, as each viewer. */
    private static void expect(long id, Map<String, Integer> statuses) {
        statuses.forEach((user, status) -> {
            given().auth()
                    .oauth2(token(user))
                    .get("/api/library/documents/" + id)
                    .then()
                    .statusCode(status);
            given().auth()
                    .oauth2(token(user))
                    .get("/api/library/documents/" + id + "/versions/2/file")
                    .then()
                    .statusCode(status);
            given().auth()
                    .oauth2(token(user))
                    .get("/api/library/documents/" + id + "?version=2")
                    .then()
                    .statusCode(status);
        });
    }

    private static void post(long id, String action, Map<String, Integer> statuses) {
        statuses.forEach((user, status) -> given().auth()
                .oauth2(token(user))
                .post("/api/library/documents/" + id + "/" + action)
                .then()
                .statusCode(status));
    }

    private static void found(String word, List<String> finding, List<String> notFinding) {
        for (String user : finding) {
            given().auth()
                    .oauth2(token(user))
                    .get("/api/library/documents?q=" + word)
                    .then()
                    .statusCode(200)
                    .body("items.size()", equalTo(1));
        }
        for (String user : notFinding) {
            given().auth()
                    .oauth2(token(user))
                    .get("/api/library/documents?q=" + word)
                    .then()
                    .statusCode(200)
                    .body("items.size()", equalTo(0));
        }
    }

    private static String token(String user) {
        return Tokens.accessToken(user);
    }

    /** The person of a demo user, recorded by their first signed-in request. */
    static Person person(String username) {
        given().auth()
                .oauth2(token(username))
                .get("/api/library/documents")
                .then()
                .statusCode(200);
        String subject = Tokens.subject(username);
        return QuarkusTransaction.requiringNew()
                .call(() -> Person.<Person>find("subject", subject).singleResult());
    }
}
