package eu.topcop.learn.exchange;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.security.ForbiddenException;

/**
 * Who sees and does what in the exchange programme: course managers everything; a national coordinator the
 * applications from their country and the offers hosted in it; an officer their own applications.
 */
@RequestScoped
public class ExchangeAccess {

    @Inject
    CurrentUser user;

    public boolean manager() {
        return user.hasRole(Roles.COURSE_MANAGER) || user.hasRole(Roles.ADMIN);
    }

    public boolean coordinator() {
        return user.hasRole(Roles.NATIONAL_COORDINATOR);
    }

    public ExchangeQueries.Scope scope(Person me) {
        if (manager()) {
            return new ExchangeQueries.Scope(null, null);
        }
        if (coordinator()) {
            return new ExchangeQueries.Scope(null, country());
        }
        return new ExchangeQueries.Scope(me.id == null ? -1L : me.id, null);
    }

    /** The host country an offer is published for: any (managers), a coordinator's own. */
    public String hostCountry(String asked) {
        if (manager()) {
            return asked == null ? null : asked.strip().toUpperCase();
        }
        return country();
    }

    /** A coordinator's country; a coordinator without one may not act for any. */
    public String country() {
        return user.country().orElseThrow(() -> new ForbiddenException("A national coordinator needs a country"));
    }
}
