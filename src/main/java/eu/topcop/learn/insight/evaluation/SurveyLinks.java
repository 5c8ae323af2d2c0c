package eu.topcop.learn.insight.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signed links for respondents without an account: {@code /evaluation/answer/<invitation id>-<signature>}, the
 * signature an HMAC of the invitation's id, its random nonce and its closing time under a secret from
 * configuration. A link opens its one invitation and nothing else, until the survey closes or it is answered;
 * a forged, altered or expired link opens nothing (and says no more than that).
 */
@ApplicationScoped
public class SurveyLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @ConfigProperty(name = "lms.public-url")
    String publicUrl;

    @Inject
    EvaluationSettings settings;

    /** A fresh nonce for an invitation answered through a link. */
    static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The invitation's link; the same every time it is asked for, so reminders repeat it. */
    public String link(SurveyInvitation invitation) {
        return publicUrl + "/evaluation/answer/" + token(invitation);
    }

    String token(SurveyInvitation invitation) {
        return invitation.id + "-" + signature(invitation);
    }

    /** The invitation a token opens, if the token is genuine and its invitation still open. */
    public Optional<SurveyInvitation> open(String token) {
        return genuine(token).filter(i -> i.isOpen(Instant.now(clock)));
    }

    /** The invitation a token was made for, open or not (to say it was answered or has closed). */
    public Optional<SurveyInvitation> genuine(String token) {
        if (token == null || !token.matches("\\d{1,19}-[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(token.substring(0, token.indexOf('-')));
        SurveyInvitation invitation = em.find(SurveyInvitation.class, id);
        if (invitation == null || invitation.linkNonce == null) {
            return Optional.empty();
        }
        byte[] expected = signature(invitation).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(token.indexOf('-') + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(invitation) : Optional.empty();
    }

    private String signature(SurveyInvitation invitation) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.linkSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signed = "survey-invitation:" + invitation.id + ":" + invitation.linkNonce + ":"
                    + invitation.closesAt.toEpochMilli();
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
