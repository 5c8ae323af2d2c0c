package eu.topcop.learn.enrolment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Country;
import eu.topcop.learn.platform.persistence.InList;
import eu.topcop.learn.platform.security.AccountsChanged;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The national coordinators of a country, as Keycloak knows them (role and {@code country} attribute), each as
 * a person of the LMS (made if they have never signed in), so that they can be told what waits for them. Without
 * account provisioning (no admin client) nobody is found: coordinators then rely on their queues.
 */
@ApplicationScoped
public class Coordinators {

    private static final Logger LOG = Logger.getLogger(Coordinators.class);

    @Inject
    Instance<Keycloak> keycloak;

    @Inject
    People people;

    @Inject
    Clock clock;

    @ConfigProperty(name = "lms.accounts.provisioning", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "lms.accounts.realm", defaultValue = "topcop")
    String realm;

    /** How long the countries that have a coordinator are kept before Keycloak is asked again. */
    private static final Duration KEEP = Duration.ofMinutes(5);

    private record Known(Set<String> countries, Instant at) {}

    private volatile Known known;

    /** The role's members asked for in one admin call. */
    static final int PAGE = 100;

    /** At most this many countries are kept. */
    private static final int COUNTRIES = 300;

    /** A country's coordinators as people of the LMS, and when Keycloak said so. */
    private record Found(List<Long> people, Instant at) {}

    private final Map<String, Found> byCountry = new ConcurrentHashMap<>();

    /**
     * Whether officers of the country have a national coordinator to endorse their applications: an enabled
     * Keycloak user with the role and that {@code country}, as known at most a few minutes ago. When Keycloak
     * cannot be asked (no admin client, or it is down), the programme's rule is assumed: every partner country
     * has a coordinator and other countries have none.
     */
    public boolean endorses(String country) {
        if (country == null) {
            return false;
        }
        Optional<Set<String>> countries = countriesWithCoordinator();
        if (countries.isPresent()) {
            return countries.get().contains(country.toUpperCase(Locale.ROOT));
        }
        return Country.<Country>findByIdOptional(country.toUpperCase(Locale.ROOT))
                .map(c -> c.eapPartner)
                .orElse(false);
    }

    private Optional<Set<String>> countriesWithCoordinator() {
        Known now = known;
        if (now != null && now.at().plus(KEEP).isAfter(Instant.now(clock))) {
            return Optional.of(now.countries());
        }
        if (!enabled) {
            return Optional.empty();
        }
        try {
            Set<String> countries = new HashSet<>();
            for (UserRepresentation user : members()) {
                List<String> of = user.getAttributes() == null
                        ? null
                        : user.getAttributes().get("country");
                if (Boolean.TRUE.equals(user.isEnabled()) && of != null) {
                    of.forEach(c -> countries.add(c.toUpperCase(Locale.ROOT)));
                }
            }
            known = new Known(Set.copyOf(countries), Instant.now(clock));
            return Optional.of(known.countries());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not ask Keycloak which countries have a national coordinator");
            return Optional.empty();
        }
    }

    /** Every member of the role, page by page: a realm may have more coordinators than one page holds. */
    private List<UserRepresentation> members() {
        List<UserRepresentation> all = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<UserRepresentation> page = members(first, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }

    /** One page of the role's members; a test counts the calls. */
    List<UserRepresentation> members(int first, int max) {
        return keycloak.get()
                .realm(realm)
                .roles()
                .get(Roles.NATIONAL_COORDINATOR)
                .getUserMembers(false, first, max);
    }

    /**
     * The coordinators of the country; none when Keycloak cannot be asked (which must not stop the caller). Kept per
     * country for a few minutes, so that a plan, report or application costs Keycloak nothing; forgotten at once when
     * the LMS changes an account itself ({@link AccountsChanged}).
     */
    public List<Person> of(String country) {
        if (!enabled || country == null) {
            return List.of();
        }
        String key = country.toUpperCase(Locale.ROOT);
        Found found = byCountry.get(key);
        if (found == null || !found.at().plus(KEEP).isAfter(Instant.now(clock))) {
            List<UserRepresentation> users;
            try {
                users = members();
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not ask Keycloak for the coordinators of %s", country);
                return List.of();
            }
            List<Long> people = new ArrayList<>();
            for (UserRepresentation user : users) {
                List<String> countries = user.getAttributes() == null
                        ? null
                        : user.getAttributes().get("country");
                if (Boolean.TRUE.equals(user.isEnabled())
                        && countries != null
                        && countries.stream().anyMatch(c -> c.equalsIgnoreCase(country))) {
                    people.add(bound(user, key));
                }
            }
            if (byCountry.size() >= COUNTRIES) {
                // Countries are few; more keys than this means odd input: start again rather than grow.
                byCountry.clear();
            }
            found = new Found(List.copyOf(people), Instant.now(clock));
            byCountry.put(key, found);
        }
        return people(found.people());
    }

    /** Forgets what Keycloak said: the LMS has just changed an account there. */
    void forget(@Observes AccountsChanged changed) {
        byCountry.clear();
        known = null;
    }

    /** The id of the coordinator's person, made or kept in step with their account in a transaction of its own. */
    Long bound(UserRepresentation user, String country) {
        return QuarkusTransaction.requiringNew().call(() -> person(user, country)).id;
    }

    /** The people with these ids, in this order: one statement. */
    List<Person> people(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        InList idsIn = InList.of("ids", ids);
        Map<Long, Person> byId = QuarkusTransaction.requiringNew()
                .call(() -> Person.<Person>list("id in " + idsIn, idsIn.parameters()).stream()
                        .collect(Collectors.toMap(p -> p.id, p -> p)));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The coordinator's person, bound to their account as a sign-in would bind it (People.bind). */
    private Person person(UserRepresentation user, String country) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                        + (user.getLastName() == null ? "" : user.getLastName()))
                .strip();
        return people.bind(new People.Account(
                user.getId(),
                user.getUsername(),
                name.isEmpty() ? user.getUsername() : name,
                user.getEmail(),
                Boolean.TRUE.equals(user.isEmailVerified()),
                country));
    }
}
