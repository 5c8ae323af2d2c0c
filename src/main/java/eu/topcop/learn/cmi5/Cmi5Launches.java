package eu.topcop.learn.cmi5;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.topcop.learn.cmi5.Cmi5Attempts.Attempt;
import eu.topcop.learn.cmi5.Cmi5Attempts.Session;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.lrs.LaunchCredentials;
import eu.topcop.learn.lrs.LaunchDocuments;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.web.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Launches an AU as cmi5 8 says: the learner's registration in the course, a new session (any still open is
 * abandoned first), LMS.LaunchData and cmi5LearnerPreferences written where the AU reads them, the LMS's
 * {@code launched}, and the launch URL with endpoint, fetch, actor, registration and activityId. The fetch URL is
 * one-time and short-lived, and hands the AU a launch credential limited to the learner, the registration and the
 * AU.
 */
@ApplicationScoped
public class Cmi5Launches {

    /** What a fetch URL answers: the auth token, or the spec's error (8.2.3) with an HTTP status. */
    public record Fetched(int status, ObjectNode body) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Cmi5Attempts attempts;

    @Inject
    Cmi5Sessions sessions;

    @Inject
    Cmi5LmsStatements statements;

    @Inject
    Cmi5Satisfaction satisfaction;

    @Inject
    LaunchCredentials credentials;

    @Inject
    LaunchDocuments documents;

    @Inject
    Cmi5Settings settings;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @ConfigProperty(name = "lms.public-url")
    String home;

    /** Launches the AU at {@code position} of the course for the learner; returns the launch URL. */
    @Transactional
    public String launch(Person learner, String courseCode, int position, Language language) {
        Cmi5Course course = Cmi5Course.<Cmi5Course>find("code", courseCode)
                .firstResultOptional()
                .orElseThrow(() -> new DomainException.NotFound("No cmi5 course " + courseCode));
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        Attempt attempt = attempts.begin(learner.id, course, now);
        Cmi5Au au = Cmi5Au.<Cmi5Au>find("version.id = ?1 and position = ?2", attempt.versionId(), position)
                .firstResultOptional()
                .orElseThrow(() -> new DomainException.NotFound("No AU " + position + " in " + courseCode));
        sessions.abandonOpen(attempt, au, now);
        // A satisfied AU opens for review: the learner may look again, but it is judged once (cmi5 10.2.2).
        String mode = attempts.state(attempt.id(), au.id).satisfiedAt() != null
                ? Cmi5Vocabulary.LaunchMode.Review.name()
                : Cmi5Vocabulary.LaunchMode.Normal.name();
        String sessionId = UUID.randomUUID().toString();
        String token = token();
        attempts.openSession(
                sessionId, attempt.id(), au.id, mode, sha256(token), now, now.plus(settings.fetchLifetime()));
        ObjectNode actor = credentials.agent(learner);
        documents.putState(
                au.iri,
                actor,
                learner.id,
                attempt.registration(),
                Cmi5Vocabulary.LAUNCH_DATA,
                launchData(au, attempt, sessionId, mode, courseCode));
        ObjectNode preferences = mapper.createObjectNode();
        preferences.put("languagePreference", language.code());
        preferences.put("audioPreference", "on");
        documents.putAgentProfileIfAbsent(actor, learner.id, Cmi5Vocabulary.LEARNER_PREFERENCES, preferences);
        String url = url(au, attempt, token, actor);
        // The launched statement names the AU's url without the parameters the LMS added: the fetch URL is a secret
        // until redeemed, and the actor is in the statement already (where erasure finds it).
        statements.launched(learner, attempt, au, sessionId, mode, base(au, attempt));
        if ("NotApplicable".equals(au.moveOn)) {
            satisfaction.check(attempt, au, sessionId, now);
        }
        return url;
    }

    /** Redeems a fetch URL's token once, before it expires: the auth token of a new launch credential. */
    @Transactional
    public Fetched fetch(String token) {
        Optional<Session> found = token == null ? Optional.empty() : attempts.byFetch(sha256(token));
        if (found.isEmpty()) {
            return error(2, "General Security Error: no launch has this fetch URL.");
        }
        Session session = found.get();
        Instant now = Instant.now(clock);
        if (session.fetchedAt() != null) {
            return error(1, "Already in use: a fetch URL answers once.");
        }
        if (session.fetchExpiresAt().isBefore(now) || session.endedAt() != null) {
            return error(2, "General Security Error: this fetch URL has expired.");
        }
        attempts.fetched(session.id(), now);
        Cmi5Au au = Cmi5Au.findById(session.auId());
        Attempt attempt = attempts.byRegistrationId(session.registrationId()).orElseThrow();
        Person learner = em.find(Person.class, attempt.personId());
        LaunchCredentials.Issued issued = credentials.issue(learner, attempt.registration(), au.iri);
        ObjectNode body = mapper.createObjectNode();
        body.put(
                "auth-token",
                Base64.getEncoder()
                        .encodeToString((issued.key() + ":" + issued.secret()).getBytes(StandardCharsets.UTF_8)));
        return new Fetched(200, body);
    }

    /** LMS.LaunchData (cmi5 10.0). */
    private ObjectNode launchData(Cmi5Au au, Attempt attempt, String sessionId, String mode, String courseCode) {
        ObjectNode data = mapper.createObjectNode();
        ObjectNode template = data.putObject("contextTemplate");
        template.putObject("contextActivities").putArray("grouping").addObject().put("id", au.iri);
        template.putObject("extensions").put(Cmi5Vocabulary.SESSION_ID, sessionId);
        data.put("launchMode", mode);
        if (au.launchParameters != null) {
            data.put("launchParameters", au.launchParameters);
        }
        if (au.masteryScore != null) {
            data.put("masteryScore", au.masteryScore);
        }
        data.put("moveOn", au.moveOn);
        data.put("returnURL", home + "/learning/cmi5/" + courseCode);
        if (au.entitlementKey != null) {
            data.putObject("entitlementKey").put("courseStructure", au.entitlementKey);
        }
        return data;
    }

    /** The launch URL (cmi5 8.1): the AU's url, from the package or remote, with the five parameters added. */
    private String url(Cmi5Au au, Attempt attempt, String token, JsonNode actor) {
        String base = base(au, attempt);
        return base + (base.contains("?") ? "&" : "?")
                + "endpoint=" + encode(home + "/xapi/")
                + "&fetch=" + encode(home + "/api/cmi5/fetch/" + token)
                + "&actor=" + encode(actor.toString())
                + "&registration=" + encode(attempt.registration())
                + "&activityId=" + encode(au.iri);
    }

    private String base(Cmi5Au au, Attempt attempt) {
        return au.remote() ? au.url : home + "/cmi5/content/" + attempt.versionId() + "/" + au.url;
    }

    private Fetched error(int code, String text) {
        ObjectNode body = mapper.createObjectNode();
        body.put("error-code", String.valueOf(code));
        body.put("error-text", text);
        return new Fetched(400, body);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
