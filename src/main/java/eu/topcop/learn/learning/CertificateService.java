package eu.topcop.learn.learning;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;
import eu.topcop.learn.platform.web.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Certificates of completed courses and curricula ({@link CompletionService} says when), signed with an HMAC
 * of their content. The public verification recomputes the signature from what is stored and compares it with
 * the one the QR code carries: a guessed code, an altered signature or an edited record does not verify.
 */
@ApplicationScoped
public class CertificateService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /**
     * Hex digits of the signature printed in the QR code and the verification address: the first 96 bits of the
     * HMAC, all of which must match.
     */
    static final int SIGNATURE_CHARS = 24;

    /** The longest revocation reason: the column's width. */
    static final int REVOCATION_REASON_LIMIT = 500;

    /** What a verification finds. */
    public enum Status {
        VALID,
        REVOKED,
        /** Genuine, but its holder was erased: it certifies nobody, and says no name. */
        ERASED,
        NOT_GENUINE
    }

    public record View(
            String code,
            Certificate.Kind kind,
            String holder,
            String course,
            String courseTitle,
            List<String> crimePriorities,
            int hours,
            LocalDate startedOn,
            LocalDate completedOn,
            Instant issuedAt,
            boolean revoked,
            String revocationReason,
            String verificationUrl) {}

    public record Verification(Status status, View certificate) {}

    @Inject
    Clock clock;

    @ConfigProperty(name = "lms.certificates.secret")
    String secret;

    @ConfigProperty(name = "lms.public-url")
    String publicUrl;

    /**
     * Issues the certificate of a completed course or curriculum, once per person (called in the completion's
     * transaction, so that both are written or neither).
     */
    void issue(
            Person person,
            Certificate.Kind kind,
            String code,
            Map<String, String> title,
            List<String> priorities,
            int hours,
            LocalDate startedOn,
            LocalDate completedOn) {
        if (Certificate.count("person.id = ?1 and kind = ?2 and courseCode = ?3", person.id, kind, code) > 0) {
            return;
        }
        Certificate certificate = new Certificate();
        certificate.code = newCode();
        certificate.person = person;
        certificate.kind = kind;
        certificate.holder = person.name;
        certificate.courseCode = code;
        certificate.courseTitle = title;
        certificate.crimePriorities = String.join(",", priorities);
        certificate.hours = (short) hours;
        certificate.startedOn = startedOn;
        certificate.completedOn = completedOn;
        certificate.issuedAt = Instant.now(clock);
        certificate.signature = sign(certificate.signedContent());
        certificate.persist();
    }

    public List<View> mine(Person person, Language language) {
        if (person.id == null) {
            return List.of();
        }
        return Certificate.<Certificate>list("person.id = ?1 order by issuedAt desc", person.id).stream()
                .map(c -> view(c, language))
                .toList();
    }

    /**
     * Public: whether the certificate with this code and signature is genuine, and valid or revoked. The signature
     * must be the whole one the QR code carries ({@link #SIGNATURE_CHARS} hex digits), compared in constant time on
     * its bytes: a shortened or altered one, or a record edited since it was signed, is not genuine.
     */
    public Verification verify(String code, String signature, Language language) {
        Certificate certificate = Certificate.<Certificate>find(
                        "code", code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                .firstResult();
        if (certificate == null) {
            return new Verification(Status.NOT_GENUINE, null);
        }
        if (certificate.isErased()) {
            // The record no longer says whose it was, so its signature cannot be recomputed: the whole printed
            // signature matching the one kept is what shows the code genuine.
            return printed(certificate.signature, signature)
                    ? new Verification(Status.ERASED, null)
                    : new Verification(Status.NOT_GENUINE, null);
        }
        if (!genuine(certificate, signature)) {
            return new Verification(Status.NOT_GENUINE, null);
        }
        return new Verification(certificate.isRevoked() ? Status.REVOKED : Status.VALID, view(certificate, language));
    }

    private boolean genuine(Certificate certificate, String presented) {
        String recomputed = sign(certificate.signedContent());
        boolean record = MessageDigest.isEqual(
                certificate.signature.getBytes(StandardCharsets.US_ASCII),
                recomputed.getBytes(StandardCharsets.US_ASCII));
        return record & printed(recomputed, presented);
    }

    /** Whether the presented signature is exactly the printed part of the full one, compared in constant time. */
    private static boolean printed(String fullSignature, String presented) {
        byte[] given = printedSignatureBytes(presented);
        byte[] expected = HexFormat.of().parseHex(fullSignature);
        return given != null && MessageDigest.isEqual(given, Arrays.copyOf(expected, SIGNATURE_CHARS / 2));
    }

    /** The bytes of a printed signature, or null when it is not exactly {@link #SIGNATURE_CHARS} hex digits. */
    private static byte[] printedSignatureBytes(String presented) {
        if (presented == null || presented.length() != SIGNATURE_CHARS) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(presented);
        } catch (IllegalArgumentException notHex) {
            return null;
        }
    }

    /** The holder's own certificate (or any, for a course manager). */
    public Certificate forDownload(String code, Person person, boolean manager) {
        Certificate certificate = Certificate.<Certificate>find("code", code).firstResult();
        if (certificate == null || certificate.isErased() || (!manager && !certificate.person.id.equals(person.id))) {
            throw new DomainException.NotFound("No certificate " + code);
        }
        return certificate;
    }

    @Transactional
    public View revoke(String code, String reason, String by, Language language) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException.RuleViolation("reason", "Say why the certificate is revoked")
                    .because("reason", LearningMessages.class, "certificate_reason_required");
        }
        if (reason.strip().length() > REVOCATION_REASON_LIMIT) {
            throw new DomainException.RuleViolation(
                            "reason", "At most " + REVOCATION_REASON_LIMIT + " characters: say why in short")
                    .because(
                            "reason",
                            LearningMessages.class,
                            "certificate_reason_too_long",
                            String.valueOf(REVOCATION_REASON_LIMIT));
        }
        Certificate certificate = Certificate.<Certificate>find("code", code)
                .firstResultOptional()
                .orElseThrow(() -> new DomainException.NotFound("No certificate " + code));
        if (!certificate.isRevoked()) {
            certificate.revokedAt = Instant.now(clock);
            certificate.revokedBy = by;
            certificate.revocationReason = reason.strip();
        }
        return view(certificate, language);
    }

    /**
     * A certificate as its course managers see it on the verification page, without the printed signature the
     * public needs: where a refused revocation shows its form again.
     */
    public Verification managed(String code, Language language) {
        Certificate certificate = Certificate.<Certificate>find("code", code)
                .firstResultOptional()
                .orElseThrow(() -> new DomainException.NotFound("No certificate " + code));
        if (certificate.isErased()) {
            return new Verification(Status.ERASED, null);
        }
        return new Verification(certificate.isRevoked() ? Status.REVOKED : Status.VALID, view(certificate, language));
    }

    View view(Certificate c, Language language) {
        return new View(
                c.code,
                c.kind,
                c.holder,
                c.courseCode,
                Localized.pick(c.courseTitle, language).text(),
                c.crimePriorities.isEmpty() ? List.of() : List.of(c.crimePriorities.split(",")),
                c.hours,
                c.startedOn,
                c.completedOn,
                c.issuedAt,
                c.isRevoked(),
                c.revocationReason,
                verificationUrl(c));
    }

    String verificationUrl(Certificate c) {
        return publicUrl + "/certificates/" + c.code + "?s=" + c.signature.substring(0, SIGNATURE_CHARS);
    }

    private String sign(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
