package eu.topcop.learn.insight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;

/**
 * Who reads insight in this request, for the row rule the services apply: course managers and administrators see
 * every country, a national coordinator their own. The API and the pages ask the same bean.
 */
@RequestScoped
public class InsightViewer {

    @Inject
    CurrentPerson me;

    @Inject
    CurrentUser user;

    public OtnaService.Viewer get() {
        Person person = me.get();
        return new OtnaService.Viewer(person.id, everyCountry(), person.country);
    }

    public boolean everyCountry() {
        return user.hasRole(Roles.COURSE_MANAGER) || user.hasRole(Roles.ADMIN);
    }

    public long personId() {
        return me.get().id;
    }
}
