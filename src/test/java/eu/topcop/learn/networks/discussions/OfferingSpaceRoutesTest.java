package eu.topcop.learn.networks.discussions;

import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * An offering's discussion space through its routes: the offering page's button to it, its discussion pages with
 * the offering's days, the API's standing, and the network's routes that refuse it.
 */
@QuarkusTest
class OfferingSpaceRoutesTest {

    private static final String TOKEN = "offering-space-token";
    private static final String PARTICIPANT = "offering-space-participant";
    private static final String OUTSIDER = "offering-space-outsider";

    @Inject
    EnrolmentFixture people;

    @Test
    @TestSecurity(user = PARTICIPANT, roles = Roles.TRAINEE)
    void shouldReachTheSpaceFromTheOfferingPageAndPostInIt() {
        Offering offering = people.offering(5);
        Person me = people.named(PARTICIPANT, "GE");
        String offeringPage = "/catalogue/offerings/" + offering.code;
        given().get(offeringPage).then().statusCode(200).body(not(containsString("offering-discussion")));
        long application = people.approved(offering, me, people.manager()).id;
        given().get("/enrolment/applications/" + application)
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"offering-discussion\""));
        given().get(offeringPage).then().statusCode(200).body(containsString("data-testid=\"offering-discussion\""));

        String base = "/networks/offering-" + offering.code + "/discussions";
        given().cookie("topcop-csrf", TOKEN)
                .formParam("_csrf", TOKEN)
                .redirects()
                .follow(false)
                .post("/offerings/" + offering.code + "/discussion")
                .then()
                .statusCode(303)
                .header("Location", endsWith(base));
        given().cookie("topcop-lang", "ru")
                .get(base)
                .then()
                .statusCode(200)
                .body(containsString("offering-dates"))
                .body(containsString("Участники и тренеры мероприятия"))
                .body(containsString("back-to-offering"))
                .body(containsString("thread-form"));
        given().cookie("topcop-csrf", TOKEN)
                .formParam("_csrf", TOKEN)
                .formParam("title", "Arrival")
                .formParam("body", "I land on *Sunday*")
                .formParam("language", "en")
                .redirects()
                .follow(false)
                .post(base)
                .then()
                .statusCode(303);
        given().get(base).then().statusCode(200).body(containsString("Arrival"));
        given().get("/networks").then().statusCode(200).body(not(containsString("offering-" + offering.code)));
    }

    @Test
    @TestSecurity(user = PARTICIPANT + "-api", roles = Roles.TRAINEE)
    void shouldTellAParticipantTheSpaceAndTheirStandingThroughTheApi() {
        Offering offering = people.offering(5);
        people.approved(offering, people.named(PARTICIPANT + "-api", "GE"), people.manager());
        String api = "/api/offerings/" + offering.code + "/discussion";

        given().get(api)
                .then()
                .statusCode(200)
                .body("network", equalTo("offering-" + offering.code))
                .body("opened", equalTo(false))
                .body("writes", equalTo(true));
        given().post(api).then().statusCode(200).body("opened", equalTo(true)).body("moderator", equalTo(false));
        given().post(api).then().statusCode(200).body("opened", equalTo(true));
        String threads = "/api/networks/offering-" + offering.code + "/discussions";
        given().contentType("application/json")
                .body("{\"title\":\"Materials\",\"body\":\"Slides please\",\"language\":\"en\"}")
                .post(threads)
                .then()
                .statusCode(201)
                .body("offering.offering", equalTo(offering.code));
        given().contentType("application/json")
                .body("{}")
                .post("/api/networks/offering-" + offering.code + "/membership")
                .then()
                .statusCode(409)
                .contentType(containsString("application/problem+json"));
        given().get("/api/offerings/no-such-offering/discussion").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = OUTSIDER, roles = Roles.TRAINEE)
    void shouldRefuseSomeoneWhoTakesNoPartInTheOffering() {
        Offering offering = people.offering(5);
        Person participant = people.person("GE");
        people.approved(offering, participant, people.manager());
        people.named(OUTSIDER, "GE");

        given().get("/api/offerings/" + offering.code + "/discussion").then().statusCode(403);
        given().post("/api/offerings/" + offering.code + "/discussion").then().statusCode(403);
        given().cookie("topcop-csrf", TOKEN)
                .formParam("_csrf", TOKEN)
                .post("/offerings/" + offering.code + "/discussion")
                .then()
                .statusCode(403);
        given().get("/api/networks/offering-" + offering.code + "/discussions")
                .then()
                .statusCode(404);
    }
}
