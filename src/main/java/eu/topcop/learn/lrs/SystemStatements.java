package eu.topcop.learn.lrs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Statements the system itself makes about one of its learners in a feature's own shape (the player's, through
 * learning.StatementStore; cmi5's launched, satisfied, abandoned with their context templates): stored in the same store, with the system as the authority, in the
 * caller's transaction, and readable through /xapi like any other.
 */
@ApplicationScoped
public class SystemStatements {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    StatementRefs refs;

    @ConfigProperty(name = "lms.public-url")
    String home;

    /** Completes (id, timestamp, stored, version, authority) and stores the statement; returns its id. */
    public String write(long personId, ObjectNode statement) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        String id = UUID.randomUUID().toString();
        statement.put("id", id);
        statement.put("version", "1.0.3");
        statement.put("timestamp", now.toString());
        statement.put("stored", now.toString());
        ObjectNode authority = statement.putObject("authority");
        authority.put("objectType", "Agent");
        authority.putObject("account").put("homePage", home).put("name", "topcop-learn");
        String registration = statement.path("context").path("registration").asText(null);
        try {
            em.createNativeQuery("INSERT INTO xapi_statement (id, person_id, verb, activity, registration, timestamp,"
                            + " stored, statement, success, voided) VALUES (:id, :person, :verb, :activity,"
                            + " :registration, :at, :at, :statement, :success, FALSE)")
                    .setParameter("id", id)
                    .setParameter("person", personId)
                    .setParameter("verb", statement.path("verb").path("id").asText())
                    .setParameter(
                            "activity", statement.path("object").path("id").asText())
                    .setParameter("registration", registration == null ? null : registration.toLowerCase(Locale.ROOT))
                    .setParameter("at", Timestamp.from(now))
                    .setParameter("statement", mapper.writeValueAsString(statement))
                    .setParameter(
                            "success",
                            statement.path("result").path("success").isBoolean()
                                    ? statement.path("result").path("success").asBoolean()
                                    : null)
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        refs.write(id, statement);
        return id;
    }
}
