package eu.topcop.learn.lrs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.lrs.AttachmentFixture.Part;
import eu.topcop.learn.platform.privacy.Erasure;
import eu.topcop.learn.platform.privacy.PersonRef;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.lrs.AttachmentFixture.TEXT_USAGE;
import static eu.topcop.learn.lrs.AttachmentFixture.attachment;
import static eu.topcop.learn.lrs.AttachmentFixture.body;
import static eu.topcop.learn.lrs.AttachmentFixture.multipart;
import static eu.topcop.learn.lrs.AttachmentFixture.sha256;
import static eu.topcop.learn.lrs.AttachmentFixture.statementWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Attachment content in the database (V64): erasing a person's statements' attachments leaves no orphan content and
 * keeps content another statement still holds; every query of the attachment tables reads through an index; answering
 * statements with their attachments costs one query however many they are.
 */
@QuarkusTest
class AttachmentStoreTest {

    @Inject
    EntityManager em;

    @Inject
    EnrolmentFixture people;

    @Inject
    LrsPersonalData personalData;

    @Inject
    AttachmentParts attachmentParts;

    @Inject
    SessionFactory sessions;

    @Test
    void erasureDeletesThePersonsAttachmentsAndLeavesNoOrphanContent() {
        LrsFixture.Client client = LrsFixture.client("statements/write");
        byte[] own = ("own " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        byte[] shared = ("shared " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        var ownAttachment = attachment(TEXT_USAGE, "text/plain", own);
        var sharedAttachment = attachment(TEXT_USAGE, "text/plain", shared);
        List<String> ids = multipart(
                        client,
                        "2.0.0",
                        body(
                                List.of(
                                        statementWith(ownAttachment, sharedAttachment),
                                        statementWith(sharedAttachment)),
                                Part.of("text/plain", own),
                                Part.of("text/plain", shared)))
                .post("/xapi/statements")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        long person = people.person("GE").id;
        // The first statement is the learner's (as a launched course's statements will be); the second is not.
        update("UPDATE xapi_statement SET person_id = " + person + " WHERE id = '" + ids.get(0) + "'");

        QuarkusTransaction.requiringNew()
                .run(() -> personalData.erase(
                        new PersonRef(person, null, null, null, null, "GE", false),
                        new Erasure("erased-test", Instant.now(), "test")));

        assertEquals(
                0L, count("SELECT COUNT(*) FROM xapi_statement_attachment WHERE statement_id = '" + ids.get(0) + "'"));
        assertEquals(0L, count("SELECT COUNT(*) FROM xapi_attachment WHERE sha2 = '" + sha256(own) + "'"));
        assertEquals(1L, count("SELECT COUNT(*) FROM xapi_attachment WHERE sha2 = '" + sha256(shared) + "'"));
        assertEquals(
                0L,
                count("SELECT COUNT(*) FROM xapi_attachment a WHERE NOT EXISTS"
                        + " (SELECT 1 FROM xapi_statement_attachment l WHERE l.sha2 = a.sha2)"),
                "content that no statement holds");
    }

    @Test
    void shouldReadEveryAttachmentQueryThroughAnIndex() {
        // Enough rows over a few learners for the optimizer to prefer an index to a scan (as StatementIndexTest).
        String run = UUID.randomUUID().toString();
        String activity = "https://academy.example/attachment-index/" + run + "/";
        List<Long> learners = people.people(10, "GE").stream().map(p -> p.id).toList();
        String ids = learners.stream().map(String::valueOf).collect(Collectors.joining(", "));
        update("INSERT INTO xapi_attachment (sha2, content_type, length, content, received_at) SELECT SHA2(CONCAT('"
                + run + "', seq), 256), 'text/plain', 1, 'x', NOW() FROM seq_1_to_300");
        update("INSERT INTO xapi_statement (id, person_id, verb, activity, timestamp, stored, statement) SELECT UUID(),"
                + " ELT(1 + seq MOD 10, " + ids + "), 'http://adlnet.gov/expapi/verbs/experienced', CONCAT('"
                + activity + "', seq), NOW(), NOW(), '{}' FROM seq_1_to_300");
        update("INSERT INTO xapi_statement_attachment (statement_id, sha2) SELECT id, SHA2(CONCAT('" + run
                + "', SUBSTRING(activity, " + (activity.length() + 1) + ")), 256) FROM xapi_statement"
                + " WHERE activity LIKE '" + activity + "%'");
        for (String table : List.of("xapi_attachment", "xapi_statement", "xapi_statement_attachment")) {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("ANALYZE TABLE " + table).getResultList());
        }
        String two = "SHA2('" + run + "1', 256), SHA2('" + run + "2', 256)";
        // AttachmentParts.answer.
        assertIndexed(
                "SELECT sha2, content_type, content FROM xapi_attachment WHERE sha2 IN (" + two + ") ORDER BY sha2",
                "PRIMARY");
        // LrsPersonalData's export and erasure: the person's statements, then their links.
        assertIndexed(
                "SELECT DISTINCT l.sha2 FROM xapi_statement s JOIN xapi_statement_attachment l"
                        + " ON l.statement_id = s.id WHERE s.person_id = " + learners.get(0),
                "ix_xapi_statement_person_seq",
                "PRIMARY");
        // The orphan check.
        assertIndexed(
                "DELETE FROM xapi_attachment WHERE sha2 IN (" + two + ") AND NOT EXISTS (SELECT 1 FROM"
                        + " xapi_statement_attachment l WHERE l.sha2 = xapi_attachment.sha2)",
                "PRIMARY",
                "ix_xapi_statement_attachment_sha2");
    }

    @Test
    void shouldAnswerStatementsWithTheirAttachmentsWithTheSameStatementsForOneAndFortyAttachments() throws Exception {
        assertEquals(statementsToAnswer(1), statementsToAnswer(40));
    }

    /** Prepared statements to answer 10 statements naming {@code attachments} stored attachments between them. */
    private long statementsToAnswer(int attachments) throws Exception {
        String run = UUID.randomUUID().toString();
        update("INSERT INTO xapi_attachment (sha2, content_type, length, content, received_at) SELECT SHA2(CONCAT('"
                + run + "', seq), 256), 'text/plain', 1, 'x', NOW() FROM seq_1_to_" + attachments);
        List<JsonNode> statements = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ArrayNode list = AttachmentFixture.JSON.createArrayNode();
            for (int a = i; a < attachments; a += 10) {
                list.addObject().put("sha2", sha256((run + (a + 1)).getBytes(StandardCharsets.UTF_8)));
            }
            ObjectNode statement = AttachmentFixture.JSON.createObjectNode();
            statement.set("attachments", list);
            statements.add(statement);
        }
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        int parts = QuarkusTransaction.requiringNew().call(() -> {
            var answer = attachmentParts
                    .answer(AttachmentFixture.JSON.createObjectNode(), statements)
                    .build();
            return MultipartMixed.parse((byte[]) answer.getEntity(), boundary(answer))
                    .size();
        });
        assertEquals(attachments + 1, parts, "the statements part and one part per attachment");
        return statistics.getPrepareStatementCount();
    }

    private static String boundary(jakarta.ws.rs.core.Response answer) {
        return MultipartMixed.boundary(answer.getMediaType().toString()).orElseThrow();
    }

    private void assertIndexed(String sql, String... expected) {
        String keys = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("EXPLAIN " + sql).getResultList();
            return rows.stream().map(r -> String.valueOf(r[5])).collect(Collectors.joining(" "));
        });
        for (String key : keys.split("[ ,|]")) {
            assertTrue(Set.of(expected).contains(key), () -> sql + " read through " + keys);
        }
    }

    private void update(String sql) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
