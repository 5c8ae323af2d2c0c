package eu.topcop.learn.platform.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A local Keycloak for the embedded default, started from the server distribution that the build unpacks
 * from Maven Central into {@code keycloakHome}. The first start builds the server (about a minute); the
 * build stays in {@code keycloakHome}, so later starts take seconds.
 */
public final class LocalKeycloak implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    private final Process process;
    private final String baseUrl;

    private LocalKeycloak(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts Keycloak in development mode with the realm imported (an existing realm is kept as it is).
     *
     * @param dataDir where Keycloak keeps its own database; reused across starts in run mode
     */
    public static LocalKeycloak start(Path keycloakHome, Path realmFile, Path dataDir, int port, String realm) {
        Path launcher = keycloakHome.resolve("bin/kc.sh");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("No Keycloak server at " + keycloakHome
                    + ". The Maven build unpacks it there (goal dependency:unpack, execution unpack-keycloak): "
                    + "run ./mvnw once, or set QUARKUS_OIDC_AUTH_SERVER_URL to use an external Keycloak.");
        }
        try {
            Path importDir = keycloakHome.resolve("data/import");
            Files.createDirectories(importDir);
            Files.copy(realmFile, importDir.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(dataDir);
            List<String> command = new ArrayList<>(List.of(
                    launcher.toString(),
                    "start-dev",
                    "--http-host=127.0.0.1",
                    "--http-port=" + port,
                    "--import-realm",
                    "--health-enabled=false"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(keycloakHome.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(dataDir.resolve("keycloak.log").toFile());
            Map<String, String> env = builder.environment();
            // The administrator of a local, loopback-only development server; never used in production.
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            env.put(
                    "KC_DB_URL",
                    "jdbc:h2:file:" + dataDir.resolve("keycloakdb").toAbsolutePath()
                            + ";NON_KEYWORDS=VALUE;AUTO_SERVER=TRUE");
            env.put("JAVA_OPTS_APPEND", "-Xms64m -Xmx768m");
            Process process = builder.start();
            String baseUrl = "http://127.0.0.1:" + port;
            LocalKeycloak keycloak = new LocalKeycloak(process, baseUrl);
            keycloak.awaitRealm(realm, dataDir.resolve("keycloak.log"));
            return keycloak;
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not start from " + keycloakHome, e);
        }
    }

    /** True when a Keycloak already serves the realm at that port, for example one left by an earlier run. */
    public static boolean serves(int port, String realm) {
        return realmAnswers("http://127.0.0.1:" + port, realm);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String realmUrl(String realm) {
        return baseUrl + "/realms/" + realm;
    }

    private void awaitRealm(String realm, Path log) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Keycloak stopped during start-up (exit " + process.exitValue() + "); see " + log);
            }
            if (realmAnswers(baseUrl, realm)) {
                return;
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException(
                "Keycloak did not serve realm " + realm + " within " + START_TIMEOUT + "; see " + log);
    }

    private static boolean realmAnswers(String baseUrl, String realm) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(baseUrl + "/realms/" + realm + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
