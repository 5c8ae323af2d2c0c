package eu.topcop.learn.insight;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A round, its gaps, its imports, its coverage, a gap's trace, the gaps a course or an offering serves and the
 * capability mappings are read with the same number of SQL statements however many capabilities, answers, gaps,
 * mappings and completions there are (Hibernate statistics).
 */
@QuarkusTest
class InsightStatementCountTest {

    private static final String[] PRIORITIES = {
        "drug-trafficking", "firearms-trafficking", "migrant-smuggling", "trafficking-in-human-beings"
    };

    @Inject
    SessionFactory sessionFactory;

    @Inject
    EntityManager em;

    @Inject
    EnrolmentFixture fixture;

    @Test
    void shouldReadARoundItsGapsImportsAndCoverageWithTheSameStatementsFor2And40Capabilities() {
        String offering = fixture.offering(20).code;
        long[] few = counts(round(2), offering);
        // The list of rounds grows too: ten more, of one capability each.
        for (int i = 0; i < 10; i++) {
            String code = "count-list-" + i + "-" + System.nanoTime();
            TestRounds.define(TestRounds.definition(
                    code,
                    List.of(PRIORITIES[0]),
                    List.of("GE"),
                    List.of(TestRounds.capability("L" + (System.nanoTime() % 1_000_000_000L), PRIORITIES[0]))));
        }
        long[] many = counts(round(40), offering);
        String[] what = {
            "the round",
            "its gaps",
            "its imports",
            "its coverage",
            "a gap's trace",
            "a course's gaps",
            "an offering's gaps",
            "the mappings",
            "the rounds"
        };
        for (int i = 0; i < what.length; i++) {
            assertEquals(few[i], many[i], what[i]);
        }
    }

    /**
     * A round of n capabilities over four priorities, with answers of two countries for every one of them; every
     * capability mapped by a manager to the drugs regional training, which n Georgian officers completed.
     */
    private String round(int capabilities) {
        String code = "count-" + capabilities + "-" + System.nanoTime();
        String prefix = "C" + (System.nanoTime() % 1_000_000_000L) + "-";
        List<Map<String, Object>> defined = new ArrayList<>();
        StringBuilder csv = new StringBuilder(OtnaImportTest.HEADER).append('\n');
        for (int i = 0; i < capabilities; i++) {
            defined.add(Map.of(
                    "code",
                    prefix + i,
                    "priority",
                    PRIORITIES[i % PRIORITIES.length],
                    "title",
                    Map.of("en", "Capability " + i),
                    "targetGroups",
                    List.of("investigators", "analysts")));
            for (String country : List.of("GE", "UA")) {
                csv.append(country)
                        .append(",Police,R-1,")
                        .append(prefix)
                        .append(i)
                        .append(",investigators,4,high,5,1\n");
                csv.append(country)
                        .append(",Police,R-1,")
                        .append(prefix)
                        .append(i)
                        .append(",analysts,3,low,2,0\n");
            }
        }
        TestRounds.define(TestRounds.definition(code, List.of(PRIORITIES), List.of("GE", "UA"), defined));
        OtnaImportTest.importFile(code, "count.csv", csv.toString().getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .post("/api/insight/rounds/" + code + "/consolidation")
                .then()
                .statusCode(200);
        List<Person> officers = fixture.people(capabilities, "GE");
        String subject = Tokens.subject(Tokens.MANAGER);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("INSERT INTO capability_mapping (course_id, capability_code, level_code, reason,"
                            + " added_by, added_at) SELECT k.id, x.code, 'expert', 'Counted', p.id, NOW(3)"
                            + " FROM capability x JOIN otna_round r ON r.id = x.round_id, course k, person p"
                            + " WHERE r.code = ?1 AND k.code = 'drugs-regional-training' AND p.subject = ?2")
                    .setParameter(1, code)
                    .setParameter(2, subject)
                    .executeUpdate();
            for (Person officer : officers) {
                em.createNativeQuery("INSERT INTO course_completion (person_id, course_id, started_on,"
                                + " completed_on, recorded_at) SELECT ?1, id, '2026-02-01', '2026-02-02', NOW(3)"
                                + " FROM course WHERE code = 'drugs-regional-training'")
                        .setParameter(1, officer.id)
                        .executeUpdate();
            }
        });
        return code;
    }

    private long[] counts(String round, String offering) {
        long gap = given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .get("/api/insight/rounds/" + round + "/gaps?country=GE")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("[0].id");
        return new long[] {
            statements("/api/insight/rounds/" + round),
            statements("/api/insight/rounds/" + round + "/gaps"),
            statements("/api/insight/rounds/" + round + "/imports"),
            statements("/api/insight/rounds/" + round + "/coverage"),
            statements("/api/insight/rounds/" + round + "/gaps/" + gap + "/trace"),
            statements("/api/insight/courses/drugs-regional-training/gaps?round=" + round),
            statements("/api/insight/offerings/" + offering + "/gaps?round=" + round),
            statements("/api/insight/mappings"),
            statements("/api/insight/rounds")
        };
    }

    private long statements(String path) {
        given().auth().oauth2(accessToken(Tokens.MANAGER)).get(path).then().statusCode(200);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().auth().oauth2(accessToken(Tokens.MANAGER)).get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }
}
