package eu.topcop.learn.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;
import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.Attendance;
import eu.topcop.learn.enrolment.CompletionRecords;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.EnrolmentService;
import eu.topcop.learn.enrolment.People;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.learning.CompletionService.CompletedCourse;
import eu.topcop.learn.learning.CompletionService.Transcript;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Course and curriculum completion: the online course with its modules, the regional training by attendance,
 * the curriculum with both; each certified once, stated in xAPI and on the transcript.
 */
@QuarkusTest
class CompletionTest {

    private static final String MODULE = "drugs-ilp";

    @Inject
    EnrolmentFixture fixture;

    @Inject
    People people;

    @Inject
    LearningService learning;

    @Inject
    QuizService quizzes;

    @Inject
    EnrolmentService enrolment;

    @Inject
    Attendance attendance;

    @Inject
    CompletionRecords moduleCompletions;

    @Inject
    CompletionService completions;

    @Inject
    CertificateService certificates;

    @Inject
    StatementStore statements;

    @Inject
    EntityManager em;

    @Test
    void shouldCompleteTheCurriculumWithItsOnlineCourseAndTheRegionalTrainingCertifyingEach() {
        Person learner = fixture.person("GE");
        completeModule(learner);
        Transcript online = transcript(learner);
        assertEquals(Set.of("drugs-independent-learning"), courses(online));
        assertTrue(online.curricula().isEmpty(), "a training for participants is still missing");

        Offering held = attendEveryDay(learner);
        Transcript both = transcript(learner);
        assertEquals(Set.of("drugs-independent-learning", "drugs-regional-training"), courses(both));
        CompletedCourse regional = both.courses().stream()
                .filter(c -> c.course().equals("drugs-regional-training"))
                .findFirst()
                .orElseThrow();
        assertEquals(held.startsOn, regional.startedOn());
        assertEquals(held.endsOn, regional.completedOn());
        assertEquals("regional-training", regional.activityType());
        assertNotNull(regional.certificate());

        assertEquals(1, both.curricula().size());
        CompletionService.CompletedCurriculum curriculum = both.curricula().get(0);
        assertEquals("drugs-curriculum", curriculum.curriculum());
        assertEquals(held.startsOn, curriculum.startedOn(), "from the first course begun");
        assertEquals(LocalDate.now(), curriculum.completedOn(), "to the last course completed");

        List<CertificateService.View> mine =
                QuarkusTransaction.requiringNew().call(() -> certificates.mine(learner, Language.ENGLISH));
        assertEquals(3, mine.size(), "the two courses and the curriculum, each once");
        CertificateService.View whole = mine.stream()
                .filter(c -> c.kind() == Certificate.Kind.CURRICULUM)
                .findFirst()
                .orElseThrow();
        assertEquals(5 + 36, whole.hours(), "the hours of the courses completed");
        assertEquals(List.of("drug-trafficking"), whole.crimePriorities());
        String signature =
                whole.verificationUrl().substring(whole.verificationUrl().indexOf("?s=") + 3);
        assertEquals(
                CertificateService.Status.VALID,
                QuarkusTransaction.requiringNew()
                        .call(() -> certificates
                                .verify(whole.code(), signature, Language.ENGLISH)
                                .status()));

        List<JsonNode> said = QuarkusTransaction.requiringNew().call(() -> statements.of(learner.id, null, 200));
        Set<String> completed = said.stream()
                .filter(s -> s.at("/verb/id").asText().endsWith("/completed"))
                .map(s -> s.at("/object/id").asText().replaceAll(".*/xapi/activities/", ""))
                .collect(Collectors.toSet());
        assertEquals(
                Set.of(
                        "modules/drugs-ilp",
                        "courses/drugs-independent-learning",
                        "courses/drugs-regional-training",
                        "curricula/drugs-curriculum"),
                completed);
    }

    @Test
    void shouldCompleteTheTrainingButNotTheCurriculumWithoutItsOnlineCourse() {
        Person learner = fixture.person("UA");
        // The gate's record of the module, as after an earlier version of the course: no online course completed.
        moduleCompletions.record(learner.id, MODULE, Instant.now());
        attendEveryDay(learner);
        Transcript transcript = transcript(learner);
        assertEquals(Set.of("drugs-regional-training"), courses(transcript));
        assertTrue(transcript.curricula().isEmpty());
    }

    @Test
    void shouldCompleteTheTrainingWhenTheOnlinePhaseIsCompletedAfterItsLastDay() {
        Person learner = fixture.person("GE");
        Offering offering = fixture.offering(5);
        long id = fixture.approved(offering, learner, fixture.manager()).id;
        // No gate deadline: nothing stops the online phase from coming after the training.
        Offering held = fixture.held(offering, false);
        attendance.record(held.code, everyDay(held, id), fixture.manager(), false);
        assertTrue(courses(transcript(learner)).isEmpty(), "present every day, but the online phase is missing");

        completeModule(learner);

        Transcript transcript = transcript(learner);
        assertEquals(Set.of("drugs-independent-learning", "drugs-regional-training"), courses(transcript));
        CompletedCourse regional = transcript.courses().stream()
                .filter(c -> c.course().equals("drugs-regional-training"))
                .findFirst()
                .orElseThrow();
        assertEquals(held.endsOn, regional.completedOn(), "the training was completed on its last day");
        assertNotNull(regional.certificate());
        assertEquals(1, transcript.curricula().size(), "and the curriculum with it");
        // Recording the register again changes nothing: completed once.
        attendance.record(held.code, everyDay(held, id), fixture.manager(), false);
        assertEquals(
                1,
                QuarkusTransaction.requiringNew()
                        .call(() -> certificates.mine(learner, Language.ENGLISH).stream()
                                .filter(c -> c.kind() == Certificate.Kind.COURSE
                                        && c.course().equals("drugs-regional-training"))
                                .count()));
    }

    @Test
    @TestSecurity(user = "transcript-learner", roles = Roles.TRAINEE)
    void shouldListCompletedCoursesOnTheTranscriptPageAndApi() {
        Person me = people.current();
        given().when().get("/learning").then().statusCode(200).body(containsString("transcript-empty"));
        completeModule(me);
        given().when()
                .get("/learning")
                .then()
                .statusCode(200)
                .body(containsString("data-course=\"drugs-independent-learning\""))
                .body(containsString("data-code=\"" + MODULE + "\""));
        given().when()
                .get("/api/learning/my-transcript")
                .then()
                .statusCode(200)
                .body("courses[0].course", equalTo("drugs-independent-learning"))
                .body("courses[0].hours", equalTo(5))
                .body("curricula.size()", equalTo(0));
    }

    private void completeModule(Person learner) {
        learning.startOrResume(MODULE, learner);
        int lessons =
                learning.lesson(MODULE, 1, learner, Language.ENGLISH).lesson().lessons();
        IntStream.rangeClosed(1, lessons).forEach(n -> Reading.read(learning, MODULE, n, learner));
        int attempt = quizzes.start(MODULE, learner);
        QuizService.AttemptView paper = quizzes.attempt(MODULE, attempt, learner, Language.ENGLISH);
        assertTrue(quizzes.submit(MODULE, attempt, learner, RightAnswers.of(em, MODULE, paper), Language.ENGLISH)
                .passed());
    }

    /** Seats the learner on a regional training held last week, present every day; recorded twice. */
    private Offering attendEveryDay(Person learner) {
        Offering offering = fixture.offering(5);
        long id = fixture.approved(offering, learner, fixture.manager()).id;
        Offering held = fixture.held(offering);
        attendance.record(held.code, everyDay(held, id), fixture.manager(), false);
        attendance.record(held.code, everyDay(held, id), fixture.manager(), false);
        return held;
    }

    private static List<Attendance.Mark> everyDay(Offering held, long application) {
        return held.startsOn
                .datesUntil(held.endsOn.plusDays(1))
                .map(day -> new Attendance.Mark(application, day, true))
                .toList();
    }

    private Transcript transcript(Person learner) {
        return QuarkusTransaction.requiringNew().call(() -> completions.transcript(learner, Language.ENGLISH));
    }

    private static Set<String> courses(Transcript transcript) {
        return transcript.courses().stream().map(CompletedCourse::course).collect(Collectors.toSet());
    }
}
