package eu.topcop.learn.insight.evaluation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;

/** Who reads evaluation in this request, for the row rules of {@link SurveyReports}; pages and API ask it alike. */
@RequestScoped
public class EvaluationViewer {

    /**
     * Course managers and administrators see every survey; an offering's course manager and trainers see its
     * surveys; a national coordinator sees the surveys that asked people of their country, counted for them.
     */
    public record Viewer(
            long personId, String username, String coordinatedCountry, boolean everything, boolean manager) {}

    @Inject
    CurrentPerson me;

    @Inject
    CurrentUser user;

    public Viewer get() {
        Person person = me.get();
        boolean manager = user.hasRole(Roles.COURSE_MANAGER);
        return new Viewer(
                person.id,
                user.username(),
                user.hasRole(Roles.NATIONAL_COORDINATOR) ? person.country : null,
                manager || user.hasRole(Roles.ADMIN),
                manager);
    }

    public long personId() {
        return me.get().id;
    }
}
