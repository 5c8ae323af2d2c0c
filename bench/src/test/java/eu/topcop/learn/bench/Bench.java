package eu.topcop.learn.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    /**
     * The cookies of a signed-in page session, as a browser gets them: the page sends the browser to Keycloak's
     * sign-in form (authorization code flow with PKCE), the form is posted with the user's password, and Keycloak
     * sends the browser back to the application, which sets its session cookies. Outside the measured part.
     * Cookies are kept per host and port by hand: Keycloak marks its own {@code Secure}, which a browser sends to
     * a local address over http but {@link java.net.CookieManager} does not.
     */
    static String pageSession(String username) {
        Map<String, Map<String, String>> jar = new HashMap<>();
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> form = browse(browser, jar, URI.create(APP + "/home"), null);
        Matcher action = LOGIN_FORM.matcher(form.body());
        if (!action.find()) {
            throw new IllegalStateException("No Keycloak sign-in form at " + form.uri());
        }
        String credentials =
                "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + PASSWORD;
        HttpResponse<String> home =
                browse(browser, jar, URI.create(action.group(1).replace("&amp;", "&")), credentials);
        if (home.statusCode() != 200 || !home.uri().toString().startsWith(APP)) {
            throw new IllegalStateException(username + " was not signed in: " + home.statusCode() + " at "
                    + home.uri());
        }
        return jar.getOrDefault(origin(URI.create(APP)), Map.of()).entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    /** One request and the redirects after it (a POST becomes a GET, as a browser does), cookies kept. */
    private static HttpResponse<String> browse(
            HttpClient browser, Map<String, Map<String, String>> jar, URI uri, String form) {
        try {
            for (int hop = 0; hop < 10; hop++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
                Map<String, String> cookies = jar.getOrDefault(origin(uri), Map.of());
                if (!cookies.isEmpty()) {
                    request.header("Cookie", cookies.entrySet().stream()
                            .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                            .collect(Collectors.joining("; ")));
                }
                if (form != null) {
                    request.header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form));
                }
                HttpResponse<String> response = browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
                for (String set : response.headers().allValues("Set-Cookie")) {
                    String pair = set.split(";", 2)[0];
                    int equals = pair.indexOf('=');
                    jar.computeIfAbsent(origin(uri), o -> new LinkedHashMap<>())
                            .put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
                }
                var location = response.headers().firstValue("Location");
                if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                    return response;
                }
                uri = uri.resolve(location.get());
                form = null;
            }
            throw new IllegalStateException("Too many redirects signing in at " + uri);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String origin(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
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
