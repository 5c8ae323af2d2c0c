package eu.topcop.learn.enrolment;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

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

    @ConfigProperty(name = "lms.accounts.provisioning", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "lms.accounts.realm", defaultValue = "topcop")
    String realm;

    /** The coordinators of the country; none when Keycloak cannot be asked (which must not stop the caller). */
    public List<Person> of(String country) {
        if (!enabled || country == null) {
            return List.of();
        }
        List<UserRepresentation> users;
        try {
            users = keycloak.get()
                    .realm(realm)
                    .roles()
                    .get(Roles.NATIONAL_COORDINATOR)
                    .getUserMembers(false, 0, 200);
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
