package eu.topcop.learn.enrolment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.learning.CompletionService;
import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who a signed-in user is, with real Keycloak accounts (made through its admin API) and real tokens (password
 * grant), through the API as a user meets it: /api/me, their applications and their certificates. Look-alike
 * e-mails (accents, case), unverified e-mails, renamed accounts, a user name passed to a new account and a second
 * account with a nominated officer's e-mail each get a person of their own, or are refused by Keycloak; a person
 * once bound to an account's subject never changes owner.
 */
@QuarkusTest
class IdentityTest {

    private static final String PASSWORD = "Identity-Test-Pass-2026!";

    @Inject
    Keycloak keycloak;

    @Inject
    EnrolmentFixture fixture;

    @Inject
    People people;

    @Inject
    EnrolmentService enrolment;

    @Inject
    CompletionService completions;

    @Inject
    EntityManager em;

    private final List<String> accounts = new ArrayList<>();

    @AfterEach
    void removeAccounts() {
        accounts.forEach(id -> realm().users().delete(id).close());
        accounts.clear();
    }

    @Test
    void shouldServeNoneOfAPersonsRecordsToAccountsWithLookalikeEmails() {
        String n = suffix();
        String email = "ion.rusu." + n + "@demo.example";
        String owner = account("ion.rusu." + n, email, true);
        String ownerToken = token("ion.rusu." + n).orElseThrow();
        apply(ownerToken, fixture.offering(10));
        Person person = personOf(owner);
        certify(person);
        assertMine(ownerToken, 1, 1);

        List<String> lookalikes = List.of(
                "ïon.rusu." + n + "@demo.example", // the reported one
                "ıon.rusu." + n + "@demo.example", // dotless i
                "ion.ruşu." + n + "@demo.example");
        int number = 0;
        for (String lookalike : lookalikes) {
            for (boolean verified : new boolean[] {false, true}) {
                String username = "lookalike." + n + "." + number++;
                String id = account(username, lookalike, verified);
                Optional<String> token = token(username);
                // Keycloak may refuse to sign in an unverified account (when the realm requires verified e-mail):
                // refused is as good as a person of its own. A verified one signs in.
                assertTrue(token.isPresent() || !verified, "a verified account signs in: " + lookalike);
                token.ifPresent(t -> {
                    given().auth()
                            .oauth2(t)
                            .when()
                            .get("/api/me")
                            .then()
                            .statusCode(200)
                            .body("subject", equalTo(id))
                            .body("emailVerified", equalTo(verified));
                    assertMine(t, 0, 0);
                    assertNotEquals(person.id, personOf(id).id, lookalike);
                });
                realm().users().get(id).remove();
                accounts.remove(id);
            }
        }
        // The same address in another case is the same address: Keycloak refuses a second account with it.
        UserRepresentation upper = user("ion.rusu.upper." + n, email.toUpperCase(java.util.Locale.ROOT), true);
        try (Response refused = realm().users().create(upper)) {
            assertEquals(409, refused.getStatus(), "a second account with the same e-mail in capitals");
        }

        assertEquals(owner, reload(person.id).subject, "the record never changed owner");
        assertMine(token("ion.rusu." + n).orElseThrow(), 1, 1);
    }

    @Test
    void shouldLetOnlyTheVerifiedOwnerClaimANominatedOfficersRecordAndKeepIt() {
        String n = suffix();
        String email = "nina.nominee." + n + "@police.example";
        Person nominated = people.byEmail(email, "Nina Nominee", "GE");
        enrolment.nominate(
                fixture.offering(10).code,
                fixture.named("identity-coordinator-ge", "GE"),
                nominated.email,
                nominated.name,
                EnrolmentFixture.request());

        String unverified = account("nina.unverified." + n, email, false);
        token("nina.unverified." + n).ifPresent(t -> assertMine(t, 0, 0));
        assertEquals(null, reload(nominated.id).subject, "an unverified e-mail claims nothing");
        realm().users().get(unverified).remove();
        accounts.remove(unverified);

        String owner = account("nina." + n, email, true);
        String ownerToken = token("nina." + n).orElseThrow();
        assertMine(ownerToken, 1, 0);
        assertEquals(owner, reload(nominated.id).subject, "the verified owner of the address claimed the record");

        // The owner moves to another address; a second account takes the nominated officer's e-mail.
        UserRepresentation moved = realm().users().get(owner).toRepresentation();
        moved.setEmail("nina.moved." + n + "@police.example");
        realm().users().get(owner).update(moved);
        String second = account("nina.second." + n, email, true);
        String secondToken = token("nina.second." + n).orElseThrow();
        assertMine(secondToken, 0, 0);
        assertNotEquals(nominated.id, personOf(second).id);
        assertEquals(owner, reload(nominated.id).subject, "bound once, bound for good");
        assertMine(token("nina." + n).orElseThrow(), 1, 0);
    }

    @Test
    void shouldFollowTheSubjectThroughARenameAndGiveNothingToTheNextHolderOfTheName() {
        String n = suffix();
        String name = "renamed." + n;
        String owner = account(name, name + "@police.example", true);
        apply(token(name).orElseThrow(), fixture.offering(10));
        Person person = personOf(owner);

        rename(owner, "renamed.again." + n);
        String renamedToken = token("renamed.again." + n).orElseThrow();
        given().auth()
                .oauth2(renamedToken)
                .when()
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("subject", equalTo(owner))
                .body("username", equalTo("renamed.again." + n))
                .body("emailVerified", equalTo(true));
        assertMine(renamedToken, 1, 0);
        assertEquals(person.id, personOf(owner).id, "the same person under the new name");
        assertEquals("renamed.again." + n, reload(person.id).username, "the name is shown as it is now");

        int application = given().auth()
                .oauth2(renamedToken)
                .when()
                .get("/api/enrolment/my-applications")
                .then()
                .extract()
                .path("[0].id");
        String next = account(name, "next." + n + "@police.example", true);
        String nextToken = token(name).orElseThrow();
        assertMine(nextToken, 0, 0);
        given().auth()
                .oauth2(nextToken)
                .when()
                .get("/api/enrolment/applications/" + application)
                .then()
                .statusCode(404);
        assertNotEquals(person.id, personOf(next).id, "the old name, a new account: another person");
        assertEquals(owner, reload(person.id).subject);
    }

    /** Renames through the admin API, letting the realm allow it for the moment if it does not. */
    private void rename(String id, String username) {
        boolean allowed = Boolean.TRUE.equals(realm().toRepresentation().isEditUsernameAllowed());
        try {
            if (!allowed) {
                RealmRepresentation allow = new RealmRepresentation();
                allow.setEditUsernameAllowed(true);
                realm().update(allow);
            }
            UserRepresentation user = realm().users().get(id).toRepresentation();
            user.setUsername(username);
            realm().users().get(id).update(user);
        } finally {
            if (!allowed) {
                RealmRepresentation restore = new RealmRepresentation();
                restore.setEditUsernameAllowed(false);
                realm().update(restore);
            }
        }
        assertEquals(username, realm().users().get(id).toRepresentation().getUsername());
    }

    private void assertMine(String token, int applications, int certificates) {
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/enrolment/my-applications")
                .then()
                .statusCode(200)
                .body("size()", equalTo(applications));
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/learning/certificates")
                .then()
                .statusCode(200)
                .body("size()", equalTo(certificates));
    }

    private void apply(String token, Offering offering) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "motivation", "I investigate drug cases.",
                        "agency", "Criminal Police",
                        "position", "Investigator",
                        "agencyType", "police",
                        "speaksWorkingLanguage", true))
                .when()
                .post("/api/enrolment/offerings/" + offering.code + "/applications")
                .then()
                .statusCode(201);
    }

    private void certify(Person person) {
        QuarkusTransaction.requiringNew().run(() -> {
            long course = ((Number) em.createNativeQuery("SELECT id FROM course WHERE code = 'drugs-regional-training'")
                            .getSingleResult())
                    .longValue();
            completions.complete(
                    em.find(Person.class, person.id), course, LocalDate.now().minusDays(5), LocalDate.now(), null);
        });
    }

    private static Person personOf(String subject) {
        Person person = QuarkusTransaction.requiringNew()
                .call(() -> Person.<Person>find("subject", subject).firstResult());
        assertNotNull(person, "a person for " + subject);
        return person;
    }

    private static Person reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Person.<Person>findById(id));
    }

    /** A trainee of Moldova with a password and nothing left to do before signing in. */
    private String account(String username, String email, boolean verified) {
        try (Response created = realm().users().create(user(username, email, verified))) {
            assertEquals(201, created.getStatus(), "Keycloak made " + username);
            String id = CreatedResponseUtil.getCreatedId(created);
            accounts.add(id);
            realm().users()
                    .get(id)
                    .roles()
                    .realmLevel()
                    .add(List.of(realm().roles().get("trainee").toRepresentation()));
            return id;
        }
    }

    private static UserRepresentation user(String username, String email, boolean verified) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(email);
        user.setEmailVerified(verified);
        user.setFirstName("Test");
        user.setLastName(username);
        user.setEnabled(true);
        user.setAttributes(Map.of("country", List.of("MD")));
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        return user;
    }

    /** A real access token by the password grant, or empty when Keycloak refuses to sign the account in. */
    private static Optional<String> token(String username) {
        var response = given().formParam("grant_type", "password")
                .formParam("client_id", "topcop-web")
                .formParam(
                        "client_secret",
                        ConfigProvider.getConfig().getValue("quarkus.oidc.credentials.secret", String.class))
                .formParam("username", username)
                .formParam("password", PASSWORD)
                .formParam("scope", "openid")
                .when()
                .post(Tokens.keycloakRealmUrl() + "/protocol/openid-connect/token");
        if (response.statusCode() == 200) {
            return Optional.of(response.path("access_token"));
        }
        assertEquals(400, response.statusCode(), response.asString());
        return Optional.empty();
    }

    private RealmResource realm() {
        return keycloak.realm("topcop");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
