package eu.topcop.learn.enrolment;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.People.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Which person an account is, decided by {@link People#bind} against the real database (its binary e-mail
 * column included): the subject, once bound, decides; an e-mail only lets a verified owner claim a record that
 * has no account yet. The same rules with real Keycloak accounts and tokens: {@link IdentityTest}.
 */
@QuarkusTest
class PeopleTest {

    @Inject
    People people;

    @Test
    void shouldNormaliseEmailsToNfcLowerCaseWithoutFoldingAccents() {
        assertEquals("ïon.rusu@demo.eu", People.normalisedEmail("  ÏON.Rusu@Demo.EU "));
        assertEquals(
                People.normalisedEmail("\u00efon@demo.eu"),
                People.normalisedEmail("i\u0308on@demo.eu"),
                "a composed and a decomposed ï are one address");
        assertNotEquals(People.normalisedEmail("ïon@demo.eu"), People.normalisedEmail("ion@demo.eu"));
        assertNotEquals(People.normalisedEmail("ıon@demo.eu"), People.normalisedEmail("ion@demo.eu"));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertEquals("ion@demo.eu", People.normalisedEmail("ION@DEMO.EU"), "no dotless i under a Turkish locale");
        } finally {
            Locale.setDefault(before);
        }
        assertNull(People.normalisedEmail("  "));
    }

    @Test
    void shouldNeverLetAnUnverifiedOrLookalikeEmailClaimARecordWithoutAnAccount() {
        String email = unique("ion.rusu") + "@demo.example";
        Person nominated = people.byEmail(email, "Ion Rusu", "MD");

        Person unverified = bind(account(email, false));
        Person accented = bind(account(email.replaceFirst("^i", "ï"), true));
        Person upperCaseAccented = bind(account(email.replaceFirst("^i", "Ï").toUpperCase(Locale.ROOT), true));

        for (Person other : new Person[] {unverified, accented, upperCaseAccented}) {
            assertNotEquals(nominated.id, other.id);
        }
        assertNull(unverified.email, "an unverified address is not recorded: it proves nothing");
        assertEquals(email.replaceFirst("^i", "ï"), accented.email);
        assertNull(upperCaseAccented.email, "the same accented address, upper case: already someone else's");
        Person still = reload(nominated.id);
        assertNull(still.subject, "the nominated officer's record is still nobody's");
        assertEquals(email, still.email);
    }

    @Test
    void shouldLetTheVerifiedOwnerClaimARecordOnceAndKeepItBoundToTheirSubjectForGood() {
        String email = unique("nina") + "@police.example";
        Person nominated = people.byEmail(email, "Nina Nominee", "GE");

        Account owner = account(email.toUpperCase(Locale.ROOT), true);
        Person claimed = bind(owner);
        assertEquals(nominated.id, claimed.id, "the verified owner of the address, in any case, claims it");
        assertEquals(owner.subject(), reload(nominated.id).subject);

        Account second = account(email, true);
        Person other = bind(second);
        assertNotEquals(nominated.id, other.id, "a second account with the address gets a person of its own");
        assertNull(other.email);
        Account renamed =
                new Account(owner.subject(), "someone.else", "Someone Else", unique("moved") + "@x.eu", true, "GE");
        assertEquals(nominated.id, bind(renamed).id, "a new user name and e-mail: the same person");
        assertEquals(owner.subject(), reload(nominated.id).subject);
        assertEquals(other.id, bind(second).id);
        assertThrows(IllegalStateException.class, () -> reload(nominated.id).bindTo(second.subject()));
    }

    @Test
    void shouldLetASeededRecordBeClaimedOnlyUnderItsOwnUserName() {
        String username = unique("demo.trainer");
        String email = username + "@demo.example";
        long seeded = QuarkusTransaction.requiringNew().call(() -> {
            Person p = new Person();
            p.username = username;
            p.email = email;
            p.name = "Demo Trainer";
            p.country = "AM";
            p.createdAt = Instant.now();
            p.updatedAt = p.createdAt;
            p.persist();
            return p.id;
        });

        Person impostor = bind(new Account(UUID.randomUUID().toString(), "impostor", "I", email, true, "AM"));
        assertNotEquals(seeded, impostor.id, "the address alone does not claim a record seeded for a user name");
        Person owner = bind(new Account(UUID.randomUUID().toString(), username, "Demo Trainer", email, true, "AM"));
        assertEquals(seeded, owner.id);
    }

    private Person bind(Account account) {
        return QuarkusTransaction.requiringNew().call(() -> people.bind(account));
    }

    private static Person reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Person.<Person>findById(id));
    }

    private static Account account(String email, boolean verified) {
        String subject = UUID.randomUUID().toString();
        return new Account(subject, "user-" + subject.substring(0, 8), "Someone", email, verified, "MD");
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
