package eu.topcop.learn.trainers;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.security.ForbiddenException;

/**
 * Who sees which trainers: course managers and administrators everyone, a national coordinator the trainers of
 * their own country only. Shared by the pages and the API so that the rule lives once.
 */
@RequestScoped
public class TrainerAccess {

    @Inject
    CurrentUser user;

    public boolean manager() {
        return user.hasRole(Roles.COURSE_MANAGER) || user.hasRole(Roles.ADMIN);
    }

    public boolean admin() {
        return user.hasRole(Roles.ADMIN);
    }

    /** The country whose trainers the caller may see: null for all (managers), theirs for a coordinator. */
    public String visibleCountry(String asked) {
        if (manager()) {
            return asked == null || asked.isBlank() ? null : asked.strip().toUpperCase();
        }
        return user.country()
                .orElseThrow(
                        () -> new ForbiddenException("A national coordinator needs a country to see its trainers"));
    }

    /** A person the caller may see the certifications of. */
    public void checkCanSee(Person person) {
        if (person == null || (!manager() && !java.util.Objects.equals(person.country, visibleCountry(null)))) {
            throw new DomainException.NotFound("No such trainer");
        }
    }

    /** Whose multiplication courses the caller sees: all (managers), their country (coordinators), or their own. */
    public MultiplicationQueries.Scope scope(Person me) {
        if (manager()) {
            return MultiplicationQueries.Scope.all();
        }
        if (user.hasRole(Roles.NATIONAL_COORDINATOR)) {
            return new MultiplicationQueries.Scope(null, visibleCountry(null));
        }
        return new MultiplicationQueries.Scope(me.id == null ? -1L : me.id, null);
    }

    /** The country a national coordinator decides for; nobody else decides. */
    public String coordinatorCountry() {
        if (!user.hasRole(Roles.NATIONAL_COORDINATOR)) {
            throw new ForbiddenException("Only national coordinators decide on multiplication courses");
        }
        return visibleCountry(null);
    }

    /** Course managers and coordinators see the cascade's figures; a trainer sees their own lineage only. */
    public boolean seesCountryCascade() {
        return manager() || user.hasRole(Roles.NATIONAL_COORDINATOR);
    }

    /** The country whose cascade the caller sees: any asked (managers), their own (coordinators). */
    public String cascadeCountry(String asked) {
        return visibleCountry(asked);
    }

    /**
     * Whose lineage the caller reads: their own when they ask for nobody else; a course manager anyone's, a
     * coordinator a trainer's of their own country. A trainer asking for someone else learns nothing, not even
     * whether that person exists.
     */
    public Person lineagePerson(Long asked, Person me) {
        if (asked == null || asked.equals(me.id)) {
            return me;
        }
        if (manager() || user.hasRole(Roles.NATIONAL_COORDINATOR)) {
            Person person = Person.findById(asked);
            checkCanSee(person);
            return person;
        }
        throw new DomainException.NotFound("No such trainer");
    }
}
