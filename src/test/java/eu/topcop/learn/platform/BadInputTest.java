package eu.topcop.learn.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.topcop.learn.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Bad input over every route of the API that takes a JSON body, found in the application's own OpenAPI document
 * (so a new route is walked without anyone adding it here), with a real token of a user the route lets in (found
 * by trying the demo users), so that the body is actually read. For the body as a whole: broken JSON, content after
 * it, a body over the size limit; for every field, as the document describes it: the key given twice, a value of
 * the wrong type, a null in a list, a date the database cannot hold, text longer than any column, a NUL character.
 * Every answer must be a 4xx {@code application/problem+json}, naming the field where one is at fault, and no table
 * may have gained or lost a row.
 */
@QuarkusTest
class BadInputTest {

    /** Longer than any column of the schema: a TEXT column holds 65,535 bytes. */
    private static final int LONGER_THAN_ANY_COLUMN = 70_000;

    /** Over lms.http.max-body-size (platform.web.HttpLimits). */
    private static final int OVERSIZE_BODY = 2 * 1024 * 1024;

    /** Whom to try, most powerful first, until one is let in. */
    private static final List<String> USERS =
            List.of(Tokens.ADMIN, Tokens.MANAGER, Tokens.TRAINER, Tokens.COORDINATOR, Tokens.TRAINEE, Tokens.AUTHOR);

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @TestFactory
    Stream<DynamicTest> shouldRefuseBadInputOnEveryJsonRouteWithAProblemNamingTheFieldAndWriteNothing()
            throws Exception {
        JsonNode document = JSON.readTree(given().get("/q/openapi?format=json").asString());
        List<Route> routes = jsonRoutes(document);
        // A walk over nothing proves nothing: the API has more than thirty such routes.
        assertTrue(routes.size() >= 30, "JSON routes found in the OpenAPI document: " + routes);
        return routes.stream().map(route -> DynamicTest.dynamicTest(route.toString(), () -> walk(route, document)));
    }

    private void walk(Route route, JsonNode document) throws SQLException {
        String token = tokenLetIn(route);
        Map<String, Long> before = rowCounts();
        List<String> failures = new ArrayList<>();

        expect(failures, route, token, "broken JSON", "{\"", Optional.empty());
        expect(failures, route, token, "content after the body", "{} {}", Optional.empty());
        expect(failures, route, token, "not an object", "[1, 2]", Optional.empty());
        expectOversize(failures, route, token);

        JsonNode schema = resolve(document, route.schema());
        Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields();
        if (!fields.hasNext()) {
            failures.add("its body declares no fields in the OpenAPI document");
        }
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            fieldCases(document, field.getKey(), resolve(document, field.getValue()), body -> "{" + body + "}")
                    .forEach(c -> expect(failures, route, token, c.name(), c.body(), Optional.of(c.field())));
        }

        Map<String, Long> after = rowCounts();
        assertEquals(before, after, route + " wrote or removed rows for bad input");
        assertTrue(failures.isEmpty(), route + ":\n  " + String.join("\n  ", failures));
    }

    /**
     * The cases for one field. {@code wrap} puts a {@code "name": value} member into a whole body, so that fields of
     * the objects in a list are walked as well ({@code marks[0].day}).
     */
    private List<Case> fieldCases(JsonNode document, String name, JsonNode schema, UnaryOperator<String> wrap) {
        List<Case> cases = new ArrayList<>();
        String key = quote(name);
        String sample = sample(document, schema);
        cases.add(new Case(name + " given twice", wrap.apply(key + ":" + sample + "," + key + ":" + sample), name));
        String wrong = isObject(schema) ? "\"not an object\"" : "{\"unexpected\": true}";
        cases.add(new Case(name + " of the wrong type", wrap.apply(key + ":" + wrong), name));
        if (isString(schema)) {
            String format = schema.path("format").asText("");
            if (format.equals("date")) {
                for (String day : List.of("+999999999-12-31", "0999-12-31")) {
                    cases.add(new Case(name + " on " + day, wrap.apply(key + ":" + quote(day)), name));
                }
            } else if (format.equals("date-time")) {
                for (String time : List.of("9999-12-31T23:59:59", "1969-12-31T23:59:59", "+999999999-12-31T23:59:59")) {
                    cases.add(new Case(name + " at " + time, wrap.apply(key + ":" + quote(time)), name));
                }
            } else if (!schema.has("enum")) {
                cases.add(stringMustBeBounded(
                        name, schema, wrap.apply(key + ":" + quote("x".repeat(LONGER_THAN_ANY_COLUMN)))));
                cases.add(new Case(name + " with a NUL character", wrap.apply(key + ":\"a\\u0000b\""), name));
            }
        }
        if (isArray(schema)) {
            JsonNode items = resolve(document, schema.path("items"));
            cases.add(new Case(name + " with a null element", wrap.apply(key + ":[null]"), name));
            if (isString(items) && !items.has("enum") && !items.has("format")) {
                cases.add(stringMustBeBounded(
                        name + "[0]", items, wrap.apply(key + ":[" + quote("x".repeat(LONGER_THAN_ANY_COLUMN)) + "]")));
                cases.add(new Case(name + "[0] with a NUL character", wrap.apply(key + ":[\"a\\u0000b\"]"), name));
            }
            Iterator<Map.Entry<String, JsonNode>> nested =
                    items.path("properties").fields();
            while (nested.hasNext()) {
                Map.Entry<String, JsonNode> inner = nested.next();
                fieldCases(
                                document,
                                inner.getKey(),
                                resolve(document, inner.getValue()),
                                member -> wrap.apply(key + ":[{" + member + "}]"))
                        .forEach(c -> cases.add(new Case(c.name(), c.body(), name + "[0]." + c.field())));
            }
        }
        if (isObject(schema) && schema.has("additionalProperties")) {
            cases.add(new Case(
                    name + " with a NUL in a key",
                    wrap.apply(key + ":{\"a\\u0000b\": "
                            + sample(document, resolve(document, schema.path("additionalProperties"))) + "}"),
                    name));
            cases.add(new Case(name + " with a null value", wrap.apply(key + ":{\"a\": null}"), name));
        }
        return cases;
    }

    /** Text must declare its maximum length, so that the document tells clients and the limit can be checked. */
    private static Case stringMustBeBounded(String name, JsonNode schema, String body) {
        if (!schema.has("maxLength")) {
            return new Case(name + " declares no maximum length (@Size) in the OpenAPI document", null, name);
        }
        return new Case(name + " longer than any column", body, name);
    }

    private void expect(
            List<String> failures, Route route, String token, String what, String body, Optional<String> field) {
        if (body == null) {
            failures.add(what);
            return;
        }
        Response response = send(route, token, body);
        String problem = check(response, 400, field);
        if (problem != null) {
            failures.add(what + ": " + problem);
        }
    }

    private void expectOversize(List<String> failures, Route route, String token) {
        String body = "{\"x\":\"" + "x".repeat(OVERSIZE_BODY) + "\"}";
        String problem = check(send(route, token, body), 413, Optional.empty());
        if (problem != null) {
            failures.add("a body of 2 MB: " + problem);
        }
    }

    /** What is wrong with the answer, or null when it is the expected problem. */
    private static String check(Response response, int status, Optional<String> field) {
        String text = response.asString();
        String summary = response.statusCode() + " " + response.contentType() + " "
                + text.substring(0, Math.min(300, text.length()));
        if (response.statusCode() != status) {
            return "expected " + status + ", got " + summary;
        }
        if (!String.valueOf(response.contentType()).startsWith("application/problem+json") || text.isBlank()) {
            return "expected a problem+json body, got " + summary;
        }
        if (field.isPresent()) {
            List<String> named = response.jsonPath().getList("errors.field", String.class);
            String expected = field.get();
            boolean found = named != null
                    && named.stream()
                            .anyMatch(f ->
                                    f.equals(expected) || f.startsWith(expected + "[") || f.startsWith(expected + "."));
            if (!found) {
                return "expected the field " + expected + " to be named, got " + summary;
            }
        }
        return null;
    }

    private static Response send(Route route, String token, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        return switch (route.method()) {
            case "put" -> request.put(route.address());
            case "patch" -> request.patch(route.address());
            default -> request.post(route.address());
        };
    }

    /** The first demo user the route lets in, tried with a body it can only refuse. */
    private static String tokenLetIn(Route route) {
        for (String user : USERS) {
            String token = Tokens.accessToken(user);
            int status = send(route, token, "{\"").statusCode();
            if (status != 401 && status != 403) {
                return token;
            }
        }
        fail(route + " lets none of the demo users in, so its body is never read");
        return null;
    }

    private List<Route> jsonRoutes(JsonNode document) {
        List<Route> routes = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> {
            if (!path.getKey().startsWith("/api/")) {
                return;
            }
            for (String method : List.of("post", "put", "patch")) {
                JsonNode schema = path.getValue()
                        .path(method)
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema");
                if (!schema.isMissingNode()) {
                    routes.add(new Route(method, path.getKey(), address(path.getKey()), schema));
                }
            }
        });
        return routes;
    }

    /** Path parameters that exist nowhere: a body is read and refused before anything is looked up. */
    private static String address(String template) {
        return template.replaceAll("\\{[^}]*}", "999999");
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 10; depth++) {
            if (current.has("$ref")) {
                String ref = current.get("$ref").asText();
                current = document.at(ref.substring(1));
            } else if (current.has("allOf") && current.get("allOf").size() == 1) {
                current = current.get("allOf").get(0);
            } else if (current.has("oneOf") || current.has("anyOf")) {
                JsonNode options = current.has("oneOf") ? current.get("oneOf") : current.get("anyOf");
                JsonNode chosen = current;
                for (JsonNode option : options) {
                    if (!"null".equals(option.path("type").asText())) {
                        chosen = option;
                        break;
                    }
                }
                if (chosen == current) {
                    return current;
                }
                current = chosen;
            } else {
                return current;
            }
        }
        return current;
    }

    private static boolean hasType(JsonNode schema, String type) {
        JsonNode declared = schema.path("type");
        if (declared.isArray()) {
            for (JsonNode t : declared) {
                if (type.equals(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(declared.asText());
    }

    private static boolean isString(JsonNode schema) {
        return hasType(schema, "string");
    }

    private static boolean isArray(JsonNode schema) {
        return hasType(schema, "array");
    }

    private static boolean isObject(JsonNode schema) {
        return hasType(schema, "object") || schema.has("properties") || schema.has("additionalProperties");
    }

    /** A value of the field's type, for the cases that are about something else. */
    private static String sample(JsonNode document, JsonNode schema) {
        if (schema.has("enum")) {
            return quote(schema.get("enum").get(0).asText());
        }
        if (isString(schema)) {
            return switch (schema.path("format").asText("")) {
                case "date" -> "\"2030-01-01\"";
                case "date-time" -> "\"2030-01-01T10:00:00\"";
                default -> "\"x\"";
            };
        }
        if (hasType(schema, "integer") || hasType(schema, "number")) {
            return "1";
        }
        if (hasType(schema, "boolean")) {
            return "true";
        }
        if (isArray(schema)) {
            return "[]";
        }
        return "{}";
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows per table of the application's schema. */
    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                            + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            String union = String.join(
                    " UNION ALL ",
                    tables.stream()
                            .map(t -> "SELECT '" + t + "', COUNT(*) FROM `" + t + "`")
                            .toList());
            try (ResultSet rows = statement.executeQuery(union)) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        assertFalse(counts.isEmpty(), "the schema has tables");
        return counts;
    }

    private record Route(String method, String template, String address, JsonNode schema) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + template;
        }
    }

    private record Case(String name, String body, String field) {}
}
