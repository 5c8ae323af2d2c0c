package eu.topcop.learn.lrs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.web.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Short-lived credentials for content the system launches for a signed-in learner (cmi5 AUs, a module's own
 * content): HTTP Basic on /xapi, limited to that learner's agent and one registration, for
 * {@code lms.xapi.launch-credential-lifetime}. The content runs in the learner's browser, so the credential is the
 * learner's to read: it can only write what the learner could claim anyway (see {@link Launch#admit}).
 */
@ApplicationScoped
public class LaunchCredentials {

    static final String KEY_PREFIX = "launch-";

    /** What a launch credential may do: send statements, and read its learner's statements of its registration. */
    static final Set<Scope> SCOPES = Set.of(Scope.STATEMENTS_WRITE, Scope.STATEMENTS_READ_MINE);

    /** A credential just issued: the only moment its secret exists outside the content. */
    public record Issued(
            String key, String secret, ObjectNode actor, String registration, String activity, Instant expiresAt) {

        /** The Authorization header's value, as cmi5's fetch URL hands it to the content. */
        public String authorization() {
            return "Basic "
                    + java.util.Base64.getEncoder()
                            .encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A request to /xapi made with a launch credential: whose it is and what it is limited to. */
    public record Launch(long personId, String actor, String registration, String activity) {

        /**
         * Refuses (403) a statement the credential may not send: another actor, another registration (or none), or a
         * voiding statement, which would let content undo what the system recorded.
         */
        void admit(JsonNode statement, String path) {
            if (!actor.equals(AgentRules.identifier(statement.path("actor")))
                    || "Group".equals(statement.path("actor").path("objectType").asText())) {
                throw new XapiRefusal.Forbidden(
                        prefix(path) + "actor is not the learner this launch credential was issued for.");
            }
            if (!registration.equalsIgnoreCase(
                    statement.path("context").path("registration").asText(""))) {
                throw new XapiRefusal.Forbidden(
                        prefix(path) + "context.registration is not the registration of this launch credential.");
            }
            if (StatementValidator.VOIDED.equals(
                    statement.path("verb").path("id").asText())) {
                throw new XapiRefusal.Forbidden(prefix(path) + "a launch credential cannot void statements.");
            }
        }

        /** Whether the credential may read the statement: its learner's, in its registration. */
        boolean mayRead(JsonNode statement) {
            String identifier =
                    statement.path("actor").isObject() ? AgentRules.identifier(statement.path("actor")) : null;
            return actor.equals(identifier)
                    && registration.equalsIgnoreCase(
                            statement.path("context").path("registration").asText(""));
        }

        private static String prefix(String path) {
            return path.isEmpty() ? "" : path + ": ";
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper mapper;

    @Inject
    Instance<LaunchTargets> targets;

    @ConfigProperty(name = "lms.public-url")
    String home;

    @ConfigProperty(name = "lms.xapi.launch-credential-lifetime", defaultValue = "90m")
    Duration lifetime;

    /**
     * Issues a credential for content launched for {@code person} in {@code registration}, refused (404) unless a
     * feature that launches content says the registration is the person's own attempt at the activity.
     */
    @Transactional
    public Issued issue(Person person, String registration, String activity) {
        String attempt = registration == null ? "" : registration.strip().toLowerCase(Locale.ROOT);
        if (person == null
                || person.id == null
                || activity == null
                || targets.stream().noneMatch(t -> t.owns(person.id, attempt, activity))) {
            throw new DomainException.NotFound(
                    "You have no attempt with the registration " + registration + " at the activity " + activity + ".");
        }
        String key = KEY_PREFIX + SecretHash.random(18);
        String secret = SecretHash.random(32);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        Instant expires = now.plus(lifetime);
        em.createNativeQuery("INSERT INTO lrs_launch_credential (credential_key, secret_hash, person_id, actor,"
                        + " registration, activity, issued_at, expires_at)"
                        + " VALUES (:key, :hash, :person, :actor, :registration, :activity, :at, :expires)")
                .setParameter("key", key)
                .setParameter("hash", sha256(secret))
                .setParameter("person", person.id)
                .setParameter("actor", LearnerAgent.identifier(home, person))
                .setParameter("registration", attempt)
                .setParameter("activity", activity)
                .setParameter("at", Timestamp.from(now))
                .setParameter("expires", Timestamp.from(expires))
                .executeUpdate();
        return new Issued(key, secret, agent(person), attempt, activity, expires);
    }

    /** The launch this key and secret were issued for, if they match and it has not expired. */
    @Transactional
    public Optional<Launch> authenticate(String key, String secret) {
        if (key == null || secret == null || !key.startsWith(KEY_PREFIX)) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT person_id, actor, registration, activity, secret_hash"
                        + " FROM lrs_launch_credential WHERE credential_key = :key AND expires_at > :now")
                .setParameter("key", key)
                .setParameter("now", Timestamp.from(Instant.now(clock)))
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .filter(r -> matches(secret, (String) r[4]))
                .findFirst()
                .map(r -> new Launch(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]));
    }

    /** Deletes the credentials that expired: they can never be used again. Returns how many. */
    @Transactional
    public int purgeExpired() {
        return em.createNativeQuery("DELETE FROM lrs_launch_credential WHERE expires_at <= :now")
                .setParameter("now", Timestamp.from(Instant.now(clock)))
                .executeUpdate();
    }

    /** The learner's agent, as the content is to name them in its statements. */
    private ObjectNode agent(Person person) {
        ObjectNode agent = mapper.createObjectNode();
        agent.put("objectType", "Agent");
        agent.put("name", person.name);
        ObjectNode account = agent.putObject("account");
        account.put("homePage", home);
        account.put("name", LearnerAgent.accountName(person));
        return agent;
    }

    private static boolean matches(String secret, String hash) {
        return MessageDigest.isEqual(
                sha256(secret).getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII));
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
