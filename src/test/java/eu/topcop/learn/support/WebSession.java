package eu.topcop.learn.support;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

import static io.restassured.RestAssured.given;

/**
 * A browser's cookie jar without the browser: plain HTTP requests that keep the cookies of the application and of
 * Keycloak (per host), and a sign-in through the real Keycloak login form, the authorization code flow the pages
 * use. Redirects are followed by hand, so that a test sees each step.
 */
public final class WebSession {

    private static final Pattern FORM_ACTION =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final Map<String, Map<String, String>> jar = new ConcurrentHashMap<>();

    /** The application's address, as a browser would have it. */
    public static String app() {
        return "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    }

    /** A request to a URL (or a path of the application) with this browser's cookies for its host. */
    public Response send(String method, String url, RequestSpecification spec) {
        String absolute = url.startsWith("http") ? url : app() + url;
        String host = URI.create(absolute).getAuthority();
        // Addresses come from Location headers, already encoded: encoding them again would break them.
        spec.urlEncodingEnabled(false)
                .redirects()
                .follow(false)
                .cookies(new LinkedHashMap<>(jar.getOrDefault(host, Map.of())));
        Response response = spec.request(method, absolute);
        Map<String, String> kept = jar.computeIfAbsent(host, h -> new ConcurrentHashMap<>());
        for (Cookie cookie : response.getDetailedCookies()) {
            boolean expired = cookie.getMaxAge() == 0
                    || (cookie.getExpiryDate() != null && cookie.getExpiryDate().getTime() < System.currentTimeMillis())
                    || cookie.getValue() == null
                    || cookie.getValue().isEmpty();
            if (expired) {
                kept.remove(cookie.getName());
            } else {
                kept.put(cookie.getName(), cookie.getValue());
            }
        }
        return response;
    }

    public Response get(String url) {
        return send("GET", url, given());
    }

    /** This browser's cookies for the application. */
    public Map<String, String> appCookies() {
        return Map.copyOf(jar.getOrDefault(URI.create(app()).getAuthority(), Map.of()));
    }

    /**
     * Signs in as a demo user (password "demo") from a page that needs it: the page sends the browser to Keycloak,
     * the login form is filled in, Keycloak sends it back, the application finishes the code flow and returns to
     * the page. The page's final answer.
     */
    public Response signIn(String page, String username) {
        Response toKeycloak = get(page);
        if (toKeycloak.statusCode() != 302) {
            throw new IllegalStateException("Expected a redirect to Keycloak, got " + toKeycloak.statusCode());
        }
        String loginUrl = toKeycloak.header("Location");
        Response form = get(loginUrl);
        Matcher action = FORM_ACTION.matcher(form.asString());
        if (!action.find()) {
            throw new IllegalStateException("No Keycloak login form at " + loginUrl + ": " + form.statusCode());
        }
        Response response = send(
                "POST",
                action.group(1).replace("&amp;", "&"),
                given().contentType("application/x-www-form-urlencoded")
                        .formParam("username", username)
                        .formParam("password", "demo")
                        .formParam("credentialId", ""));
        String url = action.group(1);
        for (int hops = 0; hops < 10 && isRedirect(response); hops++) {
            url = URI.create(url).resolve(response.header("Location")).toString();
            response = get(url);
        }
        return response;
    }

    private static boolean isRedirect(Response response) {
        return response.statusCode() >= 300 && response.statusCode() < 400 && response.header("Location") != null;
    }
}
