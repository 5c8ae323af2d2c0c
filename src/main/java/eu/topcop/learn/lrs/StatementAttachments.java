package eu.topcop.learn.lrs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.topcop.learn.platform.web.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Statements with attachments (xAPI Communication 1.5.2, Data 2.4.11 and 2.6): a multipart/mixed request read in
 * memory and within a size limit, each attachment part matched to the attachment that names its SHA-2, signatures
 * checked, and then the statements and the parts' content stored in one transaction, so that a refused request
 * leaves nothing behind. Content is kept once per SHA-2 ({@code xapi_attachment}), with a link per statement.
 */
@ApplicationScoped
public class StatementAttachments {

    static final String HASH = "X-Experience-API-Hash";
    private static final int CONTENT_TYPE_MAX = 255;
    private static final Map<Integer, String> DIGESTS =
            Map.of(56, "SHA-224", 64, "SHA-256", 96, "SHA-384", 128, "SHA-512");

    /** A multipart/mixed statement request: the statements (the first part, JSON) and the attachment parts. */
    record Request(String statements, List<MultipartMixed.Part> parts) {}

    /** An attachment part whose hash header matches its content: where it was, and what it holds. */
    private record Received(int number, String contentType, byte[] content) {}

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    Statements statements;

    @Inject
    StatementValidator validator;

    /** The largest statement request with attachments that is read (a larger one is refused with 413). */
    @ConfigProperty(name = "lms.xapi.max-attachment-request", defaultValue = "10M")
    MemorySize maxRequest;

    /** Reads a multipart/mixed body of at most the configured size, and its statements part. */
    Request read(String contentType, long declaredLength, InputStream body) {
        String boundary = MultipartMixed.boundary(contentType)
                .orElseThrow(() -> new XapiRefusal.BadRequest(
                        "Content-Type", "must be multipart/mixed with a boundary parameter"));
        long max = maxRequest.asLongValue();
        if (declaredLength > max) {
            throw new XapiRefusal.TooLarge(max);
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new XapiRefusal.BadRequest("body", "could not be read to its end");
        }
        if (bytes.length > max) {
            throw new XapiRefusal.TooLarge(max);
        }
        List<MultipartMixed.Part> parts;
        try {
            parts = MultipartMixed.parse(bytes, boundary);
        } catch (MultipartMixed.Malformed e) {
            throw new XapiRefusal.BadRequest("body", "is not a multipart/mixed body: " + e.getMessage());
        }
        if (parts.isEmpty()) {
            throw new XapiRefusal.BadRequest("parts[0]", "is required: the statements, as application/json");
        }
        MultipartMixed.Part first = parts.get(0);
        if (!"application/json".equals(mediaType(first.header("Content-Type").orElse("")))) {
            throw new XapiRefusal.BadRequest("parts[0].Content-Type", "must be application/json (the statements)");
        }
        return new Request(new String(first.content(), StandardCharsets.UTF_8), parts.subList(1, parts.size()));
    }

    /**
     * Stores the statements with the content of their attachment parts, or refuses them all with every problem
     * named. {@code multipart} says how they came: as application/json every attachment needs a fileUrl.
     */
    @Transactional
    public List<String> store(
            List<ObjectNode> batch,
            List<MultipartMixed.Part> parts,
            boolean multipart,
            LrsClients.Caller client,
            XapiVersion version,
            LaunchCredentials.Launch launch) {
        if (parts.isEmpty() && batch.stream().noneMatch(StatementAttachments::hasAttachments)) {
            return statements.store(batch, client, version, launch);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            errors.addAll(validator.check(batch.get(i), version, prefix(i, batch.size())));
        }
        if (!errors.isEmpty()) {
            throw new XapiRefusal.BadRequest("The statements break rules of xAPI " + version.value, errors);
        }
        Map<String, Received> received = received(parts, errors);
        Set<String> declared = new LinkedHashSet<>();
        // Per statement: the sha2 of each attachment that came with its part, and the content type it declares.
        List<Map<String, String>> held = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            ObjectNode statement = batch.get(i);
            Map<String, String> mine = new LinkedHashMap<>();
            String at = XapiValues.join(prefix(i, batch.size()), "attachments");
            match(statement, statement.path("attachments"), at, received, multipart, true, mine, errors);
            JsonNode object = statement.path("object");
            if ("SubStatement".equals(object.path("objectType").asText())) {
                String sub = XapiValues.join(prefix(i, batch.size()), "object.attachments");
                match(statement, object.path("attachments"), sub, received, multipart, false, mine, errors);
            }
            collectDeclared(statement, declared);
            held.add(mine);
        }
        received.forEach((sha2, part) -> {
            if (!declared.contains(sha2)) {
                errors.add(new Problem.FieldError(
                        "parts[" + part.number() + "]",
                        "matches no attachment of the statements (by its " + HASH + ")"));
            }
        });
        if (!errors.isEmpty()) {
            throw new XapiRefusal.BadRequest("The attachments break rules of xAPI " + version.value, errors);
        }
        List<String> ids = statements.store(batch, client, version, launch);
        Timestamp now = Timestamp.from(Instant.now(clock));
        for (int i = 0; i < batch.size(); i++) {
            for (Map.Entry<String, String> attachment : held.get(i).entrySet()) {
                String sha2 = attachment.getKey();
                keep(sha2, received.get(sha2), attachment.getValue(), now);
                em.createNativeQuery("INSERT INTO xapi_statement_attachment (statement_id, sha2) VALUES (:s, :h)"
                                + " ON DUPLICATE KEY UPDATE sha2 = sha2")
                        .setParameter("s", ids.get(i))
                        .setParameter("h", sha2)
                        .executeUpdate();
            }
        }
        return ids;
    }

    /** Each attachment of one list against the parts: a part with its sha2, or a fileUrl; signatures checked. */
    private void match(
            ObjectNode statement,
            JsonNode attachments,
            String path,
            Map<String, Received> received,
            boolean multipart,
            boolean signable,
            Map<String, String> held,
            List<Problem.FieldError> errors) {
        for (int j = 0; j < attachments.size(); j++) {
            JsonNode attachment = attachments.get(j);
            String at = path + "[" + j + "]";
            String sha2 = attachment.path("sha2").asText().toLowerCase(Locale.ROOT);
            String declaredType = attachment.path("contentType").asText();
            Received part = received.get(sha2);
            if (part == null && !attachment.has("fileUrl")) {
                errors.add(new Problem.FieldError(
                        at,
                        multipart
                                ? "has neither a fileUrl nor a part whose " + HASH + " is its sha2"
                                : "needs a fileUrl, or its content as a part of a multipart/mixed request"));
            }
            if (part != null
                    && part.contentType() != null
                    && !mediaType(part.contentType()).equals(mediaType(declaredType))) {
                errors.add(new Problem.FieldError(
                        at + ".contentType", "differs from the Content-Type of its part (" + part.contentType() + ")"));
            }
            if (declaredType.length() > CONTENT_TYPE_MAX) {
                errors.add(new Problem.FieldError(at + ".contentType", "must be at most 255 characters"));
            }
            if (StatementSignature.USAGE_TYPE.equals(
                    attachment.path("usageType").asText())) {
                if (!StatementSignature.CONTENT_TYPE.equals(mediaType(declaredType))) {
                    errors.add(new Problem.FieldError(
                            at + ".contentType", "must be application/octet-stream for a signature"));
                }
                if (part != null && signable) {
                    StatementSignature.problems(statement, part.content(), mapper)
                            .forEach(problem -> errors.add(new Problem.FieldError(at, "signature " + problem)));
                }
            }
            if (part != null) {
                held.putIfAbsent(sha2, declaredType);
            }
        }
    }

    /** The hash-checked attachment parts, by lower-case SHA-2; a part sent twice counts once. */
    private Map<String, Received> received(List<MultipartMixed.Part> parts, List<Problem.FieldError> errors) {
        Map<String, Received> received = new LinkedHashMap<>();
        for (int k = 0; k < parts.size(); k++) {
            MultipartMixed.Part part = parts.get(k);
            int number = k + 1;
            String at = "parts[" + number + "]";
            String encoding = part.header("Content-Transfer-Encoding").orElse("binary");
            if (!"binary".equalsIgnoreCase(encoding.strip())) {
                errors.add(new Problem.FieldError(at + ".Content-Transfer-Encoding", "must be binary"));
                continue;
            }
            String hash = part.header(HASH).orElse("").strip().toLowerCase(Locale.ROOT);
            String algorithm = hash.matches("[0-9a-f]+") ? DIGESTS.get(hash.length()) : null;
            if (algorithm == null) {
                errors.add(new Problem.FieldError(
                        at + "." + HASH, "is required: the hex SHA-2 (224, 256, 384 or 512) of the part's content"));
                continue;
            }
            if (!hash.equals(digest(algorithm, part.content()))) {
                errors.add(new Problem.FieldError(
                        at + "." + HASH, "does not match the " + algorithm + " of the part's content"));
                continue;
            }
            String type = part.header("Content-Type").orElse(null);
            if (type != null && type.length() > CONTENT_TYPE_MAX) {
                errors.add(new Problem.FieldError(at + ".Content-Type", "must be at most 255 characters"));
                continue;
            }
            received.putIfAbsent(hash, new Received(number, type, part.content()));
        }
        return received;
    }

    /** Content once per SHA-2: a second statement with the same attachment refers to the same row. */
    private void keep(String sha2, Received part, String declaredType, Timestamp now) {
        em.createNativeQuery("INSERT INTO xapi_attachment (sha2, content_type, length, content, received_at)"
                        + " VALUES (:h, :type, :length, :content, :at) ON DUPLICATE KEY UPDATE sha2 = sha2")
                .setParameter("h", sha2)
                .setParameter("type", part.contentType() == null ? declaredType : part.contentType())
                .setParameter("length", (long) part.content().length)
                .setParameter("content", part.content())
                .setParameter("at", now)
                .executeUpdate();
    }

    /** The sha2 of every attachment a statement names (its own and its sub-statement's), whatever their parts. */
    static void collectDeclared(JsonNode statement, Set<String> into) {
        for (JsonNode list :
                List.of(statement.path("attachments"), statement.path("object").path("attachments"))) {
            for (JsonNode attachment : list) {
                if (attachment.path("sha2").isTextual()) {
                    into.add(attachment.get("sha2").asText().toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    private static boolean hasAttachments(ObjectNode statement) {
        return statement.has("attachments") || statement.path("object").has("attachments");
    }

    private static String prefix(int index, int size) {
        return size == 1 ? "" : "[" + index + "]";
    }

    /** {@code type/subtype} in lower case, without parameters. */
    static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    private static String digest(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK always has " + algorithm, e);
        }
    }
}
