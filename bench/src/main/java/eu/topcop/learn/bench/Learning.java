package eu.topcop.learn.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.topcop.learn.lrs.StatementRefs;

/**
 * Learning records as the module player writes them: per person and module a progress row (with the lessons
 * read and, when passed, a completion) and the xAPI statements of that attempt, until the size's statements per
 * person are spent. Verbs per attempt: launched the module, experienced each lesson (the player's "read"),
 * attempted the quiz, then passed (about 70 %) or failed, and completed the module once passed; a person who has
 * been through every module comes back to them (resumed, experienced again).
 */
final class Learning {

    private static final String HOME = "http://localhost:8115";
    private static final String VERBS = "http://adlnet.gov/expapi/verbs/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Module(String code, int version, int lessons) {}

    private final Connection db;
    private final long seed;
    private final List<Module> modules = new ArrayList<>();
    /**
     * People numbers fit in this many values of a statement's seq, per second (L has 100,000 people). The seq is
     * written, not left to AUTO_INCREMENT, because the query rows name it (V71); it is made of the stored time so
     * that the store is in stored order, as it is when statements come one by one, not person by person, the order
     * the generator writes them in (a learner's statements are then spread over the store, as they are in use).
     */
    private static final long PEOPLE_PER_SECOND = 1 << 17;

    Learning(Connection db, long seed) {
        this.db = db;
        this.seed = seed;
    }

    /**
     * @param fresh the first people, bench users whom the simulations take through a module from the start: they
     *     get no learning records (bench/run clears theirs before each run)
     */
    void write(Generate.Size size, long firstPerson, int fresh) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SELECT m.code, m.current_version, COUNT(l.id)"
                        + " FROM content_module m JOIN module_version v ON v.module_id = m.id"
                        + " AND v.version = m.current_version JOIN lesson l ON l.module_version_id = v.id"
                        + " GROUP BY m.code, m.current_version ORDER BY m.code")) {
            while (rows.next()) {
                modules.add(new Module(rows.getString(1), rows.getInt(2), rows.getInt(3)));
            }
        }
        if (modules.isEmpty()) {
            throw new IllegalStateException("No modules: start the application once so that it imports content/");
        }
        int perPerson = size.statements / size.people;
        long progressId = Generate.next(db, "module_progress");
        if (size.people > PEOPLE_PER_SECOND) {
            throw new IllegalStateException("seq has room for " + PEOPLE_PER_SECOND + " people");
        }
        // The statements and their query rows are most of L's bytes: loaded without keys (BulkLoad says why).
        try (BulkLoad load =
                        BulkLoad.without(
                                db,
                                "xapi_statement",
                                "xapi_statement_ref",
                                "xapi_statement_by_agent",
                                "xapi_statement_attachment");
                Rows progress = new Rows(
                        db,
                        "module_progress",
                        "id, registration, person_id, module_code, version, lessons, current_lesson, started_at,"
                                + " updated_at, lessons_completed_at, quiz_passed_at, completed_at, revision");
                Rows lessons = new Rows(db, "lesson_progress", "progress_id, position, experienced_at");
                Rows completions = new Rows(db, "module_completion", "person_id, module_code, completed_at");
                Rows statements = new Rows(
                        db,
                        "xapi_statement",
                        "seq, id, person_id, verb, activity, registration, timestamp, stored, statement, success");
                // Each statement's query rows (V61) beside it, computed by the store's own StatementRefs: reading
                // 10M documents back with JSON_VALUE to index them, as V61's back-fill does, took hours at size L.
                Rows refs = new Rows(db, "xapi_statement_ref", "ref, related, stored, statement_seq");
                // And the statements again by their agent (V72), as the store's StatementWriter writes them.
                Rows byAgent = new Rows(
                        db, "xapi_statement_by_agent", "ref, stored, statement_seq, voided, statement")) {
            int learners = size.people - fresh;
            long budget = size.statements;
            for (int p = 0; p < learners && budget > 0; p++) {
                int number = fresh + p;
                People.Person person = People.person(number, seed);
                long personId = firstPerson + number;
                Random random = new Random(seed * 17 + number);
                int spend = (int) Math.min(budget, perPerson * (size.people / (double) learners) + 1);
                budget -= spend;
                Instant at = Offerings.AS_OF.minusSeconds(86_400L * (30 + random.nextInt(1_000)));
                int first = random.nextInt(modules.size());
                for (int visit = 0; spend > 0; visit++) {
                    Module module = modules.get((first + visit) % modules.size());
                    String registration = uuid("registration", number, visit % modules.size());
                    String moduleActivity = HOME + "/xapi/activities/modules/" + module.code;
                    boolean again = visit >= modules.size();
                    spend -= statement(statements, refs, byAgent, person, personId, again ? "resumed" : "launched",
                            moduleActivity, registration, at, null, number, visit, 0);
                    int read = Math.min(module.lessons, spend);
                    for (int n = 1; n <= read; n++) {
                        at = at.plusSeconds(300 + random.nextInt(1_200));
                        spend -= statement(statements, refs, byAgent, person, personId, "experienced",
                                moduleActivity + "/lessons/" + n, registration, at, null, number, visit, n);
                        if (!again) {
                            lessons.add(progressId, n, at);
                        }
                    }
                    boolean passed = random.nextInt(10) < 7;
                    boolean quiz = !again && read == module.lessons && spend >= 2;
                    if (quiz) {
                        at = at.plusSeconds(600 + random.nextInt(900));
                        spend -= statement(statements, refs, byAgent, person, personId, "attempted",
                                moduleActivity + "/quiz", registration, at, null, number, visit, 100);
                        spend -= statement(statements, refs, byAgent, person, personId, passed ? "passed" : "failed",
                                moduleActivity + "/quiz", registration, at, passed, number, visit, 101);
                        if (passed && spend > 0) {
                            spend -= statement(statements, refs, byAgent, person, personId, "completed", moduleActivity,
                                    registration, at, true, number, visit, 102);
                            completions.add(personId, module.code, at);
                        }
                    }
                    if (!again) {
                        boolean done = quiz && passed;
                        progress.add(progressId++, registration, personId, module.code, module.version,
                                module.lessons, Math.max(1, read), at.minusSeconds(3_600L * module.lessons), at,
                                read == module.lessons ? at : null, done ? at : null, done ? at : null, 0);
                    }
                    at = at.plusSeconds(86_400L * (1 + random.nextInt(20)));
                }
            }
            System.out.printf("module progress: %d, lessons read: %d, completions: %d, statements: %d%n",
                    progress.written(), lessons.written(), completions.written(), statements.written());
        }
    }

    /** One statement in the shape {@code learning.StatementStore} writes; returns 1 (one statement spent). */
    private int statement(Rows rows, Rows refs, Rows byAgent, People.Person person, long personId, String verb,
            String activity, String registration, Instant at, Boolean success, int number, int visit, int step)
            throws SQLException {
        String id = uuid("statement", number, visit * 1_000 + step);
        String result = success == null ? "" : ",\"result\":{\"success\":" + success + "}";
        String json = "{\"id\":\"" + id + "\",\"version\":\"1.0.3\",\"actor\":{\"objectType\":\"Agent\",\"name\":\""
                + person.name() + "\",\"account\":{\"homePage\":\"" + HOME + "\",\"name\":\"person-" + personId
                + "\"}},\"verb\":{\"id\":\"" + VERBS + verb + "\",\"display\":{\"en-US\":\"" + verb
                + "\"}},\"object\":{\"objectType\":\"Activity\",\"id\":\"" + activity + "\"}" + result
                + ",\"context\":{\"registration\":\"" + registration + "\",\"platform\":\"TOPCOP Learn\"},"
                + "\"timestamp\":\"" + at + "\",\"stored\":\"" + at + "\"}";
        // Within a second a person stores at most a quiz's three statements (attempted, passed, completed).
        long statementSeq = (at.getEpochSecond() * PEOPLE_PER_SECOND + number) * 4 + step % 4;
        rows.add(statementSeq, id, personId, VERBS + verb, activity, registration, at, at, json, success);
        try {
            for (StatementRefs.Ref ref : StatementRefs.of(JSON.readTree(json))) {
                refs.add(ref.key(), ref.related(), at, statementSeq);
                if (ref.byAgent()) {
                    byAgent.add(ref.key(), at, statementSeq, false, json);
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return 1;
    }

    private String uuid(String kind, int number, int step) {
        return UUID.nameUUIDFromBytes(
                        (kind + ":" + seed + ":" + number + ":" + step).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
