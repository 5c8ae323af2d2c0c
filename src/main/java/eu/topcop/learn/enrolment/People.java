package eu.topcop.learn.enrolment;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.LanguageService;
import eu.topcop.learn.platform.i18n.UserPreference;
import eu.topcop.learn.platform.persistence.InList;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.time.TimeZoneService;
import eu.topcop.learn.platform.time.Zones;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import org.jboss.logging.Logger;

/**
 * The people the LMS knows, and which Keycloak account each one is.
 *
 * <p>Identity rules (issue 12, defect 5): a person is bound to the subject ({@code sub}) of one Keycloak account,
 * once and for all, and a signed-in request finds its person by that subject only. The user name is shown, never
 * trusted: Keycloak may rename an account and give the old name to another. A record made before its owner had an
 * account (an officer nominated by e-mail, a seeded demo trainer) has no subject; an account may claim it only
 * with an e-mail that Keycloak has verified and that is the same, byte for byte, after {@link #normalisedEmail}
 * (and, for a record that names a user name, only under that user name); a record bound to another account is
 * never claimed. An account whose e-mail is not verified gets a person of its own, without that e-mail.
 */
@ApplicationScoped
public class People {

    private static final Logger LOG = Logger.getLogger(People.class);

    /** The language of a partner country's officers, for messages to someone who never chose one. */
    private static final Map<String, String> COUNTRY_LANGUAGE =
            Map.of("GE", "ka", "AM", "hy", "AZ", "az", "MD", "ro", "UA", "uk");

    /** A Keycloak account as a token or the admin API describes it. */
    public record Account(
            String subject, String username, String name, String email, boolean emailVerified, String country) {}

    @Inject
    CurrentUser user;

    @Inject
    LanguageService languages;

    @Inject
    TimeZoneService zones;

    @Inject
    Clock clock;

    /**
     * An e-mail address as the LMS stores and compares it: trimmed, Unicode NFC, lower case (root locale).
     *
     * <p>Why these steps and no more: Keycloak lower-cases the addresses it stores with Java's Unicode-aware
     * {@code toLowerCase}, so lowering only ASCII would keep a coordinator's {@code Ïon@…} apart from the account's
     * {@code ïon@…}; NFC makes the composed and the decomposed {@code ï} one value, as a keyboard or a copy may
     * produce either; the root locale keeps a Turkish or Azerbaijani default locale from turning {@code I} into a
     * dotless {@code ı}. Nothing folds accents or drops characters: {@code ïon} and {@code ion} stay two addresses,
     * as they are two mailboxes. The column compares these bytes in binary (migration V24).
     */
    public static String normalisedEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return Normalizer.normalize(email.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The signed-in person, found by their token's subject; created (or claimed) on first use. */
    public Person current() {
        if (!user.isSignedIn()) {
            throw new DomainException.NotFound("Nobody is signed in");
        }
        String subject = user.subject()
                .filter(s -> !s.isBlank())
                .orElseThrow(() -> new AuthenticationFailedException("The sign-in names no account (no subject)"));
        Account account = new Account(
                subject,
                user.username(),
                user.displayName(),
                user.email().orElse(null),
                user.emailVerified(),
                user.country().orElse(null));
        // The same claims as last time on this node: the person row says them already, nothing to write and no
        // transaction of its own; only a changed token (or the first request after a start) syncs it.
        Synced last = synced.get(subject);
        if (last != null && last.account().equals(account)) {
            Person known = Person.findById(last.personId());
            if (known != null && subject.equals(known.subject)) {
                return known;
            }
        }
        // Its own transaction, retried once: two first requests of the same person may race to create them.
        Person person;
        try {
            person = QuarkusTransaction.requiringNew().call(() -> bind(account));
        } catch (RuntimeException firstAttempt) {
            person = QuarkusTransaction.requiringNew().call(() -> bind(account));
        }
        if (synced.size() >= SYNCED) {
            // Bounded: past this many signed-in people a node starts again rather than grow.
            synced.clear();
        }
        synced.put(subject, new Synced(account, person.id));
        return person;
    }

    /** The claims a person row was last synced from on this node, and the row. */
    private record Synced(Account account, long personId) {}

    /** At most this many people's last claims are kept per node. */
    private static final int SYNCED = 50_000;

    private final Map<String, Synced> synced = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The person of a Keycloak account, kept in step with it (name, user name, country, verified e-mail): the one
     * bound to its subject, else a record it may claim (see the class comment), else a new one. Runs in the
     * caller's transaction.
     */
    public Person bind(Account account) {
        Instant now = Instant.now(clock);
        String email = account.emailVerified() ? normalisedEmail(account.email()) : null;
        Person person = Person.<Person>find("subject", account.subject()).firstResult();
        if (person == null) {
            person = claimable(email, account.username()).orElse(null);
        }
        if (person == null) {
            person = new Person();
            person.createdAt = now;
        }
        String country = account.country() == null ? null : account.country().toUpperCase(Locale.ROOT);
        String name = account.name() == null || account.name().isBlank() ? account.username() : account.name();
        boolean changed = person.id == null
                || !account.subject().equals(person.subject)
                || !Objects.equals(account.username(), person.username)
                || !Objects.equals(name, person.name)
                || (email != null && !email.equals(person.email))
                || (country != null && !country.equals(person.country));
        if (!changed) {
            return person;
        }
        person.bindTo(account.subject());
        person.username = account.username();
        person.name = name;
        person.country = country == null ? person.country : country;
        if (email != null && !email.equals(person.email)) {
            if (heldByAnother(email, person)) {
                // Another person has this address: the account may not take it (nor, through it, their records).
                LOG.warnf("Account %s has the verified e-mail of another person; not recorded", account.subject());
            } else {
                person.email = email;
            }
        }
        person.updatedAt = now;
        person.persist();
        return person;
    }

    /** A record without an account that this verified e-mail (and user name, if it names one) may claim. */
    private static Optional<Person> claimable(String verifiedEmail, String username) {
        if (verifiedEmail == null) {
            return Optional.empty();
        }
        return Person.<Person>find("email = ?1 and subject is null", verifiedEmail)
                .firstResultOptional()
                .filter(p -> p.username == null || p.username.equals(username));
    }

    private static boolean heldByAnother(String email, Person person) {
        return person.id == null
                ? Person.count("email", email) > 0
                : Person.count("email = ?1 and id <> ?2", email, person.id) > 0;
    }

    /**
     * An officer to nominate: the known person with this e-mail (compared as {@link #normalisedEmail} gives it),
     * or a new record without an account.
     */
    @Transactional
    public Person byEmail(String email, String name, String country) {
        String normalised = normalisedEmail(email);
        Person person = Person.<Person>find("email", normalised).firstResult();
        if (person != null) {
            return person;
        }
        person = new Person();
        person.email = normalised;
        person.name = name.strip();
        person.country = country;
        person.createdAt = Instant.now(clock);
        person.updatedAt = person.createdAt;
        person.persist();
        return person;
    }

    /**
     * The person of a country with exactly this e-mail, if there is one: for features that let someone name an
     * officer by e-mail (a trainer registering a participant) without learning anything about other countries'
     * people. Runs in the caller's transaction.
     */
    public Optional<Person> byEmailIn(String email, String country) {
        String normalised = normalisedEmail(email);
        if (normalised == null || country == null) {
            return Optional.empty();
        }
        return Person.<Person>find("email = ?1 and country = ?2", normalised, country)
                .firstResultOptional();
    }

    /** The time zone to write times to a person in: their choice, else their country's, else UTC. */
    public ZoneId zoneOf(Person person) {
        return zones.zoneOf(person.subject, person.country);
    }

    /** {@link #zoneOf} for many people in one statement. */
    public Map<Long, ZoneId> zonesOf(Collection<Person> persons) {
        Map<String, ZoneId> chosen =
                zones.chosenZones(persons.stream().map(p -> p.subject).toList());
        Map<Long, ZoneId> result = new HashMap<>();
        persons.forEach(p -> result.put(
                p.id,
                p.subject != null && chosen.containsKey(p.subject)
                        ? chosen.get(p.subject)
                        : Zones.ofCountry(p.country)));
        return result;
    }

    /** The language to write to a person in: their choice, else their country's, else English. */
    public Language languageOf(Person person) {
        Optional<Language> chosen =
                person.subject == null ? Optional.empty() : languages.preferredLanguage(person.subject);
        return chosen.orElseGet(() -> countryLanguage(person));
    }

    /**
     * {@link #languageOf} for many people in one statement, so that telling a thread's followers costs the same
     * however many they are.
     */
    public Map<Long, Language> languagesOf(Collection<Person> persons) {
        Map<String, Language> chosen = new HashMap<>();
        List<String> subjects = persons.stream()
                .map(p -> p.subject)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (!subjects.isEmpty()) {
            InList in = InList.of("subjects", subjects);
            UserPreference.<UserPreference>list("subject in " + in, in.parameters())
                    .forEach(p -> Language.of(p.language).ifPresent(l -> chosen.put(p.subject, l)));
        }
        Map<Long, Language> languages = new HashMap<>();
        persons.forEach(p -> languages.put(
                p.id, p.subject != null && chosen.containsKey(p.subject) ? chosen.get(p.subject) : countryLanguage(p)));
        return languages;
    }

    // Not everyone has a country (an administrator, a person known only by e-mail): English then.
    private static Language countryLanguage(Person person) {
        return Optional.ofNullable(person.country)
                .map(COUNTRY_LANGUAGE::get)
                .flatMap(Language::of)
                .orElse(Language.ENGLISH);
    }
}
