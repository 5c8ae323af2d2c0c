package eu.topcop.learn.insight.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.content.SurveyInstruments;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.insight.evaluation.EvaluationViewer.Viewer;
import eu.topcop.learn.insight.evaluation.FourLevelViews.Line;
import eu.topcop.learn.insight.evaluation.FourLevelViews.Report;
import eu.topcop.learn.insight.evaluation.FourLevelViews.Scope;
import eu.topcop.learn.insight.results.ResultFixture;
import eu.topcop.learn.insight.results.ResultKind;
import eu.topcop.learn.learning.KnowledgeTestFixture;
import eu.topcop.learn.learning.KnowledgeTests;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.support.Tokens;
import eu.topcop.learn.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The four-level report on a hand-checked set: two offerings of a fresh course, one just ended (six Georgians:
 * reaction answers 10, 8, 6, 9, 7; two knowledge-test pairs; follow-ups 4 of 5 applying it) and one that ended
 * 400 days ago (five Armenians: two reaction answers, one pair, two of them on a Joint Action Day 30 days after).
 */
@QuarkusTest
class FourLevelReportTest {

    @Inject
    FourLevelReports reports;

    @Inject
    KnowledgeTestFixture offerings;

    @Inject
    KnowledgeTests tests;

    @Inject
    EnrolmentFixture people;

    @Inject
    SurveyFixture fixture;

    @Inject
    SurveyTriggers triggers;

    @Inject
    SurveyInvitations invitations;

    @Inject
    SurveyService surveys;

    @Inject
    SurveyInstruments instruments;

    @Inject
    ResultFixture results;

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    private static Viewer manager() {
        return new Viewer(0, EnrolmentFixture.MANAGER, null, true, true);
    }

    @Test
    void shouldPutTheFourLevelsSideBySideWithExactFiguresAndHideWhatTooFewGave() {
        String course = offerings.courseWithTest(10);
        String curriculum = course.replace("-regional", "-curriculum");
        List<Person> georgians = people.people(6, "GE");
        List<Person> armenians = people.people(5, "AM");
        Offering recent = offerings.running(course, georgians, 0, 0);
        Offering old = offerings.running(course, armenians, 0, 0);
        offerings.take(recent, georgians.get(0), 3, 8);
        offerings.take(recent, georgians.get(1), 5, 7);
        offerings.take(old, armenians.get(0), 4, 10);
        people.held(recent);
        LocalDate oldEnded = offerings.dated(old, -405, -400).endsOn;

        Survey reaction = fixture.surveyOf(recent);
        int[] ratings = {10, 8, 6, 9, 7};
        for (int i = 0; i < 5; i++) {
            answer(reaction, georgians.get(i), fixture.answers(reaction, ratings[i], null));
        }
        Survey oldReaction = survey(old, "reaction-standard", armenians);
        answer(oldReaction, armenians.get(0), fixture.answers(oldReaction, 5, null));
        answer(oldReaction, armenians.get(1), fixture.answers(oldReaction, 5, null));
        Survey followUp = survey(recent, "follow-up-participant", georgians.subList(0, 5));
        for (int i = 0; i < 5; i++) {
            Map<String, List<String>> given = new LinkedHashMap<>(fixture.answers(followUp, 7, null));
            given.put("applied", List.of(i == 4 ? "not-yet" : "yes-regularly"));
            answer(followUp, georgians.get(i), given);
        }
        results.record(
                results.manager(),
                ResultKind.JOINT_ACTION_DAY,
                oldEnded.plusDays(30),
                "drug-trafficking",
                armenians.subList(0, 2));

        Report byCourse = QuarkusTransaction.requiringNew()
                .call(() -> reports.report(Scope.COURSE, course, null, manager(), Language.ENGLISH));
        assertEquals(
                List.of("o" + old.id, "o" + recent.id),
                byCourse.lines().stream().map(Line::key).toList());
        Line r = byCourse.lines().get(1);
        assertEquals(new FourLevelViews.Reaction(6, 5, 83, 5, 80, false), r.reaction());
        assertEquals(
                new FourLevelViews.Learning(2, decimal("40.00"), decimal("75.00"), decimal("35.00")), r.learning());
        assertEquals(new FourLevelViews.Behaviour(5, 5, 100, 5, 80, false, 0, null, true), r.behaviour());
        assertEquals(new FourLevelViews.Results(6, 0, null, null, true), r.results());
        Line o = byCourse.lines().get(0);
        assertEquals(new FourLevelViews.Reaction(5, 2, 40, 2, null, true), o.reaction(), "two answers: hidden");
        assertEquals(
                new FourLevelViews.Learning(1, decimal("40.00"), decimal("100.00"), decimal("60.00")), o.learning());
        assertEquals(new FourLevelViews.Results(5, 5, 2L, decimal("40.0"), false), o.results());

        Line total = byCourse.total();
        assertEquals(
                new FourLevelViews.Reaction(11, 7, 64, 7, null, true),
                total.reaction(),
                "80 shown and 7 in all would give the two hidden answers away: the total is hidden");
        assertEquals(
                new FourLevelViews.Learning(3, decimal("40.00"), decimal("83.33"), decimal("43.33")), total.learning());
        assertEquals(new FourLevelViews.Results(11, 5, 2L, decimal("40.0"), false), total.results());

        // Per curriculum, the course is one line: all seven answers together, nothing to subtract.
        Report byCurriculum = QuarkusTransaction.requiringNew()
                .call(() -> reports.report(Scope.CURRICULUM, curriculum, null, manager(), Language.ENGLISH));
        Line theCourse = byCurriculum.lines().stream()
                .filter(l -> l.detail().equals(course))
                .findFirst()
                .orElseThrow();
        // (10 + 8 + 6 + 9 + 7 + 5 + 5) × 10 / 7 = 71.4
        assertEquals(71, theCourse.reaction().score());
        assertEquals(71, byCurriculum.total().reaction().score(), "the curriculum's other course has no answers");
        assertEquals(total.learning(), theCourse.learning());

        // Counted for Georgia: the Armenians' answers, test and result are not there.
        Report georgia = QuarkusTransaction.requiringNew()
                .call(() -> reports.report(Scope.COURSE, course, "GE", manager(), Language.ENGLISH));
        assertEquals(
                new FourLevelViews.Reaction(6, 5, 83, 5, 80, false),
                georgia.total().reaction());
        assertEquals(2, georgia.total().learning().pairs());
        assertEquals(6, georgia.total().results().participants());
        Report countryPriority = QuarkusTransaction.requiringNew()
                .call(() ->
                        reports.report(Scope.COUNTRY_PRIORITY, "drug-trafficking", "AM", manager(), Language.ENGLISH));
        Line ofCourse = countryPriority.lines().stream()
                .filter(l -> l.detail().equals(course))
                .findFirst()
                .orElseThrow();
        assertEquals(new FourLevelViews.Results(5, 5, 2L, decimal("40.0"), false), ofCourse.results());
        assertEquals(1, ofCourse.learning().pairs());
    }

    @Test
    void shouldHoldACoordinatorToTheirCountryAndATrainerToTheOfferingsTheyTrain() {
        String course = offerings.courseWithTest(4);
        Offering offering = offerings.running(course, people.people(2, "MD"), 0, 0);
        Viewer coordinator = new Viewer(0, "someone", "MD", false, false);
        Report counted = QuarkusTransaction.requiringNew()
                .call(() -> reports.report(Scope.COURSE, course, null, coordinator, Language.ENGLISH));
        assertEquals("MD", counted.subject().country());
        assertThrows(
                ForbiddenException.class,
                () -> reports.report(Scope.COURSE, course, "GE", coordinator, Language.ENGLISH));
        assertThrows(
                ForbiddenException.class,
                () -> reports.report(Scope.COUNTRY_PRIORITY, "drug-trafficking", "GE", coordinator, Language.ENGLISH));

        Viewer trainer = new Viewer(0, "fixture.trainer.fl", null, false, false);
        assertThrows(
                ForbiddenException.class,
                () -> reports.report(Scope.OFFERING, offering.code, null, trainer, Language.ENGLISH));
        assertThrows(
                ForbiddenException.class, () -> reports.report(Scope.COURSE, course, null, trainer, Language.ENGLISH));
        offerings.trainers(offering, "fixture.trainer.fl");
        Report trained = QuarkusTransaction.requiringNew()
                .call(() -> reports.report(Scope.OFFERING, offering.code, null, trainer, Language.ENGLISH));
        assertNull(trained.subject().country(), "the offering's trainer reads it whole");
        assertEquals(1, trained.lines().size());
    }

    @Test
    void shouldReadTheSameStatementsForOneOfferingAndForMany() {
        String course = offerings.courseWithTest(4);
        Offering first = offerings.running(course, people.people(2, "UA"), 0, 0);
        people.held(first);
        fixture.surveyOf(first);
        long one = statements(() -> reports.report(Scope.COURSE, course, null, manager(), Language.ENGLISH));
        for (int i = 0; i < 3; i++) {
            List<Person> more = people.people(3, "UA");
            Offering next = offerings.running(course, more, 0, 0);
            offerings.take(next, more.get(0), 1, 3);
            people.held(next);
            Survey survey = fixture.surveyOf(next);
            answer(survey, more.get(1), fixture.answers(survey, 9, null));
        }
        long many = statements(() -> reports.report(Scope.COURSE, course, null, manager(), Language.ENGLISH));
        assertEquals(one, many);
    }

    @Test
    void shouldListWhatAReportMayBeOpenedOnWithTheSameStatementsForOneAndManyOfferingsTrained() {
        Viewer trainer = new Viewer(0, "fixture.trainer.index", null, false, false);
        String course = offerings.courseWithTest(4);
        offerings.trainers(offerings.running(course, people.people(1, "GE"), 0, 0), trainer.username());
        long[] one = {
            statements(() -> reports.index(trainer, Language.ENGLISH)),
            statements(() -> reports.index(manager(), Language.ENGLISH))
        };
        for (int i = 0; i < 5; i++) {
            offerings.trainers(
                    offerings.running(offerings.courseWithTest(4), people.people(1, "GE"), 0, 0), trainer.username());
        }
        assertEquals(one[0], statements(() -> reports.index(trainer, Language.ENGLISH)), "a trainer's offerings");
        assertEquals(one[1], statements(() -> reports.index(manager(), Language.ENGLISH)), "every course");
    }

    @Test
    void shouldServeThePagesAndBothDownloadsToASignedInManager() {
        String course = offerings.courseWithTest(4);
        Offering offering = offerings.running(course, people.people(2, "GE"), 0, 0);
        people.held(offering);
        people.held(offerings.running(course, people.people(2, "UA"), 0, 0));
        WebSession manager = new WebSession();
        String page = manager.signIn("/evaluation/reports/courses/" + course, Tokens.MANAGER)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(page.contains("data-testid=\"four-level-table\""));
        assertTrue(page.contains("data-testid=\"chart-reaction\""), "two offerings compared in charts");
        assertTrue(page.contains("data-testid=\"chart-results\""));
        assertTrue(page.contains("/evaluation/reports/offerings/" + offering.code), "each offering leads to its own");
        assertTrue(manager.get("/evaluation/reports").asString().contains("/evaluation/reports/courses/" + course));
        String inGeorgian = manager.send(
                        "GET",
                        "/evaluation/reports/offerings/" + offering.code,
                        given().header("Accept-Language", "ka"))
                .asString();
        assertTrue(inGeorgian.contains("lang=\"ka\""));
        Response xlsx = manager.get("/evaluation/reports/courses/" + course + "/report.xlsx");
        assertEquals(200, xlsx.statusCode());
        byte[] sheet = xlsx.asByteArray();
        assertArrayEquals(new byte[] {'P', 'K'}, new byte[] {sheet[0], sheet[1]});
        Response pdf = manager.send(
                "GET",
                "/evaluation/reports/curricula/" + course.replace("-regional", "-curriculum") + "/report.pdf",
                given().header("Accept-Language", "hy"));
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.asByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
        assertEquals(
                404, manager.get("/evaluation/reports/courses/no-such-course").statusCode());
        assertEquals(
                404,
                manager.get("/evaluation/reports/countries/XX/priorities/drug-trafficking")
                        .statusCode());
    }

    @Test
    void shouldAnswerTheApiWithRealTokensAndRefuseBadInputAndTrainees() {
        String course = offerings.courseWithTest(4);
        Offering offering = offerings.running(course, people.people(2, "GE"), 0, 0);
        people.held(offering);
        String manager = Tokens.accessToken(Tokens.MANAGER);
        given().auth()
                .oauth2(manager)
                .get("/api/evaluation/reports/offerings/" + offering.code)
                .then()
                .statusCode(200)
                .body("subject.scope", equalTo("OFFERING"))
                .body("total.results.participants", equalTo(2));
        given().auth()
                .oauth2(manager)
                .get("/api/evaluation/reports/courses/no-such-course")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(manager)
                .get("/api/evaluation/reports/courses/" + course + "?country=georgia")
                .then()
                .statusCode(400)
                .body(containsString("country"));
        given().auth()
                .oauth2(Tokens.accessToken(Tokens.TRAINEE))
                .get("/api/evaluation/reports/courses/" + course)
                .then()
                .statusCode(403);
    }

    /** A survey of the offering with the instrument, its participants invited, as a trigger would open it. */
    private Survey survey(Offering offering, String instrument, List<Person> invited) {
        var form = instruments.current(instrument).orElseThrow();
        return QuarkusTransaction.requiringNew().call(() -> {
            Survey survey = triggers.survey(
                    "test-four-levels:" + instrument + ":" + offering.id, form, Survey.Subject.OFFERING, offering.id);
            survey.subjectTitle = Map.of("en", "Fixture offering");
            survey.subjectPeriod = offering.startsOn + " – " + offering.endsOn;
            survey.courseId = offering.course.id;
            survey.offeringId = offering.id;
            survey.organiser = EnrolmentFixture.MANAGER;
            survey.persist();
            for (Person p : invited) {
                invitations.invite(survey, em.find(Person.class, p.id), SurveyInvitation.Role.PARTICIPANT);
            }
            return survey;
        });
    }

    private void answer(Survey survey, Person person, Map<String, List<String>> answers) {
        long invitation = QuarkusTransaction.requiringNew().call(() -> fixture.invitationOf(survey, person).id);
        surveys.answer(invitation, person.id, answers);
    }

    private long statements(Supplier<?> work) {
        QuarkusTransaction.requiringNew().call(work::get);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        QuarkusTransaction.requiringNew().call(work::get);
        return statistics.getPrepareStatementCount();
    }

    private static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}
