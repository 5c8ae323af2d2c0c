package eu.topcop.learn.lrs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The well-formedness check of a signed statement (xAPI 1.0.3 Data 2.6, 2.0.0 / IEEE 9274.1.1 the same rules): the
 * signature attachment holds a JWS in compact serialization, signed with RS256, RS384 or RS512; its payload is the
 * statement as it was before the signature was added (logically equivalent, disregarding what the LRS sets); and if
 * its header carries an X.509 chain ({@code x5c}), the first certificate's key verifies it. As the specification
 * notes, this catches mistakes, it does not say who signed: no certificate is trusted or checked for expiry here.
 */
final class StatementSignature {

    static final String USAGE_TYPE = "http://adlnet.gov/expapi/attachments/signature";
    static final String CONTENT_TYPE = "application/octet-stream";

    private static final Map<String, String> ALGORITHMS =
            Map.of("RS256", "SHA256withRSA", "RS384", "SHA384withRSA", "RS512", "SHA512withRSA");
    // Properties the LRS may set or change (id, stored, authority, version, a timestamp): differences there do not
    // break the equivalence (Data 2.3.1, statement comparison).
    private static final List<String> SET_BY_THE_LRS = List.of("stored", "authority", "version");

    private StatementSignature() {}

    /** The problems of the JWS {@code signature} of {@code statement}, named by {@code path} (the attachment). */
    static List<String> problems(ObjectNode statement, byte[] signature, ObjectMapper mapper) {
        List<String> problems = new ArrayList<>();
        String[] sections =
                new String(signature, StandardCharsets.US_ASCII).strip().split("\\.", -1);
        if (sections.length != 3) {
            problems.add("must hold a JWS in compact serialization (header.payload.signature)");
            return problems;
        }
        Optional<JsonNode> header = json(sections[0], mapper);
        Optional<JsonNode> payload = json(sections[1], mapper);
        Optional<byte[]> signed = base64Url(sections[2]);
        if (header.isEmpty() || !header.get().isObject()) {
            problems.add("must have a JWS header that is a JSON object (base64url)");
            return problems;
        }
        String algorithm = header.get().path("alg").asText("");
        if (!ALGORITHMS.containsKey(algorithm)) {
            problems.add("must be signed with RS256, RS384 or RS512, not '" + algorithm + "'");
        }
        if (payload.isEmpty() || !(payload.get() instanceof ObjectNode original)) {
            problems.add("must have a payload that is the JSON of the statement (base64url)");
        } else if (!equivalent(original, statement)) {
            problems.add("has a payload that differs from the statement it signs");
        }
        if (signed.isEmpty()) {
            problems.add("must end with a base64url signature");
        }
        JsonNode chain = header.get().get("x5c");
        if (chain != null && problems.isEmpty()) {
            verify(chain, algorithm, sections, signed.get()).ifPresent(problems::add);
        }
        return problems;
    }

    /** The signature against the first certificate of the chain, as JWS (RFC 7515 section 5.2) defines it. */
    private static Optional<String> verify(JsonNode chain, String algorithm, String[] sections, byte[] signed) {
        if (!chain.isArray() || chain.isEmpty() || !chain.get(0).isTextual()) {
            return Optional.of("has an x5c header that is not an array of certificates");
        }
        PublicKey key;
        try {
            byte[] der = Base64.getMimeDecoder().decode(chain.get(0).asText());
            key = CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der))
                    .getPublicKey();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.of("has an x5c certificate that cannot be read");
        }
        if (!(key instanceof RSAPublicKey)) {
            return Optional.of("has an x5c certificate whose key is not an RSA key");
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHMS.get(algorithm));
            verifier.initVerify(key);
            verifier.update((sections[0] + "." + sections[1]).getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(signed)
                    ? Optional.empty()
                    : Optional.of("does not verify with the key of its x5c certificate");
        } catch (GeneralSecurityException e) {
            return Optional.of("does not verify with the key of its x5c certificate");
        }
    }

    /**
     * Whether the signed original and the received statement are the same statement: the received one without its
     * signature attachments, and neither with what the LRS sets; an id or timestamp only one of them has is one the
     * LRS may have added.
     */
    static boolean equivalent(ObjectNode original, ObjectNode received) {
        ObjectNode a = original.deepCopy();
        ObjectNode b = received.deepCopy();
        withoutSignatures(a);
        withoutSignatures(b);
        a.remove(SET_BY_THE_LRS);
        b.remove(SET_BY_THE_LRS);
        for (String added : List.of("id", "timestamp")) {
            if (!a.has(added) || !b.has(added)) {
                a.remove(added);
                b.remove(added);
            }
        }
        if (a.has("id") && a.get("id").asText().equalsIgnoreCase(b.get("id").asText())) {
            a.remove("id");
            b.remove("id");
        }
        Statements.Comparison.activitiesAsArrays(a);
        Statements.Comparison.activitiesAsArrays(b);
        return a.equals(b);
    }

    private static void withoutSignatures(ObjectNode statement) {
        if (!(statement.get("attachments") instanceof ArrayNode attachments)) {
            return;
        }
        for (int i = attachments.size() - 1; i >= 0; i--) {
            if (USAGE_TYPE.equals(attachments.get(i).path("usageType").asText())) {
                attachments.remove(i);
            }
        }
        if (attachments.isEmpty()) {
            statement.remove("attachments");
        }
    }

    private static Optional<JsonNode> json(String section, ObjectMapper mapper) {
        return base64Url(section).flatMap(bytes -> {
            try {
                return Optional.of(mapper.readTree(bytes));
            } catch (java.io.IOException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<byte[]> base64Url(String section) {
        try {
            return Optional.of(Base64.getUrlDecoder().decode(section));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
