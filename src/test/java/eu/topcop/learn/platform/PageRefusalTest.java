package eu.topcop.learn.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Every page form, found in the OpenAPI document as {@link PageBadInputTest} finds them, refused: what was typed
 * comes back in a form, with a summary of the reasons that assistive technology announces (role=alert), in the
 * reader's language; never the bare error page that loses the input. The refusal is the one every form shares: a
 * field with a character that cannot be saved, sent with a text in every other field.
 */
@QuarkusTest
class PageRefusalTest {

    private static final String CSRF = "page-refusal";

    /**
     * Routes that answer a refusal some other way, each with its reason. Keep it short: every form a person fills
     * in belongs to the mechanism.
     */
    private static final Map<String, String> ANSWERED_OTHERWISE = Map.of();

    @TestFactory
    @TestSecurity(
            user = "page-refusal-walker",
            roles = {
                Roles.TRAINEE,
                Roles.TRAINER,
                Roles.NATIONAL_COORDINATOR,
                Roles.COURSE_MANAGER,
                Roles.CONTENT_AUTHOR,
                Roles.ADMIN
            })
    Stream<DynamicTest> shouldGiveBackEveryPageFormRefusedWithWhatWasTypedAndTheReasons() throws Exception {
        JsonNode document = new ObjectMapper()
                .readTree(given().get("/q/openapi?format=json").asString());
        List<Form> forms = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> {
            JsonNode post = path.getValue().path("post");
            if (path.getKey().startsWith("/api/")
                    || path.getKey().startsWith("/xapi/")
                    || post.isMissingNode()
                    || ANSWERED_OTHERWISE.containsKey(path.getKey())) {
                return;
            }
            JsonNode content = post.path("requestBody").path("content");
            if (content.has("multipart/form-data")) {
                return;
            }
            List<String> fields = new ArrayList<>();
            content.path("application/x-www-form-urlencoded")
                    .path("schema")
                    .path("properties")
                    .fieldNames()
                    .forEachRemaining(fields::add);
            if (fields.isEmpty()) {
                fields.add("reason");
            }
            forms.add(new Form(path.getKey(), path.getKey().replaceAll("\\{[^}]*}", "999999"), fields));
        });
        assertTrue(forms.size() >= 40, "page forms found in the OpenAPI document: " + forms);
        return forms.stream().map(form -> DynamicTest.dynamicTest("POST " + form.template(), () -> refuse(form)));
    }

    private void refuse(Form form) {
        RequestSpecification request = given().redirects()
                .follow(false)
                .header("Accept-Language", "uk")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("topcop-csrf", CSRF)
                .formParam("_csrf", CSRF);
        for (String field : form.fields()) {
            request = request.formParam(field, typed(field));
        }
        Response response = request.formParam("unsavable", "a\u0000b").post(form.address());
        String body = response.asString();
        List<String> failures = new ArrayList<>();
        if (response.statusCode() != 400) {
            failures.add("status " + response.statusCode() + ", expected 400");
        }
        if (body.contains("data-testid=\"error-page\"")) {
            failures.add("the bare error page");
        }
        if (!body.contains("role=\"alert\"") || !body.contains("data-field=\"unsavable\"")) {
            failures.add("no summary (role=alert) naming the refused field");
        }
        if (!body.contains("<html lang=\"uk\">")) {
            failures.add("not in the reader's language");
        }
        for (String field : form.fields()) {
            if (!body.contains(typed(field))) {
                failures.add("lost what was typed into " + field);
            }
        }
        assertTrue(
                failures.isEmpty(),
                "POST " + form.template() + ": " + String.join("; ", failures) + "\n"
                        + body.substring(0, Math.min(400, body.length())).replaceAll("\\s+", " "));
    }

    private static String typed(String field) {
        return "Написано в поле " + field + " ✓";
    }

    private record Form(String template, String address, List<String> fields) {}
}
