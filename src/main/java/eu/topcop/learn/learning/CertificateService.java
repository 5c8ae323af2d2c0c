package eu.topcop.learn.learning;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;
import eu.topcop.learn.platform.web.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Certificates of completed online courses (every module of the course complete), signed with an HMAC of
 * their content. The public verification recomputes the signature from what is stored and compares it with
 * the one the QR code carries: a guessed code, an altered signature or an edited record does not verify.
 */
@ApplicationScoped
public class CertificateService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** What a verification finds. */
    public enum Status {
        VALID,
        REVOKED,
        NOT_GENUINE
    }

    public record View(
            String code,
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
    EntityManager em;

    @Inject
    Clock clock;

    @ConfigProperty(name = "lms.certificates.secret")
    String secret;

    @ConfigProperty(name = "lms.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /**
     * Issues the certificates a module's completion earns: one per online course whose modules the person
     * has now all completed. Idempotent: a course is certified once per person.
     */
    void issueFor(ModuleProgress progress) {
        List<?> courses = em.createNativeQuery("SELECT k.id, k.code, k.title, k.hours FROM course k"
                        + " JOIN activity_type t ON t.code = k.activity_type_code AND t.online"
                        + " JOIN course_module cm ON cm.course_id = k.id WHERE cm.module_code = :m")
                .setParameter("m", progress.moduleCode)
                .getResultList();
        for (Object row : courses) {
            Object[] r = (Object[]) row;
            long courseId = ((Number) r[0]).longValue();
            String courseCode = (String) r[1];
            Object[] done = (Object[]) em.createNativeQuery("SELECT COUNT(*), SUM(p.completed_at IS NOT NULL),"
                            + " MIN(p.started_at) FROM course_module cm LEFT JOIN module_progress p"
                            + " ON p.module_code = cm.module_code AND p.person_id = :person WHERE cm.course_id = :k")
                    .setParameter("person", progress.person.id)
                    .setParameter("k", courseId)
                    .getSingleResult();
            long modules = ((Number) done[0]).longValue();
            long completed = done[1] == null ? 0 : ((Number) done[1]).longValue();
            boolean exists =
                    Certificate.count("person.id = ?1 and courseCode = ?2", progress.person.id, courseCode) > 0;
            if (completed < modules || exists) {
                continue;
            }
            Certificate certificate = new Certificate();
            certificate.code = newCode();
            certificate.person = progress.person;
            certificate.holder = progress.person.name;
            certificate.courseCode = courseCode;
            certificate.courseTitle = titles(r[2]);
            certificate.crimePriorities = String.join(",", priorities(courseId));
            certificate.hours = ((Number) r[3]).shortValue();
            certificate.startedOn = toDate(done[2]);
            certificate.completedOn = LocalDate.now(clock);
            certificate.issuedAt = Instant.now(clock);
            certificate.signature = sign(certificate.signedContent());
            certificate.persist();
        }
    }

    public List<View> mine(Person person, Language language) {
        if (person.id == null) {
            return List.of();
        }
        return Certificate.<Certificate>list("person.id = ?1 order by issuedAt desc", person.id).stream()
                .map(c -> view(c, language))
                .toList();
    }

    /** Public: whether the certificate with this code and signature is genuine, and valid or revoked. */
    public Verification verify(String code, String signature, Language language) {
        Certificate certificate = Certificate.<Certificate>find(
                        "code", code == null ? "" : code.strip().toUpperCase())
                .firstResult();
        if (certificate == null
                || signature == null
                || signature.length() < 16
                || !certificate.signature.startsWith(signature.toLowerCase())
                || !MessageDigest.isEqual(
                        certificate.signature.getBytes(StandardCharsets.US_ASCII),
                        sign(certificate.signedContent()).getBytes(StandardCharsets.US_ASCII))) {
            return new Verification(Status.NOT_GENUINE, null);
        }
        return new Verification(certificate.isRevoked() ? Status.REVOKED : Status.VALID, view(certificate, language));
    }

    /** The holder's own certificate (or any, for a course manager). */
    public Certificate forDownload(String code, Person person, boolean manager) {
        Certificate certificate = Certificate.<Certificate>find("code", code).firstResult();
        if (certificate == null || (!manager && !certificate.person.id.equals(person.id))) {
            throw new DomainException.NotFound("No certificate " + code);
        }
        return certificate;
    }

    @Transactional
    public View revoke(String code, String reason, String by, Language language) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException.RuleViolation("reason", "Say why the certificate is revoked");
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

    View view(Certificate c, Language language) {
        return new View(
                c.code,
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
        return publicUrl + "/certificates/" + c.code + "?s=" + c.signature.substring(0, 24);
    }

    private List<String> priorities(long courseId) {
        return em.createNativeQuery(
                        "SELECT p.code FROM course k JOIN curriculum_priority cp ON cp.curriculum_id ="
                                + " k.curriculum_id JOIN crime_priority p ON p.id = cp.crime_priority_id AND p.portfolio"
                                + " WHERE k.id = :k ORDER BY p.position",
                        String.class)
                .setParameter("k", courseId)
                .getResultList();
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

    @SuppressWarnings("unchecked")
    private Map<String, String> titles(Object json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json.toString(), Map.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private LocalDate toDate(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (value instanceof java.time.LocalDateTime t) {
            return t.toLocalDate();
        }
        if (value instanceof Instant t) {
            return t.atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.now(clock);
    }
}
