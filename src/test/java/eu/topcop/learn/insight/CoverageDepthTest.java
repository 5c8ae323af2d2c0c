package eu.topcop.learn.insight;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage in depth on a data set small enough to check by hand: per proficiency level, seats, approvals,
 * completions, certificates, trainers and the cascade; manager mappings; the trace both ways.
 *
 * <p>Georgia needs 6 officers at awareness and 4 at expert; Ukraine 5 at awareness. Course A's outcome addresses
 * the capability at awareness (content), course B's without a level (content), course C nothing until a manager
 * maps it at expert.
 */
@QuarkusTest
class CoverageDepthTest {

    @Inject
    EnrolmentFixture fixture;

    @Inject
    EntityManager em;

    @Test
    void shouldCountEachFigureOfAGapPerLevelAndTraceItBothWays() throws Exception {
        String n = Long.toString(System.nanoTime() % 1_000_000_000L);
        String capability = "CD-" + n;
        String a = "depth-a-" + n;
        String b = "depth-b-" + n;
        String c = "depth-c-" + n;
        course(a, capability, "awareness");
        course(b, capability, null);
        course(c, null, null);
        String round = "depth-" + n;
        TestRounds.define(TestRounds.definition(
                round,
                List.of("drug-trafficking"),
                List.of("GE", "UA"),
                List.of(TestRounds.capability(capability, "drug-trafficking"))));
        OtnaImportTest.importFile(
                        round,
                        "needs.csv",
                        (OtnaImportTest.HEADER + "\n"
                                        + "GE,Police,R-1," + capability + ",investigators,5,high,6,4\n"
                                        + "UA,Police,R-2," + capability + ",investigators,4,low,5,0\n")
                                .getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(manager())
                .post("/api/insight/rounds/" + round + "/consolidation")
                .then()
                .statusCode(200);

        // Completions: p1 did A and B, p2 A, p3 B, p4 A the year before (not counted), p5 C; u1 in Ukraine A.
        List<Person> ge = fixture.people(5, "GE");
        Person u1 = fixture.person("UA");
        complete(a, ge.get(0), LocalDate.of(2026, 3, 1));
        complete(b, ge.get(0), LocalDate.of(2026, 4, 1));
        complete(a, ge.get(1), LocalDate.of(2026, 5, 1));
        complete(b, ge.get(2), LocalDate.of(2026, 6, 1));
        complete(a, ge.get(3), LocalDate.of(2025, 12, 31));
        complete(c, ge.get(4), LocalDate.of(2026, 6, 2));
        complete(a, u1, LocalDate.of(2026, 2, 1));

        // Offerings: A gives Georgia 5 seats and Ukraine 3, B gives Georgia 2, a cancelled A gives Georgia 10.
        Offering o1 = offering(a, Map.of("GE", 5, "UA", 3));
        Offering o2 = offering(b, Map.of("GE", 2));
        Offering cancelled = offering(a, Map.of("GE", 10));
        exec(
                "UPDATE offering SET status = 'CANCELLED', cancellation_reason = 'test', updated_at = NOW(3) WHERE id = ?1",
                cancelled.id);
        List<Person> applicants = fixture.people(3, "GE");
        Person u2 = fixture.person("UA");
        apply(o1, applicants.get(0), "APPROVED");
        apply(o1, applicants.get(1), "SUBMITTED");
        apply(o1, u2, "APPROVED");
        apply(cancelled, applicants.get(2), "APPROVED");

        // Certificates: p1's A and p3's B stand, p2's A is revoked; u1's A stands.
        certificate(ge.get(0), a, false);
        certificate(ge.get(2), b, false);
        certificate(ge.get(1), a, true);
        certificate(u1, a, false);

        // Multiplication: a validated A course in Georgia with two attending (one known by name only) and one
        // absent, a planned one and a reported one whose report is not yet validated (neither counted, as in the
        // cascade), a validated B course with one attending; a validated A in Ukraine.
        Person trainer = fixture.person("GE");
        long m1 = multiplication(a, trainer, "GE", "VALIDATED");
        participant(m1, ge.get(0), true);
        participant(m1, null, true);
        participant(m1, ge.get(1), false);
        participant(multiplication(a, trainer, "GE", "PLANNED"), ge.get(2), true);
        participant(multiplication(b, trainer, "GE", "REPORTED"), ge.get(3), true);
        participant(multiplication(b, trainer, "GE", "VALIDATED"), ge.get(2), true);
        participant(multiplication(a, fixture.person("UA"), "UA", "VALIDATED"), u1, true);

        JsonPath before = coverage(round);
        // Trainers: one active in Georgia, one expired, one withdrawn, one of another priority (counted as a delta:
        // trainers are by crime priority and country, which other tests share).
        trainer(fixture.person("GE"), "drug-trafficking", o1, LocalDate.now().plusYears(1), false);
        trainer(fixture.person("GE"), "drug-trafficking", o1, LocalDate.now().minusDays(1), false);
        trainer(fixture.person("GE"), "drug-trafficking", o1, LocalDate.now().plusYears(1), true);
        trainer(
                fixture.person("GE"),
                "firearms-trafficking",
                o1,
                LocalDate.now().plusYears(1),
                false);

        JsonPath coverage = coverage(round);
        String ge1 = "covered.find { it.gap.country == 'GE' }";
        String ua1 = "covered.find { it.gap.country == 'UA' }";
        assertEquals(List.of(a, b), coverage.getList(ge1 + ".courses"));
        assertEquals(3, coverage.getInt(ge1 + ".officersTrained"));
        assertEquals(30.0f, coverage.getFloat(ge1 + ".coveragePercent"));
        assertEquals(List.of("awareness", "expert", "unspecified"), coverage.getList(ge1 + ".levels.level"));
        assertLevel(coverage, ge1, "awareness", 6, 2, 33.3f);
        assertLevel(coverage, ge1, "expert", 4, 0, 0.0f);
        assertEquals(2, coverage.getInt(ge1 + ".levels.find { it.level == 'unspecified' }.officersTrained"));
        assertNull(coverage.get(ge1 + ".levels.find { it.level == 'unspecified' }.officersToTrain"));
        assertNull(coverage.get(ge1 + ".levels.find { it.level == 'unspecified' }.coveragePercent"));
        assertEquals(7, coverage.getInt(ge1 + ".seatsOffered"));
        assertEquals(1, coverage.getInt(ge1 + ".approvedApplications"));
        assertEquals(4, coverage.getInt(ge1 + ".completions"));
        assertEquals(2, coverage.getInt(ge1 + ".validCertificates"));
        assertEquals(3, coverage.getInt(ge1 + ".multiplicationReached"));
        assertEquals(1, coverage.getInt(ge1 + ".activeTrainers") - before.getInt(ge1 + ".activeTrainers"));
        assertEquals(1, coverage.getInt(ua1 + ".officersTrained"));
        assertLevel(coverage, ua1, "awareness", 5, 1, 20.0f);
        assertEquals(3, coverage.getInt(ua1 + ".seatsOffered"));
        assertEquals(1, coverage.getInt(ua1 + ".approvedApplications"));
        assertEquals(1, coverage.getInt(ua1 + ".validCertificates"));
        assertEquals(1, coverage.getInt(ua1 + ".multiplicationReached"));

        // The exports are the same figures: parsed back, Georgia's row matches the JSON, as CSV and as XLSX.
        assertExportMatches(round, coverage, ge1);

        // A course manager maps course C at expert: p5 counts, at expert and in the total; removed, they do not.
        int mapping = given().auth()
                .oauth2(manager())
                .contentType(ContentType.JSON)
                .body(Map.of("course", c, "capability", capability, "level", "expert", "reason", "Covers it"))
                .post("/api/insight/mappings")
                .then()
                .statusCode(201)
                .body("source", equalTo("MANAGER"))
                .body("course", equalTo(c))
                .body("level", equalTo("expert"))
                .body("addedBy", equalTo(managerName()))
                .extract()
                .path("id");
        coverage = coverage(round);
        assertEquals(List.of(a, b, c), coverage.getList(ge1 + ".courses"));
        assertEquals(4, coverage.getInt(ge1 + ".officersTrained"));
        assertEquals(40.0f, coverage.getFloat(ge1 + ".coveragePercent"));
        assertLevel(coverage, ge1, "expert", 4, 1, 25.0f);
        given().auth()
                .oauth2(manager())
                .get("/api/insight/mappings?capability=" + capability)
                .then()
                .statusCode(200)
                .body("size()", equalTo(3))
                .body("findAll { it.source == 'CONTENT' }.level", equalTo(java.util.Arrays.asList("awareness", null)));

        // The trace of Georgia's gap: its courses, the offerings behind seats and approvals, its completions.
        long gap = coverage.getLong(ge1 + ".gap.id");
        JsonPath trace = trace(round, gap, "limit=3", manager())
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(a, b, c), trace.getList("courses.code"));
        assertEquals(List.of("awareness"), trace.getList("courses[0].levels"));
        assertEquals(List.of("unspecified"), trace.getList("courses[1].levels"));
        assertEquals(List.of("expert"), trace.getList("courses[2].levels"));
        assertEquals("Depth " + a, trace.getString("courses[0].title.en"));
        assertEquals(2, trace.getList("offerings").size());
        assertEquals(5, trace.getInt("offerings.find { it.code == '" + o1.code + "' }.seats"));
        assertEquals(1, trace.getInt("offerings.find { it.code == '" + o1.code + "' }.approved"));
        assertEquals(2, trace.getInt("offerings.find { it.code == '" + o2.code + "' }.seats"));
        assertEquals(0, trace.getInt("offerings.find { it.code == '" + o2.code + "' }.approved"));
        assertEquals(3, trace.getList("completions").size());
        assertTrue(trace.getBoolean("more"));
        assertEquals(ge.get(0).name, trace.getString("completions[0].person"));
        assertEquals(a, trace.getString("completions[0].course"));
        assertEquals("2026-03-01", trace.getString("completions[0].completedOn"));
        assertNull(trace.get("completions[0].offering"));
        JsonPath rest = trace(round, gap, "limit=3&after=" + trace.getLong("nextAfter"), manager())
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(ge.get(2).name, ge.get(4).name), rest.getList("completions.person"));
        assertEquals(List.of("unspecified"), rest.getList("completions[0].levels"));
        assertEquals(List.of("expert"), rest.getList("completions[1].levels"));
        assertFalse(rest.getBoolean("more"));

        // The Georgian coordinator traces Georgia's gap, not Ukraine's.
        trace(round, gap, "", accessToken(Tokens.COORDINATOR)).statusCode(200);
        trace(round, coverage.getLong(ua1 + ".gap.id"), "", accessToken(Tokens.COORDINATOR))
                .statusCode(403);
        trace("no-such-round", gap, "", manager()).statusCode(404);

        // And back: the gaps course A and offering o1 serve; a coordinator's own country only.
        given().auth()
                .oauth2(manager())
                .get("/api/insight/courses/" + a + "/gaps?round=" + round)
                .then()
                .statusCode(200)
                .body("country", equalTo(List.of("GE", "UA")))
                .body("[0].round", equalTo(round))
                .body("[0].capability", equalTo(capability))
                .body("[0].officersTotal", equalTo(10))
                .body("[0].status", equalTo("PROPOSED"))
                .body("[0].levels", equalTo(List.of("awareness")));
        given().auth()
                .oauth2(manager())
                .get("/api/insight/courses/" + a + "/gaps")
                .then()
                .statusCode(200)
                .body("round", hasItem(round));
        given().auth()
                .oauth2(manager())
                .get("/api/insight/offerings/" + o1.code + "/gaps?round=" + round)
                .then()
                .statusCode(200)
                .body("country", equalTo(List.of("GE", "UA")));
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .get("/api/insight/offerings/" + o1.code + "/gaps?round=" + round)
                .then()
                .statusCode(200)
                .body("country", equalTo(List.of("GE")));
        given().auth()
                .oauth2(manager())
                .get("/api/insight/courses/no-such-course-" + n + "/gaps")
                .then()
                .statusCode(404);

        given().auth()
                .oauth2(manager())
                .delete("/api/insight/mappings/" + mapping + "?reason=Not really")
                .then()
                .statusCode(204);
        coverage = coverage(round);
        assertEquals(3, coverage.getInt(ge1 + ".officersTrained"));
        assertLevel(coverage, ge1, "expert", 4, 0, 0.0f);
        given().auth()
                .oauth2(manager())
                .get("/api/insight/mappings?removed=true&capability=" + capability)
                .then()
                .statusCode(200)
                .body("find { it.source == 'MANAGER' }.removalReason", equalTo("Not really"))
                .body("find { it.source == 'MANAGER' }.removedBy", equalTo(managerName()));
    }

    @Test
    void shouldRefuseAMappingToWhatDoesNotExistNamingTheFieldAndADuplicate() {
        String n = Long.toString(System.nanoTime() % 1_000_000_000L);
        String capability = "CM-" + n;
        String course = "mapping-" + n;
        course(course, capability, null);
        String round = "mapping-" + n;
        TestRounds.define(TestRounds.definition(
                round,
                List.of("drug-trafficking"),
                List.of("GE"),
                List.of(TestRounds.capability(capability, "drug-trafficking"))));

        refused(Map.of("capability", capability, "reason", "r"), 422, "outcome");
        refused(
                Map.of("course", course, "outcome", course + "-lo", "capability", capability, "reason", "r"),
                422,
                "outcome");
        refused(Map.of("outcome", "no-such-" + n, "capability", capability, "reason", "r"), 422, "outcome");
        refused(Map.of("course", "no-such-" + n, "capability", capability, "reason", "r"), 422, "course");
        refused(Map.of("course", course, "capability", "NONE-" + n, "reason", "r"), 422, "capability");
        refused(Map.of("course", course, "capability", capability, "level", "master", "reason", "r"), 422, "level");
        refused(Map.of("course", course, "capability", "bad code!", "reason", "r"), 400, "capability");
        refused(Map.of("course", course, "capability", capability, "level", "Bad Level", "reason", "r"), 400, "level");
        refused(Map.of("course", course, "capability", capability, "reason", "x".repeat(1001)), 400, "reason");
        refused(Map.of("course", course, "capability", capability), 400, "reason");
        refused(Map.of("course", "c".repeat(81), "capability", capability, "reason", "r"), 400, "course");
        // The content maps the course's outcome already: the outcome and the course address the capability.
        given().auth()
                .oauth2(manager())
                .contentType(ContentType.JSON)
                .body(Map.of("outcome", course + "-lo", "capability", capability, "reason", "again"))
                .post("/api/insight/mappings")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(manager())
                .contentType(ContentType.JSON)
                .body(Map.of("course", course, "capability", capability, "reason", "again"))
                .post("/api/insight/mappings")
                .then()
                .statusCode(409);

        String other = "mapping-other-" + n;
        course(other, null, null);
        Map<String, Object> body = Map.of("outcome", other + "-lo", "capability", capability, "reason", "Teaches it");
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/insight/mappings")
                .then()
                .statusCode(403);
        int id = given().auth()
                .oauth2(manager())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/insight/mappings")
                .then()
                .statusCode(201)
                .body("outcome", equalTo(other + "-lo"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(manager())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/insight/mappings")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .get("/api/insight/mappings?course=" + other)
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(id)));
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .delete("/api/insight/mappings/" + id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(manager())
                .delete("/api/insight/mappings/" + id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(manager())
                .delete("/api/insight/mappings/" + id)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(manager())
                .delete("/api/insight/mappings/999999999")
                .then()
                .statusCode(404);
        // Removed, it may be added again.
        given().auth()
                .oauth2(manager())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/insight/mappings")
                .then()
                .statusCode(201);
    }

    private static void refused(Map<String, Object> body, int status, String field) {
        given().auth()
                .oauth2(manager())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/insight/mappings")
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private static void assertLevel(JsonPath coverage, String gap, String level, int toTrain, int trained, float pct) {
        String at = gap + ".levels.find { it.level == '" + level + "' }";
        assertEquals(toTrain, coverage.getInt(at + ".officersToTrain"), level);
        assertEquals(trained, coverage.getInt(at + ".officersTrained"), level);
        assertEquals(pct, coverage.getFloat(at + ".coveragePercent"), level);
    }

    private static JsonPath coverage(String round) {
        return given().auth()
                .oauth2(manager())
                .get("/api/insight/rounds/" + round + "/coverage")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static ValidatableResponse trace(String round, long gap, String query, String token) {
        return given().auth()
                .oauth2(token)
                .get("/api/insight/rounds/" + round + "/gaps/" + gap + "/trace" + (query.isEmpty() ? "" : "?" + query))
                .then();
    }

    /**
     * A course of the drugs curriculum with one outcome ({@code course + "-lo"}) that addresses the capability at
     * the level, as content would say (no capability: the outcome addresses nothing).
     */
    private void course(String course, String capability, String level) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("INSERT INTO course (code, curriculum_id, position, activity_type_code, title,"
                            + " description, hours) SELECT ?1, curriculum_id, 99, activity_type_code,"
                            + " JSON_OBJECT('en', ?2), '{\"en\": \"Counted\"}', 8 FROM course"
                            + " WHERE code = 'drugs-regional-training'")
                    .setParameter(1, course)
                    .setParameter(2, "Depth " + course)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO learning_outcome (code, curriculum_id, position, text) SELECT ?1,"
                            + " curriculum_id, 99, '{\"en\": \"Covered\"}' FROM course WHERE code = ?2")
                    .setParameter(1, course + "-lo")
                    .setParameter(2, course)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO course_outcome (course_id, outcome_id) SELECT k.id, o.id FROM course k,"
                            + " learning_outcome o WHERE k.code = ?1 AND o.code = ?2")
                    .setParameter(1, course)
                    .setParameter(2, course + "-lo")
                    .executeUpdate();
            if (capability != null) {
                em.createNativeQuery("INSERT INTO learning_outcome_capability (outcome_id, capability_code,"
                                + " level_code) SELECT id, ?1, NULLIF(?3, '') FROM learning_outcome WHERE code = ?2")
                        .setParameter(1, capability)
                        .setParameter(2, course + "-lo")
                        .setParameter(3, level == null ? "" : level)
                        .executeUpdate();
            }
        });
    }

    private void complete(String course, Person person, LocalDate on) {
        exec(
                "INSERT INTO course_completion (person_id, course_id, started_on, completed_on,"
                        + " recorded_at) SELECT ?1, id, ?2, ?2, NOW(3) FROM course WHERE code = ?3",
                person.id,
                on,
                course);
    }

    private String managerName() {
        return QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("SELECT name FROM person WHERE subject = ?1")
                        .setParameter(1, Tokens.subject(Tokens.MANAGER))
                        .getSingleResult());
    }

    /** An offering of the course with exactly these quotas. */
    private Offering offering(String course, Map<String, Integer> quotas) {
        Offering offering = fixture.offering(30, EnrolmentFixture.MANAGER, course);
        exec("DELETE FROM offering_quota WHERE offering_id = ?1", offering.id);
        quotas.forEach((country, seats) -> exec(
                "INSERT INTO offering_quota (offering_id, country_code, seats) VALUES (?1, ?2, ?3)",
                offering.id,
                country,
                seats));
        return offering;
    }

    private void apply(Offering offering, Person person, String status) {
        exec(
                "INSERT INTO application (offering_id, person_id, country_code, kind, status, submitted_at,"
                        + " updated_at) VALUES (?1, ?2, ?3, 'APPLICATION', ?4, NOW(3), NOW(3))",
                offering.id,
                person.id,
                person.country,
                status);
    }

    private void certificate(Person person, String course, boolean revoked) {
        exec(
                "INSERT INTO certificate (code, person_id, kind, holder, course_code, course_title, crime_priorities,"
                        + " hours, started_on, completed_on, issued_at, signature, revoked_at, revoked_by,"
                        + " revocation_reason) VALUES (?1, ?2, 'COURSE', 'Holder', ?3, '{\"en\": \"x\"}',"
                        + " 'drug-trafficking', 8, '2026-03-01', '2026-03-01', NOW(3), REPEAT('0', 64),"
                        + " IF(?4, NOW(3), NULL), IF(?4, 'admin', NULL), IF(?4, 'Test', NULL))",
                "D" + (System.nanoTime() % 1_000_000_000_000_000L),
                person.id,
                course,
                revoked);
    }

    private void trainer(Person person, String priority, Offering offering, LocalDate expires, boolean withdrawn) {
        exec(
                "INSERT INTO trainer_certification (person_id, crime_priority_id, offering_id, certified_on,"
                        + " expires_on, withdrawn_at, withdrawn_by, withdrawal_reason) SELECT ?1, id, ?2, ?3, ?4,"
                        + " IF(?5, NOW(3), NULL), IF(?5, 'admin', NULL), IF(?5, 'Test', NULL) FROM crime_priority"
                        + " WHERE code = ?6",
                person.id,
                offering.id,
                expires.minusYears(2),
                expires,
                withdrawn,
                priority);
    }

    private long multiplication(String course, Person trainer, String country, String status) {
        String code = "mx-" + System.nanoTime();
        exec(
                "INSERT INTO multiplication_course (code, trainer_id, course_id, country_code, starts_on, ends_on,"
                        + " place, language, expected_participants, material, status, created_at, updated_at)"
                        + " SELECT ?1, ?2, id, ?3, '2026-05-01', '2026-05-02', 'Academy', 'en', 10, 'Slides', ?4,"
                        + " NOW(3), NOW(3) FROM course WHERE code = ?5",
                code,
                trainer.id,
                country,
                status,
                course);
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT id FROM multiplication_course WHERE code = ?1")
                                .setParameter(1, code)
                                .getSingleResult())
                        .longValue());
    }

    /** A participant: a known person, or (null) one recorded by name only. */
    private void participant(long multiplication, Person person, boolean attended) {
        exec(
                "INSERT INTO multiplication_participant (course_id, person_id, name, agency, attended, created_at)"
                        + " VALUES (?1, NULLIF(?2, 0), 'Participant', 'Police', ?3, NOW(3))",
                multiplication,
                person == null ? 0L : person.id,
                attended);
    }

    private void exec(String sql, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }

    private static String manager() {
        return accessToken(Tokens.MANAGER);
    }

    private void assertExportMatches(String round, JsonPath coverage, String gap) throws Exception {
        long id = coverage.getLong(gap + ".gap.id");
        byte[] csv = given().auth()
                .oauth2(manager())
                .get("/api/insight/rounds/" + round + "/coverage.csv")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        var records = org.apache.commons.csv.CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .build()
                .parse(new java.io.StringReader(new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "")))
                .getRecords();
        var row = records.stream()
                .filter(r -> r.get("gap").equals(Long.toString(id)))
                .findFirst()
                .orElseThrow();
        assertEquals(coverage.getString(gap + ".officersTrained"), row.get("officers_trained"));
        assertEquals(coverage.getString(gap + ".seatsOffered"), row.get("seats_offered"));
        assertEquals(coverage.getString(gap + ".validCertificates"), row.get("valid_certificates"));
        assertEquals(coverage.getString(gap + ".multiplicationReached"), row.get("multiplication_reached"));
        assertEquals("2", row.get("trained_awareness"));
        assertEquals("2", row.get("trained_unspecified"));

        byte[] xlsx = given().auth()
                .oauth2(manager())
                .get("/api/insight/rounds/" + round + "/coverage.xlsx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            List<org.dhatim.fastexcel.reader.Row> rows =
                    workbook.getFirstSheet().read();
            List<String> header = rows.get(0).stream().map(c -> c.getRawValue()).toList();
            var sheetRow = rows.stream()
                    .filter(r -> Long.toString(id).equals(r.getCell(0).getRawValue()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    coverage.getString(gap + ".completions"),
                    sheetRow.getCell(header.indexOf("completions")).getRawValue());
            assertEquals(records.size() + 1, rows.size(), "the same rows as the CSV");
        }
    }
}
