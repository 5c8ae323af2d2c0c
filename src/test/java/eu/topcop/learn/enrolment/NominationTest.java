package eu.topcop.learn.enrolment;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A coordinator nominates officers of their own country only, whatever the LMS or Keycloak knows of the e-mail
 * given: an account or a person of another country is refused on the field {@code email} with nothing written,
 * never linked, and a nomination counts against the quota of the nominee's country. With the real Keycloak.
 */
@QuarkusTest
class NominationTest {

    @Inject
    EnrolmentFixture fixture;

    @Inject
    AccountProvisioning accounts;

    @Inject
    Keycloak keycloak;

    @Test
    void shouldRefuseToNominateTheKeycloakAccountOfAnotherCountryWritingNothing() {
        Offering offering = fixture.offering(10, Tokens.MANAGER);
        String email = armenianAccount();

        nominate(offering, email, "Aram Hakobyan")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("email"))
                .body("errors[0].message", containsString("own country"))
                // The refusal names neither the country nor the account's holder.
                .body("errors[0].message", not(containsString("AM")))
                .body(not(containsString("Hakobyan")));

        assertNull(person(email), "no person recorded for the refused e-mail");
        assertEquals(0, applications(offering), "no nomination");
        UserRepresentation account = realm().users().searchByEmail(email, true).get(0);
        assertEquals(List.of("AM"), account.getAttributes().get("country"), "the account is left as it was");
    }

    @Test
    void shouldRefuseToNominateAPersonTheLmsKnowsOfAnotherCountry() {
        Offering offering = fixture.offering(10, Tokens.MANAGER);
        Person ukrainian = fixture.person("UA");

        nominate(offering, ukrainian.email, ukrainian.name)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("email"));
        assertEquals(0, applications(offering));
        assertEquals("UA", person(ukrainian.email).country);
    }

    @Test
    void shouldCountANominationAgainstTheQuotaOfTheNomineesCountry() {
        Offering offering = fixture.offering(10, Tokens.MANAGER);
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(Map.of("quotas", Map.of("GE", 1, "AM", 1)))
                .when()
                .put("/api/enrolment/offerings/" + offering.code + "/rules")
                .then()
                .statusCode(200);
        nominate(offering, "new.officer." + System.nanoTime() + "@police.example", "Tamar Lomidze")
                .then()
                .statusCode(201)
                .body("country", equalTo("GE"));
        // Georgia's one place is taken; Armenia's is not, and Armenia's officers are not Giorgi's to nominate.
        nominate(offering, armenianAccount(), "Aram Hakobyan").then().statusCode(422);
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .when()
                .get("/api/enrolment/offerings/" + offering.code + "/quota-use")
                .then()
                .statusCode(200)
                .body("find { it.country == 'GE' }.active", equalTo(1))
                .body("find { it.country == 'AM' }.active", equalTo(0));
    }

    @Test
    void shouldNotLinkAPersonToTheKeycloakAccountOfAnotherCountry() {
        String email = armenianAccount();
        Person georgian = QuarkusTransaction.requiringNew().call(() -> {
            Person p = Person.findById(fixture.person("GE").id);
            p.email = email;
            p.username = null;
            return p;
        });

        assertEquals(AccountProvisioning.Outcome.OTHER_COUNTRY, accounts.ensureAccount(georgian.id));
        assertNull(QuarkusTransaction.requiringNew().call(() -> Person.<Person>findById(georgian.id).subject));
        assertEquals(1, realm().users().searchByEmail(email, true).size(), "no second account either");
    }

    @Test
    @TestSecurity(user = "page-coordinator-ge", roles = Roles.NATIONAL_COORDINATOR)
    void shouldSayOnThePageWhyTheNominationIsRefusedKeepingWhatWasTyped() {
        fixture.named("page-coordinator-ge", "GE");
        Offering offering = fixture.offering(10);
        String email = armenianAccount();
        given().cookie("topcop-csrf", "nomination-token")
                .formParam("_csrf", "nomination-token")
                .formParam("name", "Aram Hakobyan")
                .formParam("email", email)
                .formParam("agency", "Investigative Committee")
                .formParam("position", "Investigator")
                .formParam("agencyType", "police")
                .formParam("speaksWorkingLanguage", "true")
                .header("Accept-Language", "ru")
                .when()
                .post("/enrolment/offerings/" + offering.code + "/nominations")
                .then()
                .statusCode(422)
                .body(containsString("lang=\"ru\""))
                // The nomination form's fields carry its prefix (n-), so that its ids are unique on the page.
                .body(containsString("data-field=\"n-email\""))
                .body(containsString("Вы не можете выдвинуть сотрудника"))
                .body(containsString("value=\"" + email + "\""))
                .body(containsString("value=\"Aram Hakobyan\""))
                .body(containsString("value=\"Investigative Committee\""))
                .body(containsString("<option value=\"police\" selected>"));
        assertNull(person(email));
    }

    @Test
    void shouldLinkANominatedOfficerOnlyToAnAccountThatVerifiedTheAddress() {
        String email = "tamar." + System.nanoTime() + "@police.example";
        UserRepresentation unverified = new UserRepresentation();
        unverified.setUsername(email);
        unverified.setEmail(email);
        unverified.setEnabled(true);
        unverified.setEmailVerified(false);
        unverified.setAttributes(Map.of("country", List.of("GE")));
        realm().users().create(unverified).close();
        Person officer = QuarkusTransaction.requiringNew().call(() -> {
            Person p = Person.findById(fixture.person("GE").id);
            p.email = email;
            p.username = null;
            return p;
        });

        assertEquals(AccountProvisioning.Outcome.UNVERIFIED_ACCOUNT, accounts.ensureAccount(officer.id));
        assertNull(QuarkusTransaction.requiringNew().call(() -> Person.<Person>findById(officer.id).subject));

        UserRepresentation account = realm().users().searchByEmail(email, true).get(0);
        account.setEmailVerified(true);
        realm().users().get(account.getId()).update(account);
        assertEquals(AccountProvisioning.Outcome.LINKED_EXISTING, accounts.ensureAccount(officer.id));
        assertEquals(
                account.getId(),
                QuarkusTransaction.requiringNew().call(() -> Person.<Person>findById(officer.id).subject));
    }

    /** A Keycloak account of Armenia that the LMS has never seen. */
    private String armenianAccount() {
        String email = "aram." + System.nanoTime() + "@police.example";
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setFirstName("Aram");
        user.setLastName("Hakobyan");
        user.setEnabled(true);
        user.setAttributes(Map.of("country", List.of("AM")));
        realm().users().create(user).close();
        return email;
    }

    private static io.restassured.response.Response nominate(Offering offering, String email, String name) {
        return given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "email",
                        email,
                        "name",
                        name,
                        "agency",
                        "Patrol Police",
                        "agencyType",
                        "police",
                        "speaksWorkingLanguage",
                        true))
                .when()
                .post("/api/enrolment/offerings/" + offering.code + "/nominations");
    }

    private static Person person(String email) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Person.<Person>find("email", email).firstResult());
    }

    private static long applications(Offering offering) {
        return QuarkusTransaction.requiringNew().call(() -> Application.count("offering.id", offering.id));
    }

    private RealmResource realm() {
        return keycloak.realm("topcop");
    }
}
