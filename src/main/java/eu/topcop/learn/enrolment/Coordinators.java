package eu.topcop.learn.enrolment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Country;
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

    private List<UserRepresentation> members() {
        return keycloak.get()
                .realm(realm)
                .roles()
                .get(Roles.NATIONAL_COORDINATOR)
                .getUserMembers(false, 0, 200);
    }

    /** The coordinators of the country; none when Keycloak cannot be asked (which must not stop the caller). */
    public List<Person> of(String country) {
        if (!enabled || country == null) {
            return List.of();
        }
        List<UserRepresentation> users;
        try {
            users = members();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not ask Keycloak for the coordinators of %s", country);
            return List.of();
        }
        List<Person> coordinators = new ArrayList<>();
        for (UserRepresentation user : users) {
            List<String> countries =
                    user.getAttributes() == null ? null : user.getAttributes().get("country");
            if (Boolean.TRUE.equals(user.isEnabled())
                    && countries != null
                    && countries.stream().anyMatch(c -> c.equalsIgnoreCase(country))) {
                coordinators.add(QuarkusTransaction.requiringNew().call(() -> person(user, country)));
            }
        }
        return coordinators;
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
