package eu.topcop.learn.learning;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.People;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Completing a course's modules earns a signed certificate: a PDF for its holder, a public verification that a
 * guessed or altered code, or an edited record, does not pass, and revocation by a course manager.
 */
@QuarkusTest
class CertificateTest {

    private static final String MODULE = "thb-ilp";

    @Inject
    EnrolmentFixture fixture;

    @Inject
    People people;

    @Inject
    LearningService learning;

    @Inject
    QuizService quizzes;

    @Inject
    CertificateService certificates;

    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "certificate-holder", roles = Roles.TRAINEE)
    void shouldGiveTheHolderAPdfWithTheVerificationAddress() {
        CertificateService.View certificate = complete(people.current());
        assertEquals("thb-independent-learning", certificate.course());
        byte[] pdf = given().when()
                .get("/learning/certificates/" + certificate.code() + ".pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4));
        given().when()
                .get("/learning/certificates")
                .then()
                .statusCode(200)
                .body(containsString("data-code=\"" + certificate.code() + "\""));
    }

    @Test
    void shouldVerifyPubliclyAndRefuseGuessedAlteredOrEditedCertificates() {
        CertificateService.View certificate = complete(fixture.person("UA"));
        String url = certificate.verificationUrl();
        String path = url.substring(url.indexOf("/certificates/"));
        given().when()
                .get(path)
                .then()
                .statusCode(200)
                .body(containsString("data-status=\"VALID\""))
                .body(containsString(certificate.holder()));
        String signature = url.substring(url.indexOf("?s=") + 3);
        String guessed =
                certificate.code().substring(0, 11) + (certificate.code().endsWith("A") ? "B" : "A");
        assertEquals(
                CertificateService.Status.NOT_GENUINE,
                certificates.verify(guessed, signature, Language.ENGLISH).status());
        String altered = (signature.charAt(0) == 'a' ? "b" : "a") + signature.substring(1);
        assertEquals(
                CertificateService.Status.NOT_GENUINE,
                certificates
                        .verify(certificate.code(), altered, Language.ENGLISH)
                        .status());
        given().when()
                .get("/api/certificates/" + certificate.code() + "?s=" + altered)
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("NOT_GENUINE"));

        int edited = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("UPDATE certificate SET holder = 'Someone Else' WHERE code = :c")
                        .setParameter("c", certificate.code())
                        .executeUpdate());
        assertEquals(1, edited);
        assertEquals(
                CertificateService.Status.NOT_GENUINE,
                QuarkusTransaction.requiringNew()
                        .call(() -> certificates
                                .verify(certificate.code(), signature, Language.ENGLISH)
                                .status()),
                "an edited record no longer matches its signature");
    }

    @Test
    @TestSecurity(user = "certificate-manager", roles = Roles.COURSE_MANAGER)
    void shouldLetCourseManagersRevokeWithAReason() {
        CertificateService.View certificate = complete(fixture.person("GE"));
        String signature = certificate
                .verificationUrl()
                .substring(certificate.verificationUrl().indexOf("?s=") + 3);
        given().contentType("application/json")
                .body(Map.of("reason", " "))
                .when()
                .post("/api/learning/certificates/" + certificate.code() + "/revocation")
                .then()
                .statusCode(422);
        given().contentType("application/json")
                .body(Map.of("reason", "Obtained with someone else's account."))
                .when()
                .post("/api/learning/certificates/" + certificate.code() + "/revocation")
                .then()
                .statusCode(200);
        assertEquals(
                CertificateService.Status.REVOKED,
                QuarkusTransaction.requiringNew()
                        .call(() -> certificates
                                .verify(certificate.code(), signature, Language.ENGLISH)
                                .status()));
    }

    @Test
    @TestSecurity(user = "certificate-revoking-manager", roles = Roles.COURSE_MANAGER)
    void shouldGiveARefusedRevocationItsFormBackWithTheReasonAsTyped() {
        CertificateService.View certificate = complete(fixture.person("GE"));
        String tooLong = "Obtained with another person account. ".repeat(14).substring(0, 501);
        given().header("Accept-Language", "ru")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("topcop-csrf", "revoke-token")
                .formParam("_csrf", "revoke-token")
                .formParam("reason", tooLong)
                .when()
                .post("/learning/certificates/" + certificate.code() + "/revoke")
                .then()
                .statusCode(422)
                .body(not(containsString("data-testid=\"refused-form\"")))
                .body(containsString("data-testid=\"revoke-form\""))
                .body(containsString(
                        "value=\"" + tooLong + "\" aria-invalid=\"true\" aria-describedby=\"reason-error\""))
                .body(containsString("<li data-field=\"reason\"><a href=\"#reason\">Причина отзыва:"))
                .body(containsString("data-field=\"reason\">Укажите причину отзыва сертификата не более чем в 500"
                        + " символах.</p>"));
        assertEquals(
                CertificateService.Status.VALID,
                QuarkusTransaction.requiringNew()
                        .call(() -> certificates
                                .managed(certificate.code(), Language.ENGLISH)
                                .status()),
                "nothing was revoked");
    }

    @Test
    @TestSecurity(user = "certificate-other", roles = Roles.TRAINEE)
    void shouldKeepOthersCertificatesFromTrainees() {
        CertificateService.View certificate = complete(fixture.person("AM"));
        given().when()
                .get("/learning/certificates/" + certificate.code() + ".pdf")
                .then()
                .statusCode(404);
        given().contentType("application/json")
                .body(Map.of("reason", "no"))
                .when()
                .post("/api/learning/certificates/" + certificate.code() + "/revocation")
                .then()
                .statusCode(403);
    }

    /** Reads every lesson of the module and passes its quiz: its course is complete. */
    private CertificateService.View complete(Person learner) {
        learning.startOrResume(MODULE, learner);
        IntStream.rangeClosed(1, 5).forEach(n -> Reading.read(learning, MODULE, n, learner));
        int attempt = quizzes.start(MODULE, learner);
        QuizService.AttemptView paper = quizzes.attempt(MODULE, attempt, learner, Language.ENGLISH);
        assertTrue(quizzes.submit(MODULE, attempt, learner, RightAnswers.of(em, MODULE, paper), Language.ENGLISH)
                .passed());
        List<CertificateService.View> mine =
                QuarkusTransaction.requiringNew().call(() -> certificates.mine(learner, Language.ENGLISH));
        assertEquals(1, mine.size());
        return mine.get(0);
    }
}
