package eu.topcop.learn.learning;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.content.ContentFixture;
import eu.topcop.learn.content.ContentImporter;
import eu.topcop.learn.enrolment.Attendance;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.learning.KnowledgeTestAttempt.Phase;
import eu.topcop.learn.platform.i18n.Language;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Face-to-face offerings running now, with their participants approved, for the knowledge tests: by default of the
 * shipped regional training on drug trafficking, whose curriculum has the shipped test drugs-knowledge.
 */
@ApplicationScoped
public class KnowledgeTestFixture {

    public static final String COURSE = "drugs-regional-training";

    @Inject
    EnrolmentFixture enrolment;

    @Inject
    Attendance attendance;

    @Inject
    ContentImporter importer;

    @Inject
    KnowledgeTests tests;

    @Inject
    jakarta.persistence.EntityManager em;

    /** An offering of {@link #COURSE} from {@code fromDay} to {@code toDay} (days from today, UTC). */
    public Offering running(List<Person> participants, int fromDay, int toDay) {
        return running(COURSE, participants, fromDay, toDay);
    }

    /** An offering of the course with these participants approved, dated from {@code fromDay} to {@code toDay}. */
    public Offering running(String course, List<Person> participants, int fromDay, int toDay) {
        Offering offering = enrolment.offering(participants.size() + 2, EnrolmentFixture.MANAGER, course);
        Person manager = enrolment.manager();
        participants.forEach(p -> enrolment.approved(offering, p, manager));
        return dated(offering, fromDay, toDay);
    }

    /** Moves an offering (its applications in) to run from {@code fromDay} to {@code toDay}, days from today. */
    public Offering dated(Offering offering, int fromDay, int toDay) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        QuarkusTransaction.requiringNew()
                .run(() -> Offering.getEntityManager()
                        .createNativeQuery("UPDATE offering SET applications_open_on = :open,"
                                + " applications_close_on = :close, gate_deadline = NULL, gate_checked_at = NULL,"
                                + " starts_on = :from, ends_on = :to, updated_at = NOW(3) WHERE id = :id")
                        .setParameter("open", today.plusDays(fromDay - 60L))
                        .setParameter("close", today.plusDays(fromDay - 30L))
                        .setParameter("from", today.plusDays(fromDay))
                        .setParameter("to", today.plusDays(toDay))
                        .setParameter("id", offering.id)
                        .executeUpdate());
        return QuarkusTransaction.requiringNew().call(() -> Offering.<Offering>findById(offering.id));
    }

    /** Names the offering's trainers, as its course manager does. */
    public void trainers(Offering offering, String... usernames) {
        attendance.assignTrainers(offering.code, List.of(usernames), enrolment.manager(), true);
    }

    /**
     * A fresh curriculum whose knowledge test has {@code questions} true-false questions, all drawn (so that a paper
     * answered {@code k} right scores exactly {@code 100 k / questions}); returns its face-to-face course.
     */
    public String courseWithTest(int questions) {
        return ContentFixture.publishKnowledgeTest(
                importer, "kt" + UUID.randomUUID().toString().substring(0, 8), questions);
    }

    /** Takes the pre-test and the post-test (a null: not taken), answering so many questions right. */
    public void take(Offering offering, Person person, Integer preRight, Integer postRight) {
        if (preRight != null) {
            answer(offering, person, Phase.PRE, preRight);
        }
        if (postRight != null) {
            answer(offering, person, Phase.POST, postRight);
        }
    }

    private void answer(Offering offering, Person person, Phase phase, int right) {
        tests.start(offering.code, phase, person, Language.ENGLISH);
        Map<String, List<String>> answers = new LinkedHashMap<>();
        RightAnswers.ofKnowledgeTest(em, offering.id, person.id, phase).entrySet().stream()
                .limit(right)
                .forEach(e -> answers.put(e.getKey(), e.getValue()));
        tests.submit(offering.code, phase, person, answers);
    }
}
