package eu.topcop.learn.insight;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coverage of a round's gaps computed exactly on a data set small enough to check by hand. */
@QuarkusTest
class CoverageTest {

    @Inject
    EnrolmentFixture fixture;

    @Inject
    EntityManager em;

    @Test
    void shouldCountTheOfficersOfEachCountryTrainedByTheCoursesAddressingAGap() {
        String n = Long.toString(System.nanoTime() % 1_000_000_000L);
        String capability = "CV-" + n;
        String orphan = "CW-" + n;
        String course = "coverage-course-" + n;
        mapCourse(course, capability);

        // Needs: Georgia 8 + 2 = 10 officers, Ukraine 5; nobody addresses the second capability.
        String round = round(n, capability, orphan);
        OtnaImportTest.importFile(
                        round,
                        "needs.csv",
                        (OtnaImportTest.HEADER + "\n"
                                        + "GE,Police,R-1," + capability + ",investigators,5,high,8,2\n"
                                        + "UA,Police,R-2," + capability + ",investigators,4,low,5,0\n"
                                        + "GE,Police,R-1," + orphan + ",investigators,3,low,4,0\n")
                                .getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(manager())
                .post("/api/insight/rounds/" + round + "/consolidation")
                .then()
                .statusCode(200);

        // Trained: three Georgians and one Ukrainian this year; a Georgian of the year before does not count.
        List<Person> georgians = fixture.people(4, "GE");
        complete(course, georgians.get(0), LocalDate.of(2026, 3, 1));
        complete(course, georgians.get(1), LocalDate.of(2026, 5, 1));
        complete(course, georgians.get(2), LocalDate.of(2026, 6, 1));
        complete(course, georgians.get(3), LocalDate.of(2025, 12, 31));
        complete(course, fixture.person("UA"), LocalDate.of(2026, 2, 1));

        JsonPath coverage = given().auth()
                .oauth2(manager())
                .get("/api/insight/rounds/" + round + "/coverage")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(3, coverage.getInt("covered.find { it.gap.country == 'GE' }.officersTrained"));
        assertEquals(30.0f, coverage.getFloat("covered.find { it.gap.country == 'GE' }.coveragePercent"));
        assertEquals(List.of(course), coverage.getList("covered.find { it.gap.country == 'GE' }.courses"));
        assertEquals(1, coverage.getInt("covered.find { it.gap.country == 'UA' }.officersTrained"));
        assertEquals(20.0f, coverage.getFloat("covered.find { it.gap.country == 'UA' }.coveragePercent"));
        assertEquals(List.of(orphan), coverage.getList("withoutCourse.gap.capability"));
        assertTrue(!coverage.getList("coursesServingNoGap").contains(course));

        // The Georgian coordinator sees Georgia's coverage only.
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .get("/api/insight/rounds/" + round + "/coverage")
                .then()
                .statusCode(200)
                .body("covered.size()", equalTo(1))
                .body("covered[0].gap.country", equalTo("GE"));
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .get("/api/insight/rounds/" + round + "/coverage?country=UA")
                .then()
                .statusCode(403);
        assertNull(coverage.get("covered.find { it.gap.country == 'AM' }"));
    }

    private static String round(String n, String capability, String orphan) {
        String code = "coverage-" + n;
        Map<String, Object> round = new java.util.HashMap<>(Map.of(
                "code", code,
                "year", 2026,
                "title", Map.of("en", "Coverage"),
                "priorities", List.of("drug-trafficking"),
                "countries", List.of("GE", "UA"),
                "proficiencyScale",
                        List.of(
                                Map.of("code", "awareness", "labels", Map.of("en", "Awareness")),
                                Map.of("code", "expert", "labels", Map.of("en", "Expert"))),
                "urgencyScale",
                        List.of(
                                Map.of("code", "low", "labels", Map.of("en", "Low")),
                                Map.of("code", "medium", "labels", Map.of("en", "Medium")),
                                Map.of("code", "high", "labels", Map.of("en", "High"))),
                "targetGroups", List.of(Map.of("code", "investigators", "labels", Map.of("en", "Investigators"))),
                "capabilities",
                        List.of(
                                Map.of(
                                        "code",
                                        capability,
                                        "priority",
                                        "drug-trafficking",
                                        "title",
                                        Map.of("en", "Covered"),
                                        "targetGroups",
                                        List.of("investigators")),
                                Map.of(
                                        "code",
                                        orphan,
                                        "priority",
                                        "drug-trafficking",
                                        "title",
                                        Map.of("en", "Not covered"),
                                        "targetGroups",
                                        List.of("investigators")))));
        given().auth()
                .oauth2(manager())
                .contentType(ContentType.JSON)
                .body(round)
                .post("/api/insight/rounds")
                .then()
                .statusCode(201);
        return code;
    }

    /** A course of the drugs curriculum with an outcome that addresses the capability, as content would say. */
    private void mapCourse(String course, String capability) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("INSERT INTO course (code, curriculum_id, position, activity_type_code, title,"
                            + " description, hours) SELECT ?1, curriculum_id, 99, activity_type_code,"
                            + " '{\"en\": \"Coverage\"}', '{\"en\": \"Counted\"}', 8 FROM course"
                            + " WHERE code = 'drugs-regional-training'")
                    .setParameter(1, course)
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
            em.createNativeQuery("INSERT INTO learning_outcome_capability (outcome_id, capability_code)"
                            + " SELECT id, ?1 FROM learning_outcome WHERE code = ?2")
                    .setParameter(1, capability)
                    .setParameter(2, course + "-lo")
                    .executeUpdate();
        });
    }

    private void complete(String course, Person person, LocalDate on) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "INSERT INTO course_completion (person_id, course_id, started_on,"
                                        + " completed_on, recorded_at) SELECT ?1, id, ?2, ?2, NOW(3) FROM course WHERE code = ?3")
                        .setParameter(1, person.id)
                        .setParameter(2, on)
                        .setParameter(3, course)
                        .executeUpdate());
    }

    private static String manager() {
        return accessToken(Tokens.MANAGER);
    }
}
