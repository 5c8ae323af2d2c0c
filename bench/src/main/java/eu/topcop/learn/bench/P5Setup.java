package eu.topcop.learn.bench;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Before P5 (xAPI ingest and queries): {@code P5Setup JDBC_URL SEED FRESH PROPERTIES} makes sure the bench's LRS client
 * exists with a known key and secret (scopes statements/write and all/read), removes the statements earlier runs of
 * P5 sent through it (so that every run starts from the generated store), and writes what the P5 scenarios need to
 * build realistic statements and queries: the client's credentials, the range of generated learners (person ids,
 * whose account agents the generated statements name) and the modules with their lessons.
 *
 * <p>The client is written straight to the database, as the generator writes everything: creating it through the
 * API would need an administrator's token, and the secret's hash is the same PBKDF2 form {@code lrs.SecretHash}
 * writes ({@code pbkdf2-sha512$iterations$salt$hash}), so the application checks it as any other.
 */
public final class P5Setup {

    static final String KEY = "bench-p5";
    static final String SCOPES = "all/read,statements/write";

    private P5Setup() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        long seed = Long.parseLong(args[1]);
        String secret = "bench-only-lrs-secret-" + seed;
        int fresh = Integer.parseInt(args[2]);
        Properties out = new Properties();
        try (Connection db = DriverManager.getConnection(url, "root", "")) {
            long client = client(db, secret);
            int removed = removeIngested(db, client);
            long[] learners = learners(db, fresh);
            out.setProperty("key", KEY);
            out.setProperty("secret", secret);
            out.setProperty("firstLearner", Long.toString(learners[0]));
            out.setProperty("lastLearner", Long.toString(learners[1]));
            out.setProperty("modules", String.join(",", modules(db)));
            System.out.printf("P5: client %s (id %d), %d statements of earlier runs removed, learners %d..%d%n",
                    KEY, client, removed, learners[0], learners[1]);
        }
        try (Writer writer = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
            out.store(writer, "P5 setup");
        }
    }

    private static long client(Connection db, String secret) throws SQLException {
        String hash = hash(secret);
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE lrs_client SET secret_hash = ?, scopes = ?, revoked_at = NULL WHERE client_key = ?")) {
            update.setString(1, hash);
            update.setString(2, SCOPES);
            update.setString(3, KEY);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO lrs_client (name, client_key, secret_hash, scopes, created_by, created_at)"
                                + " SELECT 'Benchmark (P5)', ?, ?, ?, MIN(id), ? FROM person")) {
                    insert.setString(1, KEY);
                    insert.setString(2, hash);
                    insert.setString(3, SCOPES);
                    insert.setObject(4, java.sql.Timestamp.from(Instant.now()));
                    insert.executeUpdate();
                }
            }
        }
        return single(db, "SELECT id FROM lrs_client WHERE client_key = '" + KEY + "'");
    }

    /** The statements earlier runs sent: their query rows first (they point at the statements). */
    private static int removeIngested(Connection db, long client) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("DELETE r FROM xapi_statement_ref r JOIN xapi_statement s ON s.seq = r.statement_seq"
                    + " WHERE s.authority_client_id = " + client);
            return statement.executeUpdate("DELETE FROM xapi_statement WHERE authority_client_id = " + client);
        }
    }

    /**
     * The people the generator gave learning records to: the bench people after the first FRESH, whom P3 and P1 take
     * through a module from the start (their statements are the simulations', a few each).
     */
    private static long[] learners(Connection db, int fresh) throws SQLException {
        String bench = " FROM person WHERE email LIKE '%@bench.topcop.eu'";
        return new long[] {single(db, "SELECT MIN(id) + " + fresh + bench), single(db, "SELECT MAX(id)" + bench)};
    }

    /** Each module as code:lessons, as the generator's learning records use them. */
    private static List<String> modules(Connection db) throws SQLException {
        List<String> modules = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SELECT m.code, COUNT(l.id) FROM content_module m"
                        + " JOIN module_version v ON v.module_id = m.id AND v.version = m.current_version"
                        + " JOIN lesson l ON l.module_version_id = v.id GROUP BY m.code ORDER BY m.code")) {
            while (rows.next()) {
                modules.add(rows.getString(1) + ":" + rows.getInt(2));
            }
        }
        return modules;
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** As lrs.SecretHash writes it: PBKDF2 with HMAC-SHA-512, 210,000 iterations, a 16-byte salt. */
    private static String hash(String secret) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        int iterations = 210_000;
        PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, 512);
        try {
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
            Base64.Encoder b64 = Base64.getEncoder();
            return "pbkdf2-sha512$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(derived);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
