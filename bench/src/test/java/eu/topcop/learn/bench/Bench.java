package eu.topcop.learn.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What every simulation shares: where the application and Keycloak answer (set by bench/run), the bench users
 * (user names {@code bench000000} on, password {@code demo}) and tokens from Keycloak's token endpoint through the
 * bench realm's {@code bench} client (password grant; the production realm has neither).
 */
final class Bench {

    static final String APP = env("BENCH_APP", "http://localhost:8115");
    static final String KEYCLOAK = env("BENCH_KEYCLOAK", "http://127.0.0.1:8195");
    static final int USERS = Integer.parseInt(env("BENCH_USERS", "1000"));
    static final String TOKEN_URL = KEYCLOAK + "/realms/topcop/protocol/openid-connect/token";
    static final String PASSWORD = "demo";
    static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Bench() {}

    static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    static int intEnv(String name, int otherwise) {
        return Integer.parseInt(env(name, String.valueOf(otherwise)));
    }

    static String username(int number) {
        return String.format("bench%06d", number);
    }

    static String tokenForm(String username) {
        return "grant_type=password&client_id=bench&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + PASSWORD;
    }

    /** An access token of a bench user, outside the measured part of a simulation. */
    static String token(String username) {
        JsonNode body = send(HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(tokenForm(username))));
        return body.get("access_token").asText();
    }

    static JsonNode get(String token, String path) {
        return send(HttpRequest.newBuilder(URI.create(APP + path))
                .header("Authorization", "Bearer " + token)
                .GET());
    }

    static JsonNode post(String token, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(APP + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    private static JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(
                        response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
