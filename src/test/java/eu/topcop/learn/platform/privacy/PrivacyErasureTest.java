package eu.topcop.learn.platform.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.outbox.Outbox;
import eu.topcop.learn.platform.privacy.PrivacyScenario.Officer;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.support.Tokens;
import eu.topcop.learn.trainers.CascadeService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Erasure of a person who applied (naming their supervisor), was named as someone's supervisor, was nominated,
 * learned, trained, ran and attended multiplication courses, exchanged, registered for an event, managed an offering
 * and imported content: afterwards no text column of any table of the schema holds their name, username, e-mail or
 * Keycloak subject, nor the supervisor they named; the figures they counted in are the same, their certificate
 * verifies as erased, and their Keycloak account is gone.
 */
@QuarkusTest
class PrivacyErasureTest {

    @Inject
    PrivacyScenario scenario;

    @Inject
    EnrolmentFixture fixture;

    @Inject
    CascadeService cascade;

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Test
    void shouldLeaveNoTraceOfTheErasedPersonInAnyTableAndKeepEveryFigure() {
        Officer officer = scenario.officer();
        List<String> before = scan(officer.identifiers());
        assertTrue(
                before.size() >= 12,
                "the scan finds the officer across the schema before erasure (so it can fail): " + before);
        Map<String, Object> figures = figures(officer);
        assertEquals(1, scan(List.of(officer.supervisor())).size(), "the supervisor the officer named, before erasure");

        String reference = given().auth()
                .oauth2(Tokens.accessToken(Tokens.ADMIN))
                .contentType(ContentType.JSON)
                .body(Map.of("person", officer.person().id, "reason", "Request under GDPR art. 17 received 2 May"))
                .post("/api/privacy/erasures")
                .then()
                .statusCode(201)
                .body("erasedBy", equalTo(Tokens.ADMIN))
                .body("account", equalTo("QUEUED"))
                .body("records.enrolment", not(equalTo(0)))
                .body("records.learning", not(equalTo(0)))
                .body("records.trainers", not(equalTo(0)))
                .body("records.exchange", not(equalTo(0)))
                .extract()
                .path("reference");

        // The account is deleted through the outbox, right after the commit or, if Keycloak was away, on a retry.
        @SuppressWarnings("unchecked")
        List<Number> deletions = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("SELECT id FROM outbox_message WHERE kind = 'keycloak.delete-user'"
                                + " AND summary LIKE :r")
                        .setParameter("r", "%" + reference + "%")
                        .getResultList());
        assertEquals(1, deletions.size(), "one deletion queued with the erasure");
        deletions.forEach(id -> outbox.deliver(id.longValue()));
        assertEquals(
                "DELIVERED",
                QuarkusTransaction.requiringNew()
                        .call(() -> em.createNativeQuery("SELECT status FROM outbox_message WHERE id = :id")
                                .setParameter("id", deletions.get(0))
                                .getSingleResult()));
        assertFalse(scenario.accountExists(officer.subject()), "the Keycloak account is gone");
        assertEquals(List.of(), scan(officer.identifiers()), "columns that still name the erased officer");
        assertEquals(List.of(), scan(List.of(officer.supervisor())), "the supervisor the erased officer named");
        assertEquals(figures, figures(officer), "the figures the officer counted in");
        for (String table : List.of(
                "discussion_network_follow", "discussion_thread_follow", "discussion_delivery", "discussion_digest")) {
            assertEquals(
                    0L,
                    QuarkusTransaction.requiringNew()
                            .call(() -> ((Number) em.createNativeQuery(
                                                    "SELECT COUNT(*) FROM " + table + " WHERE person_id = :p")
                                            .setParameter("p", officer.person().id)
                                            .getSingleResult())
                                    .longValue()),
                    "what the officer followed, chose and was sent goes: " + table);
        }
        assertTrue(!scan(List.of(reference)).isEmpty(), "the kept records carry the pseudonym " + reference);

        given().when()
                .get("/api/certificates/" + officer.certificateCode() + "?s=" + officer.certificateSignature())
                .then()
                .statusCode(200)
                .body("status", equalTo("ERASED"))
                .body("certificate", nullValue());
        given().when()
                .get("/certificates/" + officer.certificateCode() + "?s=" + officer.certificateSignature())
                .then()
                .statusCode(200)
                .body(containsString("data-status=\"ERASED\""))
                .body(not(containsString(officer.lastName())));

        given().auth()
                .oauth2(Tokens.accessToken(Tokens.ADMIN))
                .contentType(ContentType.JSON)
                .body(Map.of("person", officer.person().id, "reason", "Asked twice"))
                .post("/api/privacy/erasures")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(Tokens.accessToken(Tokens.ADMIN))
                .get("/api/privacy/erasures/" + reference)
                .then()
                .statusCode(200)
                .body("reason", equalTo("Request under GDPR art. 17 received 2 May"));
    }

    @Test
    void shouldRefuseAReasonThatNamesThePersonAndKeepThemWhole() {
        Person person = fixture.person("MD");
        for (String reason :
                List.of(person.name + " asked for it", "Mail from " + person.email.toUpperCase(Locale.ROOT))) {
            given().auth()
                    .oauth2(Tokens.accessToken(Tokens.ADMIN))
                    .contentType(ContentType.JSON)
                    .body(Map.of("person", person.id, "reason", reason))
                    .post("/api/privacy/erasures")
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body(containsString("reason"));
        }
        given().auth()
                .oauth2(Tokens.accessToken(Tokens.ADMIN))
                .contentType(ContentType.JSON)
                .body(Map.of("person", person.id, "reason", " "))
                .post("/api/privacy/erasures")
                .then()
                .statusCode(400);
        Person kept = QuarkusTransaction.requiringNew().call(() -> Person.<Person>findById(person.id));
        assertEquals(person.email, kept.email, "nothing was erased");
    }

    @Test
    void shouldLetOnlyAdministratorsErase() {
        Person person = fixture.person("MD");
        given().auth()
                .oauth2(Tokens.accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(Map.of("person", person.id, "reason", "Request received"))
                .post("/api/privacy/erasures")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.accessToken(Tokens.TRAINEE))
                .get("/api/privacy/people?q=" + person.email)
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "privacy-admin", roles = Roles.ADMIN)
    void shouldEraseFromThePagesWithTheReasonKeptWhenRefused() {
        Person person = fixture.person("AM");
        given().when()
                .get("/privacy/erasures?q=" + person.email)
                .then()
                .statusCode(200)
                .body(containsString("data-person=\"" + person.id + "\""));
        given().cookie("topcop-csrf", "t")
                .formParam("_csrf", "t")
                .formParam("reason", "As " + person.name + " asked")
                .when()
                .post("/privacy/people/" + person.id + "/erasure")
                .then()
                .statusCode(422)
                .body(containsString("data-testid=\"errors\""))
                .body(containsString("data-testid=\"erase-form\""))
                .body(containsString(">As " + person.name + " asked</textarea>"));
        given().cookie("topcop-csrf", "t")
                .cookie("topcop-lang", "uk")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("_csrf", "t")
                .formParam("reason", "Запит від " + person.email)
                .when()
                .post("/privacy/people/" + person.id + "/erasure")
                .then()
                .statusCode(422)
                .body(containsString("<html lang=\"uk\">"))
                .body(containsString("data-testid=\"erase-form\""))
                .body(containsString(">Запит від " + person.email + "</textarea>"))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"reason-hint reason-error\""))
                .body(containsString("data-field=\"reason\">Причина не повинна називати людину"))
                .body(not(containsString("data-testid=\"error-page\"")));
        String location = given().redirects()
                .follow(false)
                .cookie("topcop-csrf", "t")
                .formParam("_csrf", "t")
                .formParam("reason", "Request received by post")
                .when()
                .post("/privacy/people/" + person.id + "/erasure")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        given().when()
                .get(location)
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"erased\""))
                .body(not(containsString(person.name)));
        Person tombstone = QuarkusTransaction.requiringNew().call(() -> Person.<Person>findById(person.id));
        assertEquals("AM", tombstone.country, "the country stays for the figures");
        assertEquals("police", tombstone.agencyType, "the agency type stays for the figures");
        assertTrue(tombstone.name.startsWith("erased-"), tombstone.name);
        assertFalse(tombstone.email != null || tombstone.username != null || tombstone.subject != null);
    }

    /**
     * Every text column of every table of the schema (read from information_schema, so that a new table is scanned
     * too) whose values contain one of the words, whatever the letter case.
     */
    List<String> scan(List<String> words) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> columns = em.createNativeQuery(
                            "SELECT table_name, column_name FROM information_schema.columns"
                                    + " WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'tinytext', 'text',"
                                    + " 'mediumtext', 'longtext', 'json', 'enum', 'set') ORDER BY table_name, column_name")
                    .getResultList();
            assertTrue(columns.size() > 100, "the schema's text columns: " + columns.size());
            List<String> found = new ArrayList<>();
            for (Object[] column : columns) {
                String value = "LOWER(CAST(`" + column[1] + "` AS CHAR CHARACTER SET utf8mb4))";
                StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM `" + column[0] + "` WHERE FALSE");
                for (int i = 0; i < words.size(); i++) {
                    sql.append(" OR ").append(value).append(" LIKE :w").append(i);
                }
                var query = em.createNativeQuery(sql.toString());
                for (int i = 0; i < words.size(); i++) {
                    query.setParameter("w" + i, "%" + words.get(i).toLowerCase(Locale.ROOT) + "%");
                }
                long hits = ((Number) query.getSingleResult()).longValue();
                if (hits > 0) {
                    var sample = em.createNativeQuery(
                            sql.toString().replace("COUNT(*)", "LEFT(" + value + ", 300)") + " LIMIT 1");
                    for (int i = 0; i < words.size(); i++) {
                        sample.setParameter("w" + i, "%" + words.get(i).toLowerCase(Locale.ROOT) + "%");
                    }
                    found.add(column[0] + "." + column[1] + " (" + hits + "): " + sample.getSingleResult());
                }
            }
            return found;
        });
    }

    /** The figures the officer counts in: the cascade, participants, completions, certificates, learning. */
    Map<String, Object> figures(Officer officer) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("cascade", cascade.of(null, null).totals());
            figures.put("cascade GE", cascade.of("GE", null).totals());
            figures.put("cascade GE cells", cascade.of("GE", null).byCountryAndPriority());
            for (String offering : officer.offerings()) {
                figures.put(
                        offering,
                        count(
                                "SELECT CONCAT(a.status, ':', a.kind, ':', COALESCE(a.country_code, '-')) FROM application a"
                                        + " JOIN offering o ON o.id = a.offering_id WHERE o.code = '" + offering
                                        + "' ORDER BY 1"));
            }
            for (String course : officer.multiplicationCourses()) {
                figures.put(
                        course,
                        count("SELECT CONCAT(COALESCE(p.attended, 0), ':', p.person_id IS NULL) FROM"
                                + " multiplication_participant p JOIN multiplication_course m ON m.id = p.course_id"
                                + " WHERE m.code = '" + course + "' ORDER BY 1"));
            }
            long person = officer.person().id;
            figures.put("completions", count("SELECT course_id FROM course_completion WHERE person_id = " + person));
            figures.put("certificates", count("SELECT course_code FROM certificate WHERE person_id = " + person));
            figures.put("modules", count("SELECT module_code FROM module_progress WHERE person_id = " + person));
            figures.put(
                    "knowledge tests",
                    count("SELECT CONCAT(offering_id, ':', phase, ':', score, ':', late) FROM knowledge_test_attempt"
                            + " WHERE person_id = " + person + " ORDER BY started_at, id"));
            figures.put(
                    "statements",
                    count("SELECT verb FROM xapi_statement WHERE person_id = " + person + " ORDER BY seq"));
            // The copies clustered by agent (V72) stay under the agent their text names: the pseudonym, after.
            figures.put(
                    "statements by agent",
                    count(
                            "SELECT s.verb FROM xapi_statement_by_agent c JOIN xapi_statement s ON s.seq = c.statement_seq"
                                    + " WHERE s.person_id = " + person + " AND c.statement = s.statement AND c.ref ="
                                    + " UNHEX(SHA1(CONCAT('agent|account:', JSON_VALUE(c.statement, '$.actor.account.homePage'),"
                                    + " '|', JSON_VALUE(c.statement, '$.actor.account.name')))) ORDER BY s.seq"));
            figures.put(
                    "trainers",
                    count("SELECT crime_priority_id FROM trainer_certification WHERE person_id = " + person));
            figures.put(
                    "exchanges",
                    count("SELECT CONCAT(status, ':', guest_country, ':', COALESCE(shared_with, 0)) FROM"
                            + " exchange_application WHERE person_id = " + person));
            figures.put("events", count("SELECT event_id FROM network_event_registration WHERE person_id = " + person));
            figures.put(
                    "person", count("SELECT CONCAT(country_code, ':', agency_type) FROM person WHERE id = " + person));
            return figures;
        });
    }

    private List<String> count(String sql) {
        return em.createNativeQuery(sql).getResultList().stream()
                .map(String::valueOf)
                .toList();
    }
}
