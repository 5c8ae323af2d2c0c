package eu.topcop.learn.networks;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/** Who reads or writes in a network in this request, for {@link NetworkAccess}; pages and API ask it alike. */
@RequestScoped
public class NetworkViewer {

    @Inject
    CurrentPerson me;

    @Inject
    SecurityIdentity identity;

    public NetworkAccess.Viewer get() {
        Set<String> roles = new HashSet<>();
        for (String role : Roles.ALL) {
            if (identity.hasRole(role)) {
                roles.add(role);
            }
        }
        return new NetworkAccess.Viewer(me.get().id, Set.copyOf(roles));
    }
}
