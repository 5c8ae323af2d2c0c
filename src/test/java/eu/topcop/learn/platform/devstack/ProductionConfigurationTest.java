package eu.topcop.learn.platform.devstack;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.quarkus.vertx.http.runtime.TrustedProxyCheck;
import io.quarkus.vertx.http.runtime.TrustedProxyCheckPartConverter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A production node gets everything it cannot start without: every setting the code reads without a default is
 * provided by the Kubernetes manifest and listed in the README. The list is read from the code, so a new required
 * setting fails this test until the deployment knows about it. And a node given only half of the external
 * services refuses to start rather than start local ones behind the operator's back.
 */
class ProductionConfigurationTest {

    /** What a deployment always sets: the external database and identity provider. */
    private static final Set<String> ALWAYS = Set.of(
            "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD",
            "QUARKUS_OIDC_AUTH_SERVER_URL",
            "QUARKUS_OIDC_CREDENTIALS_SECRET");

    private static final Pattern CONFIG_PROPERTY =
            Pattern.compile("@ConfigProperty\\(name\\s*=\\s*\"([^\"]+)\"\\s*\\)\\s*(?:\\R\\s*)?([\\w.<>]+)\\s+\\w+;");

    @Test
    void shouldProvideEveryRequiredSettingInTheKubernetesManifestAndTheReadme() throws IOException {
        Set<String> required = requiredSettings();
        assertTrue(required.contains("LMS_CERTIFICATES_SECRET"), "found by reading the code: " + required);
        assertTrue(required.contains("LMS_PUBLIC_URL"), "found by reading the code: " + required);
        String manifest = Files.readString(Path.of("deploy/kubernetes/topcop-learn.yaml"));
        String readme = Files.readString(Path.of("README.md"));
        Set<String> missingInManifest = new TreeSet<>();
        Set<String> missingInReadme = new TreeSet<>();
        for (String setting : required) {
            if (!manifest.contains(setting)) {
                missingInManifest.add(setting);
            }
            if (!readme.contains("`" + setting + "`")) {
                missingInReadme.add(setting);
            }
        }
        assertEquals(Set.of(), missingInManifest, "required settings the Kubernetes manifest does not provide");
        assertEquals(Set.of(), missingInReadme, "required settings the README's production table does not list");
    }

    /**
     * Quarkus looks up in DNS, on every request and uncached, each trusted proxy it does not read as an address or
     * a CIDR range (it read {@code ::1} as a host name): a request then waits for DNS, 5 s when it does not answer.
     * So every trusted proxy, in every profile and in the manifest, must be an address Quarkus reads as one.
     */
    @Test
    void shouldTrustProxiesByAddressSoThatNoRequestWaitsForDns() throws Exception {
        List<String> entries = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/application.properties"))) {
            Matcher setting = Pattern.compile("^(?:%\\w+\\.)?quarkus\\.http\\.proxy\\.trusted-proxies=(.*)$")
                    .matcher(line);
            if (setting.matches()) {
                entries.addAll(List.of(setting.group(1).split(",")));
            }
        }
        Matcher manifest = Pattern.compile("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES\\W+value:\\s*\"?([^\"\\n]+)")
                .matcher(Files.readString(Path.of("deploy/kubernetes/topcop-learn.yaml")));
        while (manifest.find()) {
            entries.addAll(List.of(manifest.group(1).split(",")));
        }
        assertFalse(entries.isEmpty(), "application.properties names the trusted proxies");
        Field hostName = TrustedProxyCheck.TrustedProxyCheckPart.class.getDeclaredField("hostName");
        hostName.setAccessible(true);
        for (String entry : entries) {
            Object part = new TrustedProxyCheckPartConverter().convert(entry.strip());
            assertEquals(
                    null,
                    hostName.get(part),
                    "a trusted proxy Quarkus would look up in DNS on every request: " + entry);
        }
    }

    /** The benchmark measures the JVM settings the image runs with (issue 17, P6): one file, the same everywhere. */
    @Test
    void shouldRunTheImageAndTheBenchWithTheSameJvmSettings() throws IOException {
        String options = Files.readString(Path.of("deploy/jvm-options")).strip();
        assertTrue(options.contains("-Xmx"), "a heap limit is set: " + options);
        String image = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
        assertTrue(image.contains(options), "Dockerfile.jvm's JAVA_OPTS_APPEND carries deploy/jvm-options");
        assertTrue(image.contains("MALLOC_ARENA_MAX=2"), "Dockerfile.jvm limits malloc arenas");
        String bench = Files.readString(Path.of("bench/run"));
        assertTrue(bench.contains("MALLOC_ARENA_MAX=2 java $(cat deploy/jvm-options)"), "bench/run starts it so");
    }

    @Test
    void shouldRefuseHalfAnExternalConfiguration() {
        withProperty("quarkus.datasource.jdbc.url", "jdbc:mariadb://db:3306/topcop", () -> {
            IllegalStateException refused = assertThrows(IllegalStateException.class, EmbeddedStack::wanted);
            assertTrue(refused.getMessage().contains("QUARKUS_OIDC_AUTH_SERVER_URL"), refused.getMessage());
        });
        withProperty("quarkus.oidc.auth-server-url", "https://id.example.eu/realms/topcop", () -> {
            IllegalStateException refused = assertThrows(IllegalStateException.class, EmbeddedStack::wanted);
            assertTrue(refused.getMessage().contains("QUARKUS_DATASOURCE_JDBC_URL"), refused.getMessage());
        });
        withProperty(
                "quarkus.datasource.jdbc.url",
                "jdbc:mariadb://db:3306/topcop",
                () -> withProperty(
                        "quarkus.oidc.auth-server-url",
                        "https://id.example.eu/realms/topcop",
                        () -> assertFalse(EmbeddedStack.wanted(), "a deployment starts nothing local")));
    }

    /**
     * Settings read with {@code @ConfigProperty} without a default (and not {@code Optional}) that
     * application.properties does not give outside a test or dev profile, as environment variable names.
     */
    private static Set<String> requiredSettings() throws IOException {
        String properties = Files.readString(Path.of("src/main/resources/application.properties"));
        Set<String> required = new TreeSet<>(ALWAYS);
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = CONFIG_PROPERTY.matcher(Files.readString(source));
                while (m.find()) {
                    String key = m.group(1);
                    boolean optional =
                            m.group(2).startsWith("Optional") || m.group(2).contains(".Optional");
                    boolean given = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*=")
                            .matcher(properties)
                            .find();
                    if (!optional && !given) {
                        required.add(key.toUpperCase(Locale.ROOT).replaceAll("[.\\-]", "_"));
                    }
                }
            }
        }
        return required;
    }

    private static void withProperty(String key, String value, Runnable check) {
        String before = System.getProperty(key);
        System.setProperty(key, value);
        try {
            check.run();
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }
}
