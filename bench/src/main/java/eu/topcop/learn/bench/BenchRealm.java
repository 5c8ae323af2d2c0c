package eu.topcop.learn.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The realm the bench Keycloak imports: the production realm of {@code deploy/keycloak} with what only a local
 * server gets (the demo users, the local client secret, redirects to the bench port; as the run command's
 * LocalRealm), plus the bench users and a public {@code bench} client allowed the password grant, so that
 * simulations get tokens straight from the token endpoint. Never part of the production realm.
 *
 * <p>Bench users share the demo users' stored password hash (password {@code demo}): importing a thousand
 * users with a plain password would hash each at import (pbkdf2, 210,000 rounds), minutes of CPU for nothing.
 * Their ids come from the seed, so that the generator binds the same people to them ({@link People}).
 */
final class BenchRealm {

    static final String LOCAL_CLIENT_SECRET = "topcop-web-local-development-secret-2026";
    static final String BENCH_CLIENT = "bench";

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchRealm() {}

    static String build(Path repository, int users, long seed, int appPort) throws IOException {
        ObjectNode realm = (ObjectNode) read(repository.resolve("deploy/keycloak/topcop-realm.json"));
        JsonNode demo = read(repository.resolve("deploy/keycloak/demo/demo-users.json"));
        ArrayNode all = realm.putArray("users");
        demo.get("users").forEach(all::add);
        JsonNode credential = demo.get("users").get(0).get("credentials");
        for (People.Person person : People.signingIn(users, seed)) {
            ObjectNode user = all.addObject();
            user.put("id", person.subject());
            user.put("username", person.username());
            user.put("enabled", true);
            user.put("email", person.email());
            user.put("emailVerified", true);
            user.put("firstName", person.firstName());
            user.put("lastName", person.lastName());
            user.putObject("attributes").putArray("country").add(person.country());
            user.set("credentials", credential);
            user.putArray("realmRoles").add("trainee");
        }
        ArrayNode clients = realm.withArray("clients");
        ObjectNode web = null;
        for (JsonNode client : clients) {
            if ("topcop-web".equals(client.path("clientId").asText())) {
                web = (ObjectNode) client;
            }
        }
        if (web == null) {
            throw new IllegalStateException("The realm has no topcop-web client");
        }
        ObjectNode bench = web.deepCopy();
        web.put("secret", LOCAL_CLIENT_SECRET);
        web.put("baseUrl", "http://localhost:" + appPort + "/");
        ArrayNode redirects = web.putArray("redirectUris");
        redirects.add("http://localhost:" + appPort + "/*");
        redirects.add("http://127.0.0.1:" + appPort + "/*");
        bench.put("clientId", BENCH_CLIENT);
        bench.put("name", "Benchmark harness");
        bench.put("publicClient", true);
        bench.remove("secret");
        bench.put("standardFlowEnabled", false);
        bench.put("directAccessGrantsEnabled", true);
        bench.putArray("redirectUris");
        bench.remove("baseUrl");
        clients.add(bench);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(realm);
    }

    private static JsonNode read(Path file) throws IOException {
        return JSON.readTree(Files.readString(file));
    }
}
