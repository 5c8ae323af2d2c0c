package eu.topcop.learn.lrs;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
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
    Clock clock;

    @Inject
    StatementWriter writer;

    @ConfigProperty(name = "lms.public-url")
    String home;

    /** Completes (id, timestamp, stored, version, authority) and stores the statement; returns its id. */
    public String write(long personId, ObjectNode statement) {
        return writeAll(personId, List.of(statement)).get(0);
    }

    /**
     * As {@link #write}, for several statements about one learner made at one moment (a quiz submission's answers and
     * its result): stored in this order with one write, and their ids returned in it.
     */
    public List<String> writeAll(long personId, List<ObjectNode> statements) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        List<StatementWriter.Row> rows = new ArrayList<>(statements.size());
        for (ObjectNode statement : statements) {
            String id = StatementIds.next();
            statement.put("id", id);
            statement.put("version", "1.0.3");
            statement.put("timestamp", now.toString());
            statement.put("stored", now.toString());
            ObjectNode authority = statement.putObject("authority");
            authority.put("objectType", "Agent");
            authority.putObject("account").put("homePage", home).put("name", "topcop-learn");
            String registration = statement.path("context").path("registration").asText(null);
            JsonNode success = statement.path("result").path("success");
            rows.add(new StatementWriter.Row(
                    id,
                    personId,
                    null,
                    statement.path("verb").path("id").asText(),
                    statement.path("object").path("id").asText(),
                    registration == null ? null : registration.toLowerCase(Locale.ROOT),
                    now,
                    now,
                    statement,
                    success.isBoolean() ? success.asBoolean() : null,
                    null));
        }
        writer.write(rows);
        return rows.stream().map(StatementWriter.Row::id).toList();
    }
}
