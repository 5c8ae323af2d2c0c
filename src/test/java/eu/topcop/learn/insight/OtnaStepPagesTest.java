package eu.topcop.learn.insight;

import java.util.List;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/**
 * A round's step or import that the round refuses comes back on the round page with the reason the service gave
 * with its refusal, in the reader's language (no page guesses it back from the English).
 */
@QuarkusTest
class OtnaStepPagesTest {

    private static final String TOKEN = "otna-steps";

    @Inject
    EnrolmentFixture fixture;

    @Test
    @TestSecurity(user = "otna-steps-manager", roles = Roles.COURSE_MANAGER)
    void shouldSayWhyAStepOrAnImportIsRefusedInTheReadersLanguage() {
        fixture.named("otna-steps-manager", "HU");
        String round = "steps-" + System.nanoTime() % 1_000_000_000L;
        TestRounds.define(TestRounds.definition(
                round,
                List.of("drug-trafficking"),
                List.of("GE"),
                List.of(TestRounds.capability("ST-" + System.nanoTime() % 1_000_000L, "drug-trafficking"))));
        InsightMessages uk = MessageBundles.get(InsightMessages.class, Localized.Literal.of("uk"));

        page().formParam("_csrf", TOKEN)
                .post("/insight/rounds/" + round + "/validation")
                .then()
                .statusCode(409)
                .body(containsString("role=\"alert\""))
                .body(containsString(uk.refused_validation()))
                .body(containsString("<html lang=\"uk\">"));

        page().multiPart("_csrf", TOKEN)
                .post("/insight/rounds/" + round + "/imports")
                .then()
                .statusCode(422)
                .body(containsString("data-field=\"file\""))
                .body(containsString(uk.refused_no_file()));
    }

    private static RequestSpecification page() {
        return given().redirects().follow(false).header("Accept-Language", "uk").cookie("topcop-csrf", TOKEN);
    }
}
