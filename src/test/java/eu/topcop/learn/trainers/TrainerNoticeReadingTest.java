package eu.topcop.learn.trainers;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.EnrolmentViews.NotificationView;
import eu.topcop.learn.enrolment.NoticeReading;
import eu.topcop.learn.enrolment.Notification;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.trainers.MultiplicationRequests.Decision;
import eu.topcop.learn.trainers.MultiplicationRequests.Plan;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.enrolment.NoticeReading.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A trainer's notice links to the course it is about and reads in the trainer's language of the day (issue 16). */
@QuarkusTest
class TrainerNoticeReadingTest {

    @Inject
    MultiplicationService multiplication;

    @Inject
    TrainerFixture trainers;

    @Inject
    EnrolmentFixture fixture;

    @Inject
    NoticeReading notices;

    @Test
    void shouldLinkAnApprovedPlanToItsCourseAndWriteItWithItsDatesInTheReadersLanguageOfToday() {
        Person trainer = trainers.certified(fixture.person("GE"), trainers.trainTheTrainer());
        Plan plan = TrainerFixture.plan();
        String code = multiplication.plan(trainer, plan).code;
        multiplication.decide(code, fixture.named("mc-reading-coordinator-ge", "GE"), "GE", new Decision(true, null));

        Notification approved = notices.latest(trainer, "MULTIPLICATION_APPROVED");
        assertEquals("/trainers/multiplication-courses/" + code, approved.link);
        assertEquals("ka", approved.language, "written for a trainer in Georgia");

        NotificationView english = notices.readIn(approved, "en");
        assertTrue(english.linked());
        assertTrue(english.subject().startsWith("Multiplication course approved: "), english.subject());
        assertTrue(english.body().contains(day(plan.startsOn(), "en")), english.body());
        NotificationView russian = notices.readIn(approved, "ru");
        assertTrue(russian.subject().startsWith("Каскадный курс одобрен: "), russian.subject());
        assertTrue(russian.body().contains(day(plan.startsOn(), "ru")), russian.body());
    }
}
