package eu.topcop.learn.platform.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The realm a local Keycloak imports: the production realm of {@code deploy/keycloak/topcop-realm.json} as it is
 * (lockout, password policy, verified e-mail, session timeouts: the tests prove those on the real server), plus
 * what only a local, loopback server may have: the demo users of {@code deploy/keycloak/demo} (which a
 * production build does not carry), a known client secret, redirects to the local ports, and the password grant
 * that scripts and tests use to get tokens.
 */
final class LocalRealm {

    static final String CLIENT_ID = "topcop-web";

    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalRealm() {}

    /**
     * @param clientSecret the secret the local client gets
     * @param appPorts the local ports the application answers on (run and test)
     */
    static String build(String clientSecret, List<Integer> appPorts) {
        ObjectNode realm = (ObjectNode) read("/keycloak/topcop-realm.json", "the realm");
        JsonNode demo = read("/keycloak/demo/demo-users.json", "the demo users (a production build has none)");
        realm.set("users", demo.get("users"));
        for (JsonNode client : realm.withArray("clients")) {
            if (CLIENT_ID.equals(client.path("clientId").asText())) {
                ObjectNode local = (ObjectNode) client;
                local.put("secret", clientSecret);
                local.put("directAccessGrantsEnabled", true);
                local.put("baseUrl", "http://localhost:" + appPorts.get(0) + "/");
                ArrayNode redirects = local.putArray("redirectUris");
                Set<Integer> ports = new LinkedHashSet<>(appPorts);
                for (int port : ports) {
                    redirects.add("http://localhost:" + port + "/*");
                    redirects.add("http://127.0.0.1:" + port + "/*");
                }
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(realm);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String resource, String what) {
        try (InputStream in = LocalRealm.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The local Keycloak needs " + what + ", but " + resource
                        + " is not in this build. The embedded default runs from a development build"
                        + " (./mvnw package), not from a production one (-Dproduction).");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
