package eu.topcop.learn.enrolment;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.platform.mail.Mails;
import eu.topcop.learn.platform.persistence.InList;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.MessageBundles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Accounts for officers nominated without one, made in Keycloak through its admin API: the user with their
 * country, the trainee role, a temporary password and the required actions to set their own password (and,
 * where the realm can send mail, to verify their e-mail), then an invitation in their language. One e-mail is
 * one account: an existing Keycloak user with that e-mail is linked, never duplicated, and only when it is of
 * the person's country (a coordinator's nomination never takes over another country's officer).
 */
@ApplicationScoped
public class AccountProvisioning {

    private static final Logger LOG = Logger.getLogger(AccountProvisioning.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Instance<Keycloak> keycloak;

    @Inject
    People people;

    @Inject
    Mails mails;

    @Inject
    jakarta.enterprise.event.Event<eu.topcop.learn.platform.security.AccountsChanged> changed;

    @Inject
    Clock clock;

    @ConfigProperty(name = "lms.accounts.provisioning", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "lms.accounts.realm", defaultValue = "topcop")
    String realm;

    @ConfigProperty(name = "lms.accounts.required-actions", defaultValue = "UPDATE_PASSWORD")
    List<String> requiredActions;

    @ConfigProperty(name = "lms.public-url")
    String publicUrl;

    /** What became of an officer's account. */
    public enum Outcome {
        ALREADY_LINKED,
        LINKED_EXISTING,
        CREATED,
        DISABLED,
        /** The account with that e-mail is of another country than the person: left alone, not linked. */
        OTHER_COUNTRY,
        /** The account with that e-mail has not verified it: not linked (its owner claims the record once it is). */
        UNVERIFIED_ACCOUNT
    }

    /**
     * The country of the Keycloak account with this e-mail, if there is one that says it. Empty when there is no
     * such account, it has no country, or Keycloak cannot be asked now (then {@link #ensureAccount} checks again
     * before it links anything).
     */
    public Optional<String> countryOfAccount(String email) {
        if (!enabled || email == null) {
            return Optional.empty();
        }
        try {
            return byEmail(keycloak.get().realm(realm), email).flatMap(AccountProvisioning::country);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not ask Keycloak for the account of %s", email);
            return Optional.empty();
        }
    }

    /**
     * Makes sure the person has a Keycloak account, creating one if needed. Runs outside any transaction of the
     * caller: Keycloak is another system, and a failure here must not undo the nomination.
     */
    public Outcome ensureAccount(long personId) {
        Person person = QuarkusTransaction.requiringNew().call(() -> Person.<Person>findById(personId));
        if (person.subject != null) {
            return Outcome.ALREADY_LINKED;
        }
        if (!enabled || person.email == null) {
            return Outcome.DISABLED;
        }
        RealmResource users = keycloak.get().realm(realm);
        Optional<UserRepresentation> existing = byEmail(users, person.email);
        if (existing.isPresent()) {
            return linkIfSameCountry(person, existing.get());
        }
        String password = temporaryPassword();
        UserRepresentation user = new UserRepresentation();
        user.setUsername(person.email);
        user.setEmail(person.email);
        String[] names = person.name.strip().split("\\s+", 2);
        user.setFirstName(names[0]);
        user.setLastName(names.length > 1 ? names[1] : names[0]);
        user.setEnabled(true);
        // The temporary password travels only to this address, so signing in with it proves the officer holds the
        // mailbox: the e-mail counts as verified (the realm lets nobody in with an unverified one).
        user.setEmailVerified(true);
        if (person.country != null) {
            user.setAttributes(Map.of("country", List.of(person.country)));
        }
        user.setRequiredActions(requiredActions);
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);
        user.setCredentials(List.of(credential));
        try (Response response = users.users().create(user)) {
            if (response.getStatus() == 409) {
                // Made in the meantime by another request: link that one, under the same rule.
                return linkIfSameCountry(person, byEmail(users, person.email).orElseThrow());
            }
            if (response.getStatus() != 201) {
                throw new IllegalStateException(
                        "Keycloak refused the account for " + person.email + ": HTTP " + response.getStatus());
            }
        }
        UserRepresentation created = byEmail(users, person.email).orElseThrow();
        users.users()
                .get(created.getId())
                .roles()
                .realmLevel()
                .add(List.of(users.roles().get(Roles.TRAINEE).toRepresentation()));
        changed.fire(new eu.topcop.learn.platform.security.AccountsChanged(created.getId()));
        Person linked = link(personId, created);
        invite(linked, password);
        return Outcome.CREATED;
    }

    /** Like {@link #ensureAccount}, but a Keycloak that is down only delays the account: the jobs retry. */
    public void ensureAccountLater(long personId) {
        try {
            ensureAccount(personId);
        } catch (RuntimeException e) {
            LOG.warnf(e, "No account yet for person %d; the enrolment jobs will try again", personId);
        }
    }

    /** Accounts still missing for people in the running (Keycloak was down when they were nominated). */
    @jakarta.enterprise.context.control.ActivateRequestContext
    public int provisionPending() {
        if (!enabled) {
            return 0;
        }
        InList activeIn = InList.of(
                "active",
                java.util.Arrays.stream(Application.Status.values())
                        .filter(Application.Status::isActive)
                        .toList());
        List<Long> pending = InList.bind(
                        Application.<Application>getEntityManager()
                                .createQuery(
                                        "select distinct a.person.id from Application a where a.person.subject is null"
                                                + " and a.person.email is not null and a.status in " + activeIn,
                                        Long.class),
                        activeIn)
                .setMaxResults(50)
                .getResultList();
        pending.forEach(this::ensureAccountLater);
        return pending.size();
    }

    private static Optional<UserRepresentation> byEmail(RealmResource realm, String email) {
        return realm.users().searchByEmail(email, true).stream().findFirst();
    }

    private Outcome linkIfSameCountry(Person person, UserRepresentation user) {
        Optional<String> country = country(user);
        if (country.isPresent() && !country.get().equals(person.country)) {
            LOG.warnf(
                    "Person %d (%s) was not linked to the Keycloak account with the same e-mail: it is of %s",
                    person.id, person.country, country.get());
            return Outcome.OTHER_COUNTRY;
        }
        // Linking gives the account the person's record (applications, progress, certificates): only an account
        // whose owner has shown they hold that very address may have it. Its owner claims the record at sign-in
        // once the address is verified (People.bind), under the same rule.
        if (!Boolean.TRUE.equals(user.isEmailVerified())
                || !Objects.equals(person.email, People.normalisedEmail(user.getEmail()))) {
            LOG.warnf(
                    "Person %d was not linked to Keycloak account %s: its e-mail is not verified as the same",
                    person.id, user.getId());
            return Outcome.UNVERIFIED_ACCOUNT;
        }
        link(person.id, user);
        return Outcome.LINKED_EXISTING;
    }

    private static Optional<String> country(UserRepresentation user) {
        List<String> countries =
                user.getAttributes() == null ? null : user.getAttributes().get("country");
        return countries == null
                ? Optional.empty()
                : countries.stream()
                        .filter(c -> c != null && !c.isBlank())
                        .map(c -> c.strip().toUpperCase(java.util.Locale.ROOT))
                        .findFirst();
    }

    private Person link(long personId, UserRepresentation user) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Person person = Person.findById(personId);
            person.bindTo(user.getId());
            person.username = user.getUsername();
            person.updatedAt = Instant.now(clock);
            return person;
        });
    }

    private void invite(Person person, String password) {
        var language = people.languageOf(person);
        EnrolmentMessages msg =
                MessageBundles.get(EnrolmentMessages.class, io.quarkus.qute.i18n.Localized.Literal.of(language.code()));
        // Through the outbox: retried while the mail server is away, and its payload (with the temporary
        // password) is cleared once sent.
        mails.send(
                person.id,
                person.email,
                msg.invitation_subject(),
                msg.invitation_body(person.name, publicUrl + "/home", person.username, password));
    }

    private static String temporaryPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
