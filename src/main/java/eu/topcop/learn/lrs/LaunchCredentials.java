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

    /**
     * What a launch credential may do: send statements, read its learner's statements of its registration, and (as
     * cmi5 AUs must: LMS.LaunchData, cmi5LearnerPreferences) the state and agent profile documents of that learner in
     * that registration ({@link Launch#refusesDocument}).
     */
    static final Set<Scope> SCOPES =
            Set.of(Scope.STATEMENTS_WRITE, Scope.STATEMENTS_READ_MINE, Scope.STATE, Scope.PROFILE);

    static final String STATE_PATH = "/xapi/activities/state";
    static final String AGENT_PROFILE_PATH = "/xapi/agents/profile";
    static final String ACTIVITY_PROFILE_PATH = "/xapi/activities/profile";

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
    public record Launch(
            long personId, String actor, String registration, String activity, LaunchedStatementRules rules) {

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
            // The rules of the feature that launched the content (cmi5's "cmi5 defined" statements): 400 as it says.
            rules.refusal(personId, registration, activity, statement).ifPresent(refusal -> {
                throw new XapiRefusal.BadRequest(path.isEmpty() ? "statement" : path, refusal);
            });
        }

        /**
         * Why a request to a document resource is refused (403), or empty: the state only of this learner in this
         * registration, the agent profile only of this learner, the activity profile only read; nothing else.
         */
        Optional<String> refusesDocument(String path, String method, String agent, String registration) {
            boolean read = "GET".equals(method) || "HEAD".equals(method);
            if (ACTIVITY_PROFILE_PATH.equals(path)) {
                return read ? Optional.empty() : Optional.of("a launch credential only reads activity profiles.");
            }
            if (!STATE_PATH.equals(path) && !AGENT_PROFILE_PATH.equals(path)) {
                return Optional.empty();
            }
            if (!actor.equals(identifierOf(agent))) {
                return Optional.of("agent is not the learner this launch credential was issued for.");
            }
            if (STATE_PATH.equals(path)
                    && !this.registration.equalsIgnoreCase(registration == null ? "" : registration)) {
                return Optional.of("registration is not the registration of this launch credential.");
            }
            return Optional.empty();
        }

        private static String identifierOf(String agent) {
            if (agent == null) {
                return null;
            }
            try {
                return AgentRules.identifier(new ObjectMapper().readTree(agent));
            } catch (Exception notAnAgent) {
                return null;
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

    @Inject
    Instance<LaunchedStatementRules> rules;

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
                .map(r -> new Launch(
                        ((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], this::refusal));
    }

    /** Deletes the credentials that expired: they can never be used again. Returns how many. */
    @Transactional
    public int purgeExpired() {
        return em.createNativeQuery("DELETE FROM lrs_launch_credential WHERE expires_at <= :now")
                .setParameter("now", Timestamp.from(Instant.now(clock)))
                .executeUpdate();
    }

    /** The first refusal of any feature's rules for statements its launched content sends. */
    private Optional<String> refusal(long personId, String registration, String activity, JsonNode statement) {
        for (LaunchedStatementRules rule : rules) {
            Optional<String> refusal = rule.refusal(personId, registration, activity, statement);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /** The learner's agent, as the content is to name them in its statements (and cmi5's launch URL names them). */
    public ObjectNode agent(Person person) {
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
