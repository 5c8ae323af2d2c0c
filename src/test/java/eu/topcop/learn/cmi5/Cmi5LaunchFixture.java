package eu.topcop.learn.cmi5;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.topcop.learn.catalogue.CurriculumService;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/**
 * A cmi5 course of the test's own, a fresh learner, and launches of its AUs as the learner's page makes them: the
 * launch URL's parameters, the fetch URL redeemed, and statements as an AU sends them.
 */
@ApplicationScoped
public class Cmi5LaunchFixture {

    static final String SEIZING = "https://learn.topcop.eu/test/cmi5/courses/evidence-handling/aus/seizing";
    static final String CUSTODY = "https://learn.topcop.eu/test/cmi5/courses/evidence-handling/aus/custody";
    static final String SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";

    /** One launch: the URL's parameters, and the session of LMS.LaunchData once read. */
    record Launched(String url, Map<String, String> parameters) {

        String registration() {
            return parameters.get("registration");
        }

        String activityId() {
            return parameters.get("activityId");
        }

        String fetch() {
            return parameters.get("fetch");
        }
    }

    /** An AU's side of a session: its auth token and session id. */
    record Au(Launched launched, String authorization, String sessionId, Map<String, Object> actor) {

        RequestSpecification xapi() {
            return given().header("Authorization", authorization)
                    .header("X-Experience-API-Version", "1.0.3")
                    .contentType(ContentType.JSON);
        }

        /** A cmi5 defined statement of this session. */
        Map<String, Object> statement(String verb, Map<String, Object> result) {
            Map<String, Object> statement = new HashMap<>();
            statement.put("actor", actor);
            statement.put("verb", Map.of("id", verb));
            statement.put("object", Map.of("objectType", "Activity", "id", launched.activityId()));
            statement.put(
                    "context",
                    Map.of(
                            "registration", launched.registration(),
                            "contextActivities",
                                    Map.of(
                                            "category",
                                            List.of(Map.of(
                                                    "id", "https://w3id.org/xapi/cmi5/context/categories/cmi5"))),
                            "extensions", Map.of(SESSION_ID, sessionId)));
            if (result != null) {
                statement.put("result", result);
            }
            return statement;
        }

        /** Sends a statement; the status code answered. */
        int send(String verb, Map<String, Object> result) {
            return xapi().body(statement(verb, result))
                    .post("/xapi/statements")
                    .then()
                    .extract()
                    .statusCode();
        }
    }

    @Inject
    Cmi5Importer importer;

    @Inject
    CurriculumService curricula;

    @Inject
    Cmi5Launches launches;

    @Inject
    EnrolmentFixture people;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    /** The test course under a course id of its own; returns its code. */
    public String course() {
        return course(Map.of());
    }

    /** The test course with parts of its cmi5.xml replaced (a moveOn, say). */
    String course(Map<String, String> replacements) {
        Cmi5Fixture.curriculum(curricula);
        String iri = "https://learn.topcop.eu/test/cmi5/launch/" + UUID.randomUUID();
        Map<String, byte[]> files = Cmi5Fixture.course(iri);
        String xml = new String(files.get("cmi5.xml"), StandardCharsets.UTF_8);
        for (var r : replacements.entrySet()) {
            xml = xml.replace(r.getKey(), r.getValue());
        }
        files.put("cmi5.xml", xml.getBytes(StandardCharsets.UTF_8));
        return importer.importPackage(Cmi5Fixture.zip(files), Cmi5Fixture.CURRICULUM, 2, "cmi5-test")
                .code();
    }

    Person learner() {
        return people.person("GE");
    }

    Launched launch(Person learner, String code, int position) {
        String url = launches.launch(learner, code, position, Language.ENGLISH);
        return new Launched(url, parameters(url));
    }

    /** Launches and does what an AU does first: fetch, read LMS.LaunchData for the session id. */
    @SuppressWarnings("unchecked")
    Au start(Person learner, String code, int position) {
        Launched launched = launch(learner, code, position);
        String token = given().post(URI.create(launched.fetch()).getPath())
                .then()
                .statusCode(200)
                .extract()
                .path("auth-token");
        Map<String, Object> actor;
        try {
            actor = mapper.readValue(launched.parameters().get("actor"), Map.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Au au = new Au(launched, "Basic " + token, null, actor);
        Map<String, Object> data = launchData(au);
        Map<String, Object> extensions =
                (Map<String, Object>) ((Map<String, Object>) data.get("contextTemplate")).get("extensions");
        return new Au(launched, "Basic " + token, (String) extensions.get(SESSION_ID), actor);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> launchData(Au au) {
        return au.xapi()
                .queryParam("activityId", au.launched().activityId())
                .queryParam("agent", au.launched().parameters().get("actor"))
                .queryParam("registration", au.launched().registration())
                .queryParam("stateId", "LMS.LaunchData")
                .get("/xapi/activities/state")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
    }

    /** A native query's rows, in a transaction of their own. */
    List<?> rows(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.getResultList();
        });
    }

    void run(String sql, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }

    static Map<String, String> parameters(String url) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = URI.create(url).getRawQuery();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            parameters.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
