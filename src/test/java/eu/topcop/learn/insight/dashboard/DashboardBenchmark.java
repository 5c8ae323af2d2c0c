package eu.topcop.learn.insight.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A benchmark, not a test: a production-sized store written straight into MariaDB with {@code INSERT … SELECT}
 * over the sequence engine ({@code seq_1_to_N}), then the refresh of the dashboard facts and every dashboard read
 * timed. Sizes: {@code -Dbench.people=100000 -Dbench.applications=1000000 -Dbench.statements=10000000} (the
 * defaults), or {@code -Dbench.scale=0.1} for all three at a tenth; {@code -Dbench.buffer-pool-mb=2048} sizes the
 * embedded server's InnoDB buffer pool first. Not in the default run:
 * {@code ./mvnw test -Dsurefire.excludedGroups=jazzer -Dtest=DashboardBenchmark}; the figures go to the log and to
 * {@code target/benchmarks/dashboard.md}.
 */
@QuarkusTest
@Tag("benchmark")
class DashboardBenchmark {

    private static final String[] COUNTRIES = {"AM", "AZ", "GE", "MD", "UA"};

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DashboardFacts facts;

    @Inject
    DashboardService dashboards;

    private final List<String> lines = new ArrayList<>();

    @Test
    @TestSecurity(user = "bench-manager", roles = Roles.COURSE_MANAGER)
    void measureTheRefreshAndTheDashboardsOnAProductionSizedStore() throws Exception {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
        long people = Long.getLong("bench.people", Math.round(100_000 * scale));
        long applications = Long.getLong("bench.applications", Math.round(1_000_000 * scale));
        long statements = Long.getLong("bench.statements", Math.round(10_000_000 * scale));
        String tag = Long.toString(System.nanoTime() % 100_000_000L, 36);
        tag = (tag + "00000000").substring(0, 8);

        long generation = System.nanoTime();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            // The embedded server starts with MariaDB's 128 MB buffer pool, far below a production server's: with
            // it the store spills to disk, and the generation rather than the dashboards is what gets measured.
            s.execute(
                    "SET GLOBAL innodb_buffer_pool_size = " + Long.getLong("bench.buffer-pool-mb", 2048) * 1024 * 1024);
            generate(s, tag, people, applications, statements);
        }
        lines.add(String.format("| generation (straight into MariaDB) | %.1f s | |", seconds(generation)));

        DashboardFacts.Refresh refresh =
                time("fact refresh (one transaction)", () -> facts.refresh().orElseThrow());
        lines.add("| fact rows after the refresh | " + refresh.factRows() + " | |");
        String token = accessToken(Tokens.MANAGER);
        request("GET /api/insight/dashboard (every country)", token, "/api/insight/dashboard");
        request("GET /api/insight/dashboard?country=GE", token, "/api/insight/dashboard?country=GE");
        request(
                "GET /api/insight/dashboard?priority=drug-trafficking&year=2023",
                token,
                "/api/insight/dashboard?priority=drug-trafficking&year=2023");
        request("GET /insight/dashboard (page, every country)", token, "/insight/dashboard");
        request("GET /insight/dashboard?country=GE (page)", token, "/insight/dashboard?country=GE");
        request("GET /insight/priorities/drug-trafficking (page)", token, "/insight/priorities/drug-trafficking");
        request("GET /insight/dashboard/cells.csv", token, "/insight/dashboard/cells.csv");
        request("GET /insight/dashboard.xlsx", token, "/insight/dashboard.xlsx");
        request("GET /insight/dashboard/report.pdf?country=GE", token, "/insight/dashboard/report.pdf?country=GE");

        String report = String.format(
                "Store: %,d people, %,d applications, %,d xAPI statements%n%n| step | time | |%n|---|---|---|%n%s%n",
                people, applications, statements, String.join("\n", lines));
        System.out.println(report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/dashboard.md"), report);
        assertTrue(refresh.factRows() > 0);
    }

    /** Every request is the signed-in course manager's (test security); the API's also carries a real token. */
    private void request(String what, String token, String path) {
        RequestSpecification spec = given().auth().oauth2(token);
        spec.get(path).then().statusCode(200);
        long start = System.nanoTime();
        int times = 5;
        for (int i = 0; i < times; i++) {
            given().auth().oauth2(token).get(path).then().statusCode(200);
        }
        lines.add(String.format("| %s, mean of %d | %.0f ms | |", what, times, seconds(start) * 1000 / times));
    }

    private <T> T time(String what, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        lines.add(String.format("| %s | %.2f s | |", what, seconds(start)));
        return result;
    }

    private void generate(Statement s, String tag, long people, long applications, long statements)
            throws SQLException {
        String countries = "ELT(1 + %s MOD 5, '" + String.join("', '", COUNTRIES) + "')";
        long offerings = Math.max(50, applications / 500);
        step(
                s,
                "people",
                "INSERT INTO person (email, name, country_code, agency, created_at, updated_at)"
                        + " SELECT CONCAT('bench-', '" + tag + "', '-', seq, '@example.org'), CONCAT('Officer ', seq), "
                        + countries.formatted("seq") + ", 'Police', NOW(), NOW() FROM seq_1_to_" + people);
        long firstPerson = single(s, "SELECT MIN(id) FROM person WHERE email LIKE 'bench-" + tag + "-%'");
        long lastPerson = single(s, "SELECT MAX(id) FROM person WHERE email LIKE 'bench-" + tag + "-%'");
        assertTrue(lastPerson - firstPerson + 1 == people, "the people's ids are consecutive");

        s.execute("CREATE TEMPORARY TABLE bench_course AS SELECT ROW_NUMBER() OVER (ORDER BY k.id) - 1 AS n, k.id,"
                + " k.code, cr.code AS priority FROM course k JOIN curriculum_priority cp ON cp.curriculum_id ="
                + " k.curriculum_id JOIN crime_priority cr ON cr.id = cp.crime_priority_id AND cr.portfolio");
        long courses = single(s, "SELECT COUNT(*) FROM bench_course");
        step(
                s,
                "offerings",
                "INSERT INTO offering (code, course_id, status, starts_on, ends_on, online, capacity,"
                        + " working_language, applications_open_on, applications_close_on, course_manager,"
                        + " course_manager_name, created_at, updated_at) SELECT CONCAT('bench-', '" + tag
                        + "', '-', seq),"
                        + " b.id, 'SCHEDULED', DATE('2020-01-01') + INTERVAL (seq * 7) MOD 2190 DAY,"
                        + " DATE('2020-01-05') + INTERVAL (seq * 7) MOD 2190 DAY, TRUE, 30, 'en',"
                        + " DATE('2019-11-01') + INTERVAL (seq * 7) MOD 2190 DAY,"
                        + " DATE('2019-12-31') + INTERVAL (seq * 7) MOD 2190 DAY, 'bench', 'Bench', NOW(), NOW()"
                        + " FROM seq_1_to_" + offerings + " JOIN bench_course b ON b.n = seq MOD " + courses);
        long firstOffering = single(s, "SELECT MIN(id) FROM offering WHERE code LIKE 'bench-" + tag + "-%'");

        // Person p applies to offerings (p + k·37) mod O for k = 0, 1, …: never twice to the same one.
        step(
                s,
                "applications",
                "INSERT INTO application (offering_id, person_id, country_code, kind, status,"
                        + " submitted_at, updated_at) SELECT " + firstOffering + " + ((seq - 1) MOD " + people
                        + " + ((seq - 1) DIV " + people + ") * 37) MOD " + offerings + ", " + firstPerson
                        + " + (seq - 1) MOD "
                        + people + ", " + countries.formatted("((seq - 1) MOD " + people + " + 1)")
                        + ", 'APPLICATION', ELT(1 + seq MOD 4, 'APPROVED', 'SUBMITTED', 'REJECTED', 'APPROVED'),"
                        + " TIMESTAMP('2019-12-01') + INTERVAL seq MOD 2190 DAY, NOW() FROM seq_1_to_" + applications);

        step(
                s,
                "course completions",
                "INSERT IGNORE INTO course_completion (person_id, course_id, offering_id,"
                        + " started_on, completed_on, recorded_at) SELECT a.person_id, o.course_id, o.id, o.starts_on,"
                        + " o.ends_on, NOW() FROM application a JOIN offering o ON o.id = a.offering_id"
                        + " WHERE a.status = 'APPROVED' AND o.code LIKE 'bench-" + tag + "-%'");
        step(
                s,
                "certificates",
                "INSERT IGNORE INTO certificate (code, person_id, kind, holder, course_code,"
                        + " course_title, crime_priorities, hours, started_on, completed_on, issued_at, signature)"
                        + " SELECT CONCAT('B', '" + tag
                        + "', c.id), c.person_id, 'COURSE', 'Bench', b.code, '{}', b.priority,"
                        + " 20, c.started_on, c.completed_on, c.completed_on, REPEAT('0', 64) FROM course_completion c"
                        + " JOIN bench_course b ON b.id = c.course_id JOIN person p ON p.id = c.person_id"
                        + " WHERE p.email LIKE 'bench-" + tag + "-%' AND c.id MOD 2 = 0");

        s.execute("CREATE TEMPORARY TABLE bench_module AS SELECT ROW_NUMBER() OVER (ORDER BY m.id) - 1 AS n, m.code,"
                + " m.current_version AS version FROM content_module m");
        long modules = single(s, "SELECT COUNT(*) FROM bench_module");
        if (modules > 0) {
            step(
                    s,
                    "module progress",
                    "INSERT INTO module_progress (registration, person_id, module_code, version,"
                            + " lessons, current_lesson, started_at, updated_at) SELECT CONCAT('bench-reg-', '" + tag
                            + "', '-', LPAD(seq, 17, '0')), " + firstPerson + " + (seq - 1) MOD " + people + ", m.code,"
                            + " m.version, 3, 3, TIMESTAMP('2020-01-01') + INTERVAL seq MOD 2190 DAY,"
                            + " TIMESTAMP('2020-01-01') + INTERVAL seq MOD 2190 DAY FROM seq_1_to_" + people * 2
                            + " JOIN bench_module m ON m.n = ((seq - 1) DIV " + people + ") MOD " + modules);
            step(
                    s,
                    "pre-tests and post-tests",
                    "INSERT INTO quiz_attempt (progress_id, number, paper, started_at,"
                            + " submitted_at, score, passed, late) SELECT p.id, t.n, '[]', p.started_at, p.started_at,"
                            + " IF(t.n = 0, 30 + p.id MOD 40, 50 + p.id MOD 50), IF(t.n = 0, NULL, TRUE), FALSE"
                            + " FROM module_progress p JOIN (SELECT 0 AS n UNION ALL SELECT 1) t"
                            + " WHERE p.registration LIKE 'bench-reg-" + tag + "-%'");
        }

        step(s, "xAPI statements", null);
        long chunk = 1_000_000;
        for (long done = 0; done < statements; done += chunk) {
            long n = Math.min(chunk, statements - done);
            s.execute("INSERT INTO xapi_statement (id, person_id, verb, activity, timestamp, stored, statement,"
                    + " success) SELECT CONCAT('bench000-', '" + tag + "', '-', LPAD(" + done + " + seq, 18, '0')), "
                    + firstPerson + " + seq MOD " + people + ", ELT(1 + seq MOD 3,"
                    + " 'http://adlnet.gov/expapi/verbs/experienced', 'http://adlnet.gov/expapi/verbs/answered',"
                    + " 'http://adlnet.gov/expapi/verbs/completed'), CONCAT('https://learn.topcop.eu/xapi/activities/',"
                    + " seq MOD 500), TIMESTAMP('2020-01-01') + INTERVAL seq MOD 60000000 SECOND, NOW(), '{}',"
                    + " IF(seq MOD 3 = 1, seq MOD 2 = 0, NULL) FROM seq_1_to_" + n);
        }
        finish("xAPI statements");

        long trainers = Math.max(10, people / 50);
        step(
                s,
                "trainer certifications",
                "INSERT INTO trainer_certification (person_id, crime_priority_id,"
                        + " offering_id, certified_on, expires_on) SELECT " + firstPerson + " + seq * 7 MOD " + people
                        + ", cr.id, " + firstOffering + " + seq MOD " + offerings
                        + ", DATE('2020-01-01') + INTERVAL seq MOD"
                        + " 2190 DAY, DATE('2024-01-01') + INTERVAL seq MOD 2190 DAY FROM seq_1_to_" + trainers
                        + " JOIN bench_course b ON b.n = seq MOD " + courses
                        + " JOIN crime_priority cr ON cr.code = b.priority");
        long multiplications = Math.max(10, trainers / 2);
        step(
                s,
                "multiplication courses",
                "INSERT INTO multiplication_course (code, trainer_id, course_id,"
                        + " country_code, starts_on, ends_on, place, language, expected_participants, material, status,"
                        + " created_at, updated_at) SELECT CONCAT('bench-', '" + tag + "', '-', seq), " + firstPerson
                        + " + seq * 7 MOD " + people + ", b.id, "
                        + countries.formatted("(seq * 7 MOD " + people + " + 1)")
                        + ", DATE('2020-01-01') + INTERVAL seq MOD 2190 DAY, DATE('2020-01-02') + INTERVAL seq MOD 2190 DAY,"
                        + " 'Academy', 'en', 20, 'Material', IF(seq MOD 4 = 0, 'PLANNED', 'VALIDATED'), NOW(), NOW()"
                        + " FROM seq_1_to_" + multiplications + " JOIN bench_course b ON b.n = seq MOD " + courses);
        long firstMultiplication =
                single(s, "SELECT MIN(id) FROM multiplication_course WHERE code LIKE 'bench-" + tag + "-%'");
        step(
                s,
                "multiplication participants",
                "INSERT INTO multiplication_participant (course_id, person_id, name,"
                        + " agency, attended, created_at) SELECT " + firstMultiplication + " + (seq - 1) DIV 20, NULL,"
                        + " CONCAT('Participant ', seq), 'Police', seq MOD 5 <> 0, NOW() FROM seq_1_to_"
                        + multiplications * 20);

        long exchangeOffers = Math.max(10, people / 200);
        step(
                s,
                "exchange offers",
                "INSERT INTO exchange_offer (code, kind, host_country, host_agency, topic,"
                        + " crime_priority_id, places, starts_on, ends_on, language, description, status, published_by,"
                        + " created_at) SELECT CONCAT('bench-', '" + tag
                        + "', '-', seq), 'LONG_TERM', 'DE', 'BKA', 'Topic',"
                        + " cr.id, 10, DATE('2020-01-01') + INTERVAL seq MOD 2190 DAY, DATE('2020-03-01') + INTERVAL seq MOD"
                        + " 2190 DAY, 'en', 'Description', 'OPEN', 'bench', NOW() FROM seq_1_to_" + exchangeOffers
                        + " JOIN bench_course b ON b.n = seq MOD " + courses
                        + " JOIN crime_priority cr ON cr.code = b.priority");
        long firstOffer = single(s, "SELECT MIN(id) FROM exchange_offer WHERE code LIKE 'bench-" + tag + "-%'");
        step(
                s,
                "exchange applications",
                "INSERT INTO exchange_application (offer_id, person_id, guest_country,"
                        + " guest_agency, languages, motivation, status, submitted_at, updated_at) SELECT " + firstOffer
                        + " + (seq - 1) DIV 5, " + firstPerson + " + seq * 13 MOD " + people + ", "
                        + countries.formatted("(seq * 13 MOD " + people + " + 1)") + ", 'Police', 'en', 'Motivation',"
                        + " ELT(1 + seq MOD 3, 'MATCHED', 'REPORTED', 'DECLINED'), NOW(), NOW() FROM seq_1_to_"
                        + exchangeOffers * 5);

        long events = Math.max(5, people / 1000);
        step(
                s,
                "network events",
                "INSERT INTO network_event (code, kind, title, crime_priority_id, starts_at,"
                        + " ends_at, language, capacity, agenda, organiser, status, created_at) SELECT CONCAT('bench-', '"
                        + tag
                        + "', '-', seq), 'WEBINAR', 'Webinar', cr.id, TIMESTAMP('2020-01-01 10:00:00') + INTERVAL seq"
                        + " MOD 2190 DAY, TIMESTAMP('2020-01-01 12:00:00') + INTERVAL seq MOD 2190 DAY, 'en', 500, 'Agenda',"
                        + " 'bench', 'SCHEDULED', NOW() FROM seq_1_to_" + events
                        + " JOIN bench_course b ON b.n = seq MOD "
                        + courses + " JOIN crime_priority cr ON cr.code = b.priority");
        long firstEvent = single(s, "SELECT MIN(id) FROM network_event WHERE code LIKE 'bench-" + tag + "-%'");
        step(
                s,
                "network event registrations",
                "INSERT INTO network_event_registration (event_id, person_id,"
                        + " registered_at, attended) SELECT " + firstEvent + " + (seq - 1) DIV 100, " + firstPerson
                        + " + (seq - 1) MOD " + people + ", NOW(), seq MOD 3 <> 0 FROM seq_1_to_" + events * 100);
    }

    private long stepStart;

    private void step(Statement s, String what, String sql) throws SQLException {
        stepStart = System.nanoTime();
        if (sql != null) {
            s.execute(sql);
            finish(what);
        }
    }

    private void finish(String what) {
        System.out.printf("generated %s in %.1f s%n", what, seconds(stepStart));
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
