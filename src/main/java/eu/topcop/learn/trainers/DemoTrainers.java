package eu.topcop.learn.trainers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.topcop.learn.enrolment.Person;
import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Demo trainers for the embedded default: a train-the-trainer course on drug trafficking held last year has
 * certified Armen Petrosyan (Armenia) and Levan Gelashvili (Georgia), who can plan multiplication courses at
 * once; Armen's first one is validated, so the cascade shows something. Seeded once, with the demo offerings.
 */
@ApplicationScoped
public class DemoTrainers {

    private static final Logger LOG = Logger.getLogger(DemoTrainers.class);

    private record Trainer(String username, String name, String country) {}

    private static final List<Trainer> TRAINERS = List.of(
            new Trainer("armen.petrosyan", "Armen Petrosyan", "AM"),
            new Trainer("levan.gelashvili", "Levan Gelashvili", "GE"));

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @ConfigProperty(name = "lms.demo.offerings", defaultValue = "false")
    boolean enabled;

    @ActivateRequestContext
    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) StartupEvent event) {
        if (!enabled
                || TrainerCertification.count() > 0
                || ((Number) em.createNativeQuery("SELECT COUNT(*) FROM course WHERE code = 'drugs-train-the-trainer'")
                                        .getSingleResult())
                                .intValue()
                        == 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate held = today.minusMonths(10);
        Instant now = Instant.now(clock);
        em.createNativeQuery(
                        "INSERT INTO offering (code, course_id, status, starts_on, ends_on, online, venue,"
                                + " country_code, capacity, working_language, applications_open_on, applications_close_on,"
                                + " course_manager, course_manager_name, created_at, updated_at) SELECT :code, id, 'SCHEDULED',"
                                + " :start, :end, FALSE, 'Police Academy, Chisinau', 'MD', 16, 'ru', :open, :close,"
                                + " 'marta.keller', 'Marta Keller', :now, :now FROM course WHERE code = 'drugs-train-the-trainer'")
                .setParameter("code", "drugs-train-the-trainer-" + held)
                .setParameter("start", held)
                .setParameter("end", held.plusDays(3))
                .setParameter("open", held.minusDays(60))
                .setParameter("close", held.minusDays(21))
                .setParameter("now", now)
                .executeUpdate();
        long offering = ((Number) em.createNativeQuery("SELECT id FROM offering WHERE code = :code")
                        .setParameter("code", "drugs-train-the-trainer-" + held)
                        .getSingleResult())
                .longValue();
        for (Trainer t : TRAINERS) {
            // Seeded without an account: the demo user of that name and verified e-mail claims it at the first
            // sign-in (People.bind); e-mail, not user name, says which record is theirs.
            Person person = Person.<Person>find("email", t.username() + "@demo.topcop.eu")
                    .firstResult();
            if (person == null) {
                person = new Person();
                person.username = t.username();
                person.name = t.name();
                person.email = t.username() + "@demo.topcop.eu";
                person.country = t.country();
                person.createdAt = now;
                person.updatedAt = now;
                person.persist();
            }
            em.createNativeQuery("INSERT INTO trainer_certification (person_id, crime_priority_id, offering_id,"
                            + " certified_on, expires_on) SELECT :p, id, :o, :on, :until FROM crime_priority WHERE code"
                            + " = 'drug-trafficking'")
                    .setParameter("p", person.id)
                    .setParameter("o", offering)
                    .setParameter("on", held.plusDays(3))
                    .setParameter("until", held.plusDays(3).plusYears(3))
                    .executeUpdate();
            if (t.country().equals("AM")) {
                validatedCourse(person, today.minusMonths(4), now);
            }
        }
        LOG.info("Demo trainers certified: armen.petrosyan, levan.gelashvili");
    }

    private void validatedCourse(Person trainer, LocalDate start, Instant now) {
        MultiplicationCourse course = new MultiplicationCourse();
        course.code = "mc-am-" + start + "-demo";
        course.trainer = trainer;
        course.course = eu.topcop.learn.catalogue.Course.<eu.topcop.learn.catalogue.Course>find(
                        "code", "drugs-multiplication-course")
                .firstResult();
        course.country = "AM";
        course.startsOn = start;
        course.endsOn = start.plusDays(2);
        course.place = "Police Education Complex, Yerevan";
        course.language = "hy";
        course.expectedParticipants = 12;
        course.material = "Regional curriculum on drug trafficking: case study, slides and the online module.";
        course.status = MultiplicationCourse.Status.VALIDATED;
        course.decidedBy = "anahit.sargsyan";
        course.decidedAt = now;
        course.materialUsed = "Case study adapted to the Criminal Code of Armenia; the online module as preparation.";
        course.evaluationSummary = "Participants valued the case study and asked for more on darknet markets.";
        course.evaluationScore = new java.math.BigDecimal("4.40");
        course.report = "Delivered as planned to investigators of the drug units of three regions.";
        course.reportedAt = now;
        course.validatedBy = "anahit.sargsyan";
        course.validatedAt = now;
        course.createdAt = now;
        course.updatedAt = now;
        course.persist();
        for (int i = 1; i <= 12; i++) {
            MultiplicationParticipant p = new MultiplicationParticipant();
            p.course = course;
            p.name = "Investigator " + i;
            p.agency = "Police of Armenia";
            p.attended = i <= 11;
            p.createdAt = now;
            p.persist();
        }
    }
}
