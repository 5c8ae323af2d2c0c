package eu.topcop.learn.enrolment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The signed-in person, looked up (and kept in step with their token) once per request. */
@RequestScoped
public class CurrentPerson {

    @Inject
    People people;

    private Person person;

    public Person get() {
        if (person == null) {
            person = people.current();
        }
        return person;
    }
}
