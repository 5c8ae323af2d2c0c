package eu.topcop.learn.lrs;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.learning.LearningService;
import eu.topcop.learn.learning.StatementStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** A fresh learner who started a module, and the launch credential the system issued for that attempt. */
@ApplicationScoped
public class LaunchFixture {

    static final String MODULE = "drugs-ilp";

    /** The learner, their attempt's registration, and the credential. */
    record Launched(
            Person learner, String registration, LaunchCredentials.Issued credential, Map<String, Object> actor) {

        RequestSpecification xapi(String version) {
            String basic = Base64.getEncoder()
                    .encodeToString((credential.key() + ":" + credential.secret()).getBytes(StandardCharsets.UTF_8));
            return given().header("Authorization", "Basic " + basic)
                    .header("X-Experience-API-Version", version)
                    .contentType(ContentType.JSON);
        }

        /** A statement of this learner in this registration. */
        Map<String, Object> statement(String verb, String activity) {
            Map<String, Object> statement = new HashMap<>();
            statement.put("actor", actor);
            statement.put("verb", Map.of("id", "http://adlnet.gov/expapi/verbs/" + verb));
            statement.put("object", Map.of("objectType", "Activity", "id", activity));
            statement.put("context", new HashMap<>(Map.of("registration", registration)));
            return statement;
        }
    }

    @Inject
    LaunchCredentials credentials;

    @Inject
    LearningService learning;

    @Inject
    StatementStore store;

    @Inject
    EnrolmentFixture people;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    Launched launch() {
        Person learner = people.person("GE");
        learning.startOrResume(MODULE, learner);
        String registration = registration(learner.id);
        LaunchCredentials.Issued issued = credentials.issue(learner, registration, moduleActivity());
        @SuppressWarnings("unchecked")
        Map<String, Object> actor = mapper.convertValue(issued.actor(), Map.class);
        return new Launched(learner, registration, issued, actor);
    }

    String moduleActivity() {
        return store.module(MODULE, MODULE).id();
    }

    String lessonActivity(int position) {
        return store.lesson(MODULE, position, "Lesson " + position).id();
    }

    String registration(long personId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "SELECT registration FROM module_progress WHERE person_id = :p AND module_code = :m")
                .setParameter("p", personId)
                .setParameter("m", MODULE)
                .getSingleResult());
    }

    /** Makes the credential expired, as time would. */
    void expire(String key) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE lrs_launch_credential SET expires_at = issued_at - INTERVAL 1 MINUTE"
                                        + " WHERE credential_key = :k")
                        .setParameter("k", key)
                        .executeUpdate());
    }

    List<?> keys(String... keys) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "SELECT credential_key FROM lrs_launch_credential WHERE credential_key IN (:k)")
                        .setParameter("k", List.of(keys))
                        .getResultList());
    }
}
