package eu.topcop.learn.learning;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public verification takes exactly the signature the QR code carries: every shortened, lengthened or
 * altered one is not genuine; and one address that verifies too often is answered 429 (API: problem+json, page:
 * a message in the reader's language), while other addresses are not.
 */
@QuarkusTest
class CertificateVerificationTest {

    private static final String HEX = "0123456789abcdef";

    @Inject
    EnrolmentFixture fixture;

    @Inject
    CompletionService completions;

    @Inject
    CertificateService certificates;

    @Inject
    EntityManager em;

    @Test
    void shouldRefuseEveryTruncatedLengthenedOrAlteredSignature() {
        CertificateService.View certificate = certified(fixture.person("MD"));
        String signature = signatureOf(certificate);
        assertEquals(CertificateService.SIGNATURE_CHARS, signature.length());
        assertEquals(CertificateService.Status.VALID, verify(certificate.code(), signature));
        assertEquals(
                CertificateService.Status.VALID,
                verify(certificate.code().toLowerCase(Locale.ROOT), signature.toUpperCase(Locale.ROOT)),
                "the same code and the same bytes, in other letters");

        for (int length = 0; length < signature.length(); length++) {
            assertEquals(
                    CertificateService.Status.NOT_GENUINE,
                    verify(certificate.code(), signature.substring(0, length)),
                    "cut to " + length);
        }
        for (String longer : new String[] {signature + "0", signature + signature, stored(certificate.code())}) {
            assertEquals(CertificateService.Status.NOT_GENUINE, verify(certificate.code(), longer), longer);
        }
        for (int i = 0; i < signature.length(); i++) {
            for (char digit : HEX.toCharArray()) {
                if (digit == signature.charAt(i)) {
                    continue;
                }
                String altered = signature.substring(0, i) + digit + signature.substring(i + 1);
                assertEquals(CertificateService.Status.NOT_GENUINE, verify(certificate.code(), altered), altered);
            }
            String notHex = signature.substring(0, i) + "g" + signature.substring(i + 1);
            assertEquals(CertificateService.Status.NOT_GENUINE, verify(certificate.code(), notHex), notHex);
        }
        assertEquals(CertificateService.Status.NOT_GENUINE, verify(certificate.code(), null));
        assertEquals(CertificateService.Status.NOT_GENUINE, verify("NOSUCHCODE99", signature));

        given().when()
                .get("/api/certificates/" + certificate.code() + "?s=" + signature.substring(0, 16))
                .then()
                .statusCode(200)
                .body("status", equalTo("NOT_GENUINE"))
                .body("certificate", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldAnswerTooManyVerificationsFromOneAddressWith429() {
        CertificateService.View certificate = certified(fixture.person("UA"));
        String path = "/certificates/" + certificate.code() + "?s=" + signatureOf(certificate);
        String guesser = address();

        Response refused = untilRefused("/api" + path, guesser);
        assertEquals(429, refused.statusCode());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals(429, (int) refused.path("status"));
        assertNotNull(refused.header("Retry-After"));
        assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1);

        Response page = untilRefused(path, address());
        assertEquals(429, page.statusCode());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.asString().contains("data-status=\"THROTTLED\""), page.asString());

        given().header("X-Forwarded-For", address())
                .when()
                .get("/api" + path)
                .then()
                .statusCode(200)
                .body("status", equalTo("VALID"));
        given().header("X-Forwarded-For", address())
                .header("Accept-Language", "ro")
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body(containsString("data-status=\"VALID\""));
    }

    /** Verifies from one address until refused: the burst (20) goes through first. */
    private static Response untilRefused(String path, String address) {
        for (int i = 1; i <= 80; i++) {
            Response response =
                    given().header("X-Forwarded-For", address).when().get(path);
            if (response.statusCode() != 200) {
                assertTrue(i > 20, "refused after " + (i - 1) + " verifications, before the burst was used");
                return response;
            }
        }
        throw new AssertionError("80 verifications from one address in a row were all answered");
    }

    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
    }

    private CertificateService.Status verify(String code, String signature) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        certificates.verify(code, signature, Language.ENGLISH).status());
    }

    private String stored(String code) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Certificate.<Certificate>find("code", code).firstResult().signature);
    }

    private static String signatureOf(CertificateService.View certificate) {
        String url = certificate.verificationUrl();
        return url.substring(url.indexOf("?s=") + 3);
    }

    /** Completes a course for the person, which certifies it. */
    private CertificateService.View certified(Person person) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long course = ((Number) em.createNativeQuery("SELECT id FROM course WHERE code = 'drugs-regional-training'")
                            .getSingleResult())
                    .longValue();
            completions.complete(
                    em.find(Person.class, person.id), course, LocalDate.now().minusDays(5), LocalDate.now(), null);
            return certificates
                    .mine(em.find(Person.class, person.id), Language.ENGLISH)
                    .get(0);
        });
    }
}
