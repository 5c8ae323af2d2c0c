package eu.topcop.learn.insight.results;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.insight.InsightViewer;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;

/**
 * Who reads operational results in this request, found by the token's subject ({@link CurrentPerson}): the row
 * rule every method of {@link ResultService} and {@link ResultFigures} applies. The API and the pages ask this bean.
 */
@RequestScoped
public class ResultsViewer {

    /** How far a reader sees. */
    public enum Scope {
        /** Course managers and administrators. */
        EVERY_COUNTRY,
        /** A national coordinator: their country, restricted results included. */
        COUNTRY,
        /** Anyone else with a person record: the results they took part in. */
        OWN
    }

    /** The reader, for the services. */
    public record Viewer(long personId, Scope scope, String country) {

        public boolean everyCountry() {
            return scope == Scope.EVERY_COUNTRY;
        }

        /** Whether they see (and may record, edit and decide on) every result of this country. */
        public boolean answersFor(String resultCountry) {
            return scope == Scope.EVERY_COUNTRY || (scope == Scope.COUNTRY && resultCountry.equals(country));
        }
    }

    @Inject
    CurrentPerson me;

    @Inject
    CurrentUser user;

    @Inject
    InsightViewer insight;

    public Viewer get() {
        Person person = me.get();
        String country = person.country == null ? null : person.country.toUpperCase(Locale.ROOT);
        Scope scope = insight.everyCountry()
                ? Scope.EVERY_COUNTRY
                : user.hasRole(Roles.NATIONAL_COORDINATOR) && country != null ? Scope.COUNTRY : Scope.OWN;
        return new Viewer(person.id, scope, country);
    }
}
