package eu.topcop.learn.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input over every page form, found in the application's own OpenAPI document (which lists the page routes
 * with their form fields), by a user who holds every role so that each form is read: each field over-long (longer
 * than any column) and with a NUL character, and a body over the size limit. A page answers with a redirect or a
 * page meant for people (the error page, or the form naming its mistakes), never a 500 and never an empty body.
 */
@QuarkusTest
class PageBadInputTest {

    private static final String CSRF = "page-bad-input";

    private static final int LONGER_THAN_ANY_COLUMN = 70_000;

    /** Fields of a form the document cannot describe (a page method that reads the whole form). */
    private static final List<String> ANY_FIELDS = List.of("reason", "a-q1", "quota-GE", "prerequisites");

    @TestFactory
    @TestSecurity(
            user = "page-walker",
            roles = {
                Roles.TRAINEE,
                Roles.TRAINER,
                Roles.NATIONAL_COORDINATOR,
                Roles.COURSE_MANAGER,
                Roles.CONTENT_AUTHOR,
                Roles.ADMIN
            })
    Stream<DynamicTest> shouldAnswerBadFormInputOnEveryPageWithAPageForPeopleNeverA500() throws Exception {
        JsonNode document = new ObjectMapper()
                .readTree(given().get("/q/openapi?format=json").asString());
        List<Form> forms = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> {
            JsonNode post = path.getValue().path("post");
            if (path.getKey().startsWith("/api/") || path.getKey().startsWith("/xapi/") || post.isMissingNode()) {
                return;
            }
            JsonNode schema = post.path("requestBody").path("content").path("application/x-www-form-urlencoded");
            List<String> fields = new ArrayList<>();
            schema.path("schema").path("properties").fieldNames().forEachRemaining(fields::add);
            if (!schema.isMissingNode() && fields.isEmpty()) {
                fields.addAll(ANY_FIELDS);
            }
            forms.add(new Form(path.getKey(), path.getKey().replaceAll("\\{[^}]*}", "999999"), fields));
        });
        assertTrue(forms.size() >= 40, "page forms found in the OpenAPI document: " + forms);
        return forms.stream().map(form -> DynamicTest.dynamicTest("POST " + form.template(), () -> walk(form)));
    }

    private void walk(Form form) {
        List<String> failures = new ArrayList<>();
        for (String field : form.fields()) {
            check(
                    failures,
                    field + " longer than any column",
                    post(form, field, "x".repeat(LONGER_THAN_ANY_COLUMN)),
                    false);
            check(failures, field + " with a NUL character", post(form, field, "a\u0000b"), true);
        }
        Response oversize = given().redirects()
                .follow(false)
                .cookie("topcop-csrf", CSRF)
                .formParam("_csrf", CSRF)
                .formParam("x", "x".repeat(2 * 1024 * 1024))
                .post(form.address());
        if (oversize.statusCode() != 413 || !oversize.asString().contains("data-testid=\"error-page\"")) {
            failures.add("a body of 2 MB: expected 413 with the error page, got " + summary(oversize));
        }
        assertTrue(failures.isEmpty(), "POST " + form.template() + ":\n  " + String.join("\n  ", failures));
    }

    private static Response post(Form form, String field, String value) {
        RequestSpecification request = given().redirects()
                .follow(false)
                .header("Accept-Language", "hy")
                .cookie("topcop-csrf", CSRF)
                .formParam("_csrf", CSRF)
                .formParam(field, value);
        return request.post(form.address());
    }

    /** A redirect, or a 4xx page for people: the error page or the form with its mistakes named. */
    private static void check(List<String> failures, String what, Response response, boolean refusedAsText) {
        int status = response.statusCode();
        String body = response.asString();
        boolean forPeople = body.contains("data-testid=\"error-page\"") || body.contains("data-testid=\"errors\"");
        boolean inLanguage = body.contains("<html lang=\"hy\">");
        if (refusedAsText) {
            if (status != 400 || !forPeople || !inLanguage) {
                failures.add(what + ": expected 400 with the error page in Armenian, got " + summary(response));
            }
            return;
        }
        if (status >= 300 && status < 400) {
            return;
        }
        if (status < 400 || status >= 500 || !forPeople || !inLanguage) {
            failures.add(what + ": expected a redirect or a 4xx page for people in Armenian, got " + summary(response));
        }
    }

    private static String summary(Response response) {
        String body = response.asString();
        return response.statusCode() + " " + response.contentType() + " "
                + body.substring(0, Math.min(200, body.length())).replaceAll("\\s+", " ");
    }

    private record Form(String template, String address, List<String> fields) {}
}
