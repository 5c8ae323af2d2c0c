package eu.topcop.learn.networks;

import jakarta.inject.Inject;

import eu.topcop.learn.networks.discussions.DiscussionFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** The action points page: a refused new action point comes back as typed, each reason beside its field. */
@QuarkusTest
class ActionPointPagesTest {

    private static final String TOKEN = "action-point-pages-token";
    private static final String USER = "action-point-pages-member";

    @Inject
    NetworkFixture networks;

    @Inject
    DiscussionFixture people;

    @Test
    @TestSecurity(user = USER, roles = "trainee")
    void shouldKeepARefusedActionPointAsTypedAndSayWhyInTheReadersLanguage() {
        Network network = networks.network();
        String base = "/networks/" + network.code + "/actions";
        given().get(base);
        networks.member(network, people.testUser(USER));
        given().get(base).then().statusCode(200).body(containsString("action-form"));

        given().cookie("topcop-csrf", TOKEN)
                .cookie("topcop-lang", "ru")
                .formParam("_csrf", TOKEN)
                .formParam("title", "Keep this action")
                .formParam("details", "Typed details")
                .formParam("owner", "")
                .formParam("dueOn", "2000-01-01")
                .post(base)
                .then()
                .statusCode(422)
                .body(containsString("data-testid=\"errors\""))
                .body(containsString("Выберите дату"))
                .body(containsString("data-field=\"owner\""))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"dueOn-error\""))
                .body(containsString("value=\"Keep this action\""))
                .body(containsString("Typed details"));
    }
}
