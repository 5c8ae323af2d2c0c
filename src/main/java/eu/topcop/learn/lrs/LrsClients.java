package eu.topcop.learn.lrs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;

/** Creating, listing and revoking LRS clients, and recognising one from its key and secret. */
@ApplicationScoped
public class LrsClients {

    static final int NAME_MAX = 200;

    /** A client just created: the only moment its secret exists outside the client. */
    public record Created(LrsClient client, String secret) {}

    /** Who is calling the LRS: a client that is not revoked, with its scopes. */
    public record Caller(long id, String key, String name, Set<Scope> scopes) {}

    @Inject
    Clock clock;

    /**
     * Secrets already checked, by client id, as SHA-256 of the secret: PBKDF2 is slow on purpose, and a client that
     * sends fifty statements a second should not pay it fifty times. Revocation is read from the database on every
     * request all the same, so a revoked client is refused at once on every node.
     */
    private final Map<Long, String> verified = new ConcurrentHashMap<>();

    @Transactional
    public Created create(String name, Set<String> scopeValues, Person createdBy) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            errors.add(new Problem.FieldError("name", "required, at most " + NAME_MAX + " characters"));
        } else if (trimmed.length() > NAME_MAX) {
            errors.add(new Problem.FieldError("name", "at most " + NAME_MAX + " characters"));
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String value : scopeValues == null ? Set.<String>of() : scopeValues) {
            Optional<Scope> scope = Scope.of(value);
            if (scope.isEmpty()) {
                errors.add(new Problem.FieldError("scopes", "'" + value + "' is not an xAPI scope"));
            } else {
                scopes.add(scope.get());
            }
        }
        if (scopes.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("scopes"))) {
            errors.add(new Problem.FieldError("scopes", "required: at least one scope"));
        }
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid("The LRS client cannot be created", errors);
        }
        String secret = SecretHash.random(32);
        LrsClient client = new LrsClient();
        client.name = trimmed;
        client.key = SecretHash.random(18);
        client.secretHash = SecretHash.of(secret);
        client.grant(scopes);
        client.createdBy = createdBy;
        client.createdAt = Instant.now(clock);
        client.persist();
        return new Created(client, secret);
    }

    public List<LrsClient> all() {
        // The creator comes with each client: one statement for the whole list.
        return LrsClient.list("FROM LrsClient c JOIN FETCH c.createdBy ORDER BY c.createdAt DESC, c.id DESC");
    }

    @Transactional
    public LrsClient revoke(String key) {
        LrsClient client = LrsClient.byKey(key);
        if (client == null) {
            throw new DomainException.NotFound("No LRS client has the key " + key);
        }
        client.revoke(Instant.now(clock));
        verified.remove(client.id);
        // The answer names the creator: read it while the session is open.
        org.hibernate.Hibernate.initialize(client.createdBy);
        return client;
    }

    /** The client with this key and secret, if it exists and is not revoked. */
    @Transactional
    public Optional<Caller> authenticate(String key, String secret) {
        LrsClient client = key == null || secret == null ? null : LrsClient.byKey(key);
        if (client == null || client.revoked()) {
            return Optional.empty();
        }
        String fingerprint = sha256(secret);
        if (!fingerprint.equals(verified.get(client.id))) {
            if (!SecretHash.matches(secret, client.secretHash)) {
                return Optional.empty();
            }
            verified.put(client.id, fingerprint);
        }
        return Optional.of(new Caller(client.id, client.key, client.name, client.scopeSet()));
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
