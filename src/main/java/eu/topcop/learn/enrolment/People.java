package eu.topcop.learn.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.LanguageService;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The people enrolment knows. The signed-in person is kept in step with their token (name, e-mail, country);
 * officers nominated without an account are found by e-mail, so one e-mail never makes two people.
 */
@ApplicationScoped
public class People {

    /** The language of a partner country's officers, for messages to someone who never chose one. */
    private static final Map<String, String> COUNTRY_LANGUAGE =
            Map.of("GE", "ka", "AM", "hy", "AZ", "az", "MD", "ro", "UA", "uk");

    @Inject
    CurrentUser user;

    @Inject
    LanguageService languages;

    @Inject
    Clock clock;

    /** The signed-in person, created on first use and updated from their token. */
    public Person current() {
        if (!user.isSignedIn()) {
            throw new DomainException.NotFound("Nobody is signed in");
        }
        String username = user.username();
        String subject = user.subject().orElse(null);
        String name = user.displayName();
        String email = user.email().map(e -> e.toLowerCase(Locale.ROOT)).orElse(null);
        String country = user.country().map(c -> c.toUpperCase(Locale.ROOT)).orElse(null);
        // Its own transaction, retried once: two first requests of the same person may race to create them.
        try {
            return QuarkusTransaction.requiringNew().call(() -> sync(username, subject, name, email, country));
        } catch (RuntimeException firstAttempt) {
            return QuarkusTransaction.requiringNew().call(() -> sync(username, subject, name, email, country));
        }
    }

    private Person sync(String username, String subject, String name, String email, String country) {
        Person person = Person.<Person>find("username", username).firstResult();
        if (person == null && email != null) {
            // Nominated before they had an account: the account now joins the record.
            person = Person.<Person>find("email", email).firstResult();
        }
        Instant now = Instant.now(clock);
        if (person == null) {
            person = new Person();
            person.createdAt = now;
        }
        boolean changed = person.id == null
                || !username.equals(person.username)
                || (subject != null && !subject.equals(person.subject))
                || !name.equals(person.name)
                || (email != null && !email.equals(person.email))
                || (country != null && !country.equals(person.country));
        if (changed) {
            person.username = username;
            person.subject = subject == null ? person.subject : subject;
            person.name = name;
            person.email = email == null ? person.email : email;
            person.country = country == null ? person.country : country;
            person.updatedAt = now;
            person.persist();
        }
        return person;
    }

    /** An officer to nominate: the known person with this e-mail, or a new record without an account. */
    @Transactional
    public Person byEmail(String email, String name, String country) {
        String normalised = email.strip().toLowerCase(Locale.ROOT);
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

    public Optional<Person> byUsername(String username) {
        return Person.find("username", username).firstResultOptional();
    }

    /** The language to write to a person in: their choice, else their country's, else English. */
    public Language languageOf(Person person) {
        Optional<Language> chosen =
                person.subject == null ? Optional.empty() : languages.preferredLanguage(person.subject);
        return chosen.orElseGet(
                () -> Language.of(COUNTRY_LANGUAGE.get(person.country)).orElse(Language.ENGLISH));
    }
}
