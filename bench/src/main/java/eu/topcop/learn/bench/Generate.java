package eu.topcop.learn.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark data generator: {@code Generate SIZE SEED JDBC_URL SIGNING_IN FRESH} writes people, offerings,
 * applications, learning records, the cascade and an open OTNA round straight into a database the application has
 * migrated (and whose content it has imported: offerings point at its courses, learning records at its modules, the
 * round's capabilities at the codes its curricula map). {@code Generate reset
 * SEED JDBC_URL SIGNING_IN FRESH} removes what earlier runs of the simulations wrote for the first FRESH bench
 * users, so that every run starts from the same state.
 *
 * <p>Same seed, same rows: every random choice comes from {@code java.util.Random} seeded from the seed and
 * the row's number, and dates are counted from a fixed day ({@link Offerings#AS_OF}), never from today.
 */
public final class Generate {

    /** People, applications, xAPI statements and offerings per year (over four years) of each size. */
    enum Size {
        S(1_000, 10_000, 100_000, 20),
        M(10_000, 100_000, 1_000_000, 60),
        L(100_000, 1_000_000, 10_000_000, 200);

        final int people;
        final int applications;
        final int statements;
        final int offeringsPerYear;

        Size(int people, int applications, int statements, int offeringsPerYear) {
            this.people = people;
            this.applications = applications;
            this.statements = statements;
            this.offeringsPerYear = offeringsPerYear;
        }
    }

    private Generate() {}

    public static void main(String[] args) throws Exception {
        boolean reset = args[0].equals("reset");
        long seed = Long.parseLong(args[1]);
        String url = args[2];
        int signingIn = Integer.parseInt(args[3]);
        // The bench users the learning scenarios (P3, then P1) take through a module: no learning history.
        int fresh = Integer.parseInt(args[4]);
        try (Connection db = DriverManager.getConnection(url + "?rewriteBatchedStatements=true", "root", "")) {
            if (reset) {
                resetBenchUsers(db, fresh);
                return;
            }
            Size size = Size.valueOf(args[0]);
            long started = System.nanoTime();
            db.setAutoCommit(false);
            try (Statement session = db.createStatement()) {
                // A bulk load of rows known to be consistent: the checks would cost more than the writing.
                session.execute("SET unique_checks = 0");
                session.execute("SET foreign_key_checks = 0");
            }
            long firstPerson = next(db, "person");
            writePeople(db, size, seed, firstPerson, signingIn);
            Offerings offerings = new Offerings(db, seed, size.offeringsPerYear);
            offerings.write();
            offerings.writeApplications(size, firstPerson, signingIn);
            new Learning(db, seed).write(size, firstPerson, fresh);
            new Cascade(db, seed).write(size, firstPerson);
            new Otna(db, seed).write(size, firstPerson);
            try (Statement session = db.createStatement()) {
                session.execute("SET unique_checks = 1");
                session.execute("SET foreign_key_checks = 1");
            }
            db.commit();
            System.out.printf(
                    "Generated size %s (seed %d) in %.1f s%n", size, seed, (System.nanoTime() - started) / 1e9);
        }
    }

    static long next(Connection db, String table) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void writePeople(Connection db, Size size, long seed, long firstId, int signingIn)
            throws SQLException {
        Instant created = Offerings.AS_OF.minusSeconds(4L * 365 * 86_400);
        try (Rows rows = new Rows(
                db,
                "person",
                "id, subject, username, email, name, country_code, agency, position, agency_type, created_at,"
                        + " updated_at")) {
            for (int i = 0; i < size.people; i++) {
                People.Person person = People.person(i, seed);
                // Those who sign in are bound to their Keycloak account (the realm has the same ids); the others
                // were nominated by e-mail and have no account, as most officers in the figures.
                boolean account = person.signsIn(signingIn);
                rows.add(
                        firstId + i,
                        account ? person.subject() : null,
                        account ? person.username() : null,
                        person.email(),
                        person.name(),
                        person.country(),
                        agency(person),
                        "Inspector",
                        person.agencyType(),
                        created.plusSeconds(i * 60L),
                        created.plusSeconds(i * 60L));
            }
            System.out.printf("people: %d%n", rows.written());
        }
    }

    private static String agency(People.Person person) {
        return switch (person.agencyType()) {
            case "police" -> "National Police (" + person.country() + ")";
            case "border-guard" -> "State Border Guard (" + person.country() + ")";
            case "customs" -> "Customs Service (" + person.country() + ")";
            case "prosecution" -> "Prosecutor General's Office (" + person.country() + ")";
            case "judiciary" -> "Judicial Academy (" + person.country() + ")";
            default -> "Ministry of Internal Affairs (" + person.country() + ")";
        };
    }

    /** The learning records the simulations leave for the bench users (quiz attempts, progress, statements). */
    private static void resetBenchUsers(Connection db, int fresh) throws SQLException {
        String bench = "(SELECT id FROM person WHERE email LIKE '%@bench.topcop.eu' AND subject IS NOT NULL"
                + " AND username < '" + String.format("bench%06d", fresh) + "')";
        List<String> deletes = new ArrayList<>(List.of(
                "DELETE FROM quiz_attempt WHERE progress_id IN (SELECT id FROM module_progress WHERE person_id IN "
                        + bench + ")",
                "DELETE FROM lesson_served WHERE progress_id IN (SELECT id FROM module_progress WHERE person_id IN "
                        + bench + ")",
                "DELETE FROM lesson_progress WHERE progress_id IN (SELECT id FROM module_progress WHERE person_id IN "
                        + bench + ")"));
        deletes.add("DELETE FROM xapi_statement_ref WHERE statement_seq IN (SELECT seq FROM xapi_statement WHERE"
                + " person_id IN " + bench + ")");
        for (String table : List.of(
                "module_progress",
                "module_completion",
                "xapi_statement",
                "course_completion",
                "certificate",
                "notification")) {
            deletes.add("DELETE FROM " + table + " WHERE person_id IN " + bench);
        }
        try (Statement statement = db.createStatement()) {
            statement.execute("SET foreign_key_checks = 0");
            for (String delete : deletes) {
                statement.executeUpdate(delete);
            }
            statement.execute("SET foreign_key_checks = 1");
        }
    }
}
