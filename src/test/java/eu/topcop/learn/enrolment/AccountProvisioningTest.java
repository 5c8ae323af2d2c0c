package eu.topcop.learn.enrolment;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.support.Tokens;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accounts for nominated officers, made in the real local Keycloak: once per e-mail, with role and country. */
@QuarkusTest
class AccountProvisioningTest {

    @Inject
    EnrolmentFixture fixture;

    @Inject
    AccountProvisioning accounts;

    @Inject
    Keycloak keycloak;

    @Inject
    MockMailbox mailbox;

    @Test
    void shouldMakeOneAccountForANominatedOfficerWithTraineeRoleCountryAndInvitation() {
        String email = "nika.tsiklauri." + System.nanoTime() + "@police.example";
        nominate(fixture.offering(10, Tokens.MANAGER), email);
        nominate(fixture.offering(10, Tokens.MANAGER), email);

        List<UserRepresentation> found = realm().users().searchByEmail(email, true);
        assertEquals(1, found.size(), "one account per e-mail");
        UserRepresentation user = found.get(0);
        assertEquals(List.of("GE"), user.getAttributes().get("country"));
        assertTrue(
                user.getRequiredActions().contains("UPDATE_PASSWORD"),
                user.getRequiredActions().toString());
        assertTrue(realm().users().get(user.getId()).roles().realmLevel().listEffective().stream()
                .map(RoleRepresentation::getName)
                .anyMatch("trainee"::equals));

        Person person = QuarkusTransaction.requiringNew()
                .call(() -> Person.<Person>find("email", email).firstResult());
        assertEquals(user.getId(), person.subject);

        List<Mail> sent = mailbox.getMailsSentTo(email);
        assertTrue(
                sent.stream()
                        .anyMatch(m ->
                                m.getText().contains(email) && m.getSubject().contains("TOPCOP Learn")),
                "an invitation with the user name; got "
                        + sent.stream().map(Mail::getSubject).toList());
    }

    @Test
    void shouldLinkAnExistingKeycloakUserInsteadOfMakingAnother() {
        String email = "existing." + System.nanoTime() + "@police.example";
        UserRepresentation existing = new UserRepresentation();
        existing.setUsername(email);
        existing.setEmail(email);
        existing.setFirstName("Existing");
        existing.setLastName("Officer");
        existing.setEnabled(true);
        // Verified: an account that has not verified the address is not linked (NominationTest).
        existing.setEmailVerified(true);
        realm().users().create(existing).close();
        Person person = QuarkusTransaction.requiringNew().call(() -> {
            Person p = fixture.people(1, "MD").get(0);
            Person managed = Person.findById(p.id);
            managed.email = email;
            managed.username = null;
            return managed;
        });

        assertEquals(AccountProvisioning.Outcome.LINKED_EXISTING, accounts.ensureAccount(person.id));
        assertEquals(AccountProvisioning.Outcome.ALREADY_LINKED, accounts.ensureAccount(person.id));
        assertEquals(1, realm().users().searchByEmail(email, true).size());
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> Person.<Person>findById(person.id).subject));
    }

    private void nominate(Offering offering, String email) {
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "email", email,
                        "name", "Nika Tsiklauri",
                        "agency", "Border Police",
                        "agencyType", "border-guard",
                        "speaksWorkingLanguage", true))
                .when()
                .post("/api/enrolment/offerings/" + offering.code + "/nominations")
                .then()
                .statusCode(201);
    }

    private RealmResource realm() {
        return keycloak.realm("topcop");
    }
}
