package eu.topcop.learn.trainers;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.trainers.MultiplicationRequests.Plan;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Trainers for tests: certified directly (the train-the-trainer path has its own test), and held courses. */
@ApplicationScoped
public class TrainerFixture {

    @Inject
    EntityManager em;

    @Inject
    EnrolmentFixture people;

    /** The train-the-trainer offering certifications come from (one per call). */
    public Offering trainTheTrainer() {
        return people.offering(5, EnrolmentFixture.MANAGER, "drugs-train-the-trainer");
    }

    /** Certifies the person for drug trafficking through that offering, from today for three years. */
    public Person certified(Person person, Offering offering) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("INSERT INTO trainer_certification (person_id, crime_priority_id,"
                                + " offering_id, certified_on, expires_on) SELECT :p, id, :o, :on, :until FROM crime_priority"
                                + " WHERE code = 'drug-trafficking'")
                        .setParameter("p", person.id)
                        .setParameter("o", offering.id)
                        .setParameter("on", LocalDate.now())
                        .setParameter("until", LocalDate.now().plusYears(3))
                        .executeUpdate());
        return person;
    }

    public static Plan plan() {
        LocalDate start = LocalDate.now().plusDays(20);
        return new Plan(
                "drugs-multiplication-course",
                start,
                start.plusDays(2),
                "Police Academy, Kutaisi",
                "ka",
                15,
                "The regional case study adapted to national law, and the online module.");
    }

    /** Moves a multiplication course to last week, as if its days had come and gone. */
    public void held(String code) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE multiplication_course SET starts_on = CURDATE() - INTERVAL 7 DAY,"
                                        + " ends_on = CURDATE() - INTERVAL 5 DAY WHERE code = :c")
                        .setParameter("c", code)
                        .executeUpdate());
    }
}
