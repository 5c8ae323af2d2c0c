package eu.topcop.learn.insight.dashboard;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.security.ForbiddenException;

/**
 * Whose figures the caller sees: course managers and administrators every country's, a national coordinator their
 * own country's only, whatever country they ask for. Shared by the pages, the exports and the API.
 */
@RequestScoped
public class DashboardAccess {

    @Inject
    CurrentUser user;

    public boolean manager() {
        return user.hasRole(Roles.COURSE_MANAGER) || user.hasRole(Roles.ADMIN);
    }

    public boolean admin() {
        return user.hasRole(Roles.ADMIN);
    }

    /** The filter as the caller may have it: blanks are "all", a coordinator's country is forced. */
    public DashboardViews.Filter filter(String country, String priority, String empact, Integer year) {
        String visible;
        if (manager()) {
            visible = blank(country) ? null : country.strip().toUpperCase(Locale.ROOT);
        } else {
            visible = user.country()
                    .map(c -> c.toUpperCase(Locale.ROOT))
                    .orElseThrow(
                            () -> new ForbiddenException("A national coordinator needs a country to see its figures"));
        }
        return new DashboardViews.Filter(
                visible, blank(priority) ? null : priority.strip(), blank(empact) ? null : empact.strip(), year);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
