package eu.topcop.learn.learning;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.learning.KnowledgeTestAttempt.Phase;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The knowledge test's pages and API: a participant takes it on the pages (a paper sent half answered comes back
 * as filled in, the reason beside the confirmation in the reader's language) and through the API; its trainers and course managers read the results, a trainer of another
 * offering gets a 404; statement counts do not grow with the participants.
 */
@QuarkusTest
class KnowledgeTestRoutesTest {

    private static final String BASE = "/learning/offerings/";

    @Inject
    KnowledgeTests tests;

    @Inject
    KnowledgeTestFixture offerings;

    @Inject
    EnrolmentFixture people;

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    @Test
    @TestSecurity(user = "kt-page-participant", roles = Roles.TRAINEE)
    void shouldTakeThePreTestOnThePagesKeepingAHalfAnsweredPaperAsFilledIn() {
        Person me = people.named("kt-page-participant", "MD");
        Offering offering = offerings.running(List.of(me), 0, 3);
        String test = BASE + offering.code + "/knowledge-test";

        given().when()
                .get(test)
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"take-pre-test\""))
                .body(containsString("data-testid=\"post-test\" data-status=\"NOT_YET_OPEN\""));
        form().redirects()
                .follow(false)
                .when()
                .post(test + "/pre-test/start")
                .then()
                .statusCode(303)
                .header("Location", endsWith(test + "/pre-test"));
        given().when()
                .get(test + "/pre-test")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"knowledge-test-form\""))
                .body(not(containsString("data-testid=\"unanswered\"")));

        KnowledgeTests.Paper paper = QuarkusTransaction.requiringNew()
                .call(() -> tests.paper(offering.code, Phase.PRE, me, Language.ENGLISH));
        QuizService.PaperQuestion first = paper.questions().stream()
                .filter(q -> q.type().equals("single"))
                .findFirst()
                .orElseThrow();
        String chosen = first.choices().get(1).value();
        form().header("Accept-Language", "ru")
                .formParam("a-" + first.key(), chosen)
                .when()
                .post(test + "/pre-test")
                .then()
                .statusCode(422)
                .body(not(containsString("data-testid=\"refused-form\"")))
                .body(containsString("data-testid=\"knowledge-test-form\""))
                .body(containsString("<li data-field=\"leaveUnanswered\"><a href=\"#leaveUnanswered\">"))
                .body(containsString("<p class=\"field-error\" id=\"leaveUnanswered-error\" data-testid=\"field-error\""
                        + " data-field=\"leaveUnanswered\">Ответьте на вопросы, отмеченные ниже, или отметьте это поле,"
                        + " чтобы отправить тест без них.</p>"))
                .body(containsString("id=\"leaveUnanswered\" name=\"leaveUnanswered\" value=\"true\""
                        + " data-testid=\"leave-unanswered\" aria-invalid=\"true\""
                        + " aria-describedby=\"unanswered leaveUnanswered-error\""))
                .body(containsString("data-testid=\"unanswered\""))
                .body(containsString("value=\"" + chosen + "\" checked"))
                .body(containsString("data-key=\"" + first.key() + "\" data-type=\"single\">"))
                .body(containsString("data-unanswered=\"true\""))
                .body(containsString("data-testid=\"leave-unanswered\""));
        assertEquals(
                KnowledgeTests.Status.STARTED,
                QuarkusTransaction.requiringNew()
                        .call(() -> tests.offer(offering.code, me, Language.ENGLISH))
                        .preTest()
                        .status(),
                "nothing was submitted");

        form().formParam("a-" + first.key(), chosen)
                .formParam(KnowledgeTestPages.LEAVE_UNANSWERED, "true")
                .redirects()
                .follow(false)
                .when()
                .post(test + "/pre-test")
                .then()
                .statusCode(303)
                .header("Location", endsWith(test + "/pre-test/result"));
        given().when()
                .get(test + "/pre-test/result")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"knowledge-test-score\""))
                .body(not(containsString("data-testid=\"knowledge-gain\"")));
        given().redirects()
                .follow(false)
                .when()
                .get(test + "/pre-test")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/pre-test/result"));
        form().when().post(test + "/pre-test/start").then().statusCode(409);
        given().when().get(test).then().statusCode(200).body(containsString("data-testid=\"pre-test-score\""));
        given().when().get(test + "/results").then().statusCode(403);
        given().when().get(test + "/mid-test").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "kt-api-participant", roles = Roles.TRAINER)
    void shouldTakeBothTestsThroughTheApiAndGetTheGain() {
        Person me = people.named("kt-api-participant", "MD");
        Offering offering = offerings.running(List.of(me), 0, 0);
        String api = "/api/learning/offerings/" + offering.code + "/knowledge-test";

        given().when()
                .get(api)
                .then()
                .statusCode(200)
                .body("preTest.status", equalTo("OPEN"))
                .body("postTest.status", equalTo("OPEN"))
                .body("questions", equalTo(10));
        given().when()
                .post(api + "/pre-test/attempt")
                .then()
                .statusCode(200)
                .body("questions.size()", equalTo(10))
                .body("submitted", equalTo(false))
                .body("questions[0]", not(org.hamcrest.Matchers.hasKey("correct")));
        given().contentType(ContentType.JSON)
                .body(Map.of("answers", Map.of()))
                .when()
                .post(api + "/pre-test/submission")
                .then()
                .statusCode(200)
                .body("score", equalTo(0.0f))
                .body("gain", nullValue());
        given().when().post(api + "/post-test/attempt").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("answers", RightAnswers.ofKnowledgeTest(em, offering.id, me.id, Phase.POST)))
                .when()
                .post(api + "/post-test/submission")
                .then()
                .statusCode(200)
                .body("score", equalTo(100.0f))
                .body("preTestScore", equalTo(0.0f))
                .body("gain", equalTo(100.0f));
        given().when().get(api + "/post-test/result").then().statusCode(200).body("gain", equalTo(100.0f));
        given().when().post(api + "/post-test/attempt").then().statusCode(409).contentType("application/problem+json");
        given().when()
                .post(api + "/middle-test/attempt")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"answers\": [1, 2]}")
                .when()
                .post(api + "/post-test/submission")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("answers")));
        given().when().get(api + "/results").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "kt-trainer", roles = Roles.TRAINER)
    void shouldShowTheResultsToTheOfferingsTrainersAndNotToTrainersOfAnotherOffering() {
        people.named("kt-trainer", "GE");
        List<Person> participants = people.people(2, "MD");
        Offering mine = offerings.running(participants, 0, 0);
        Offering other = offerings.running(people.people(1, "MD"), 0, 0);
        offerings.trainers(mine, "kt-trainer");
        offerings.trainers(other, "someone-else");
        tests.start(mine.code, Phase.PRE, participants.get(0), Language.ENGLISH);
        tests.submit(mine.code, Phase.PRE, participants.get(0), Map.of());

        given().when()
                .get(BASE + mine.code + "/knowledge-test/results")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"knowledge-test-results\""))
                .body(containsString(participants.get(1).name))
                .body(containsString("data-testid=\"no-pairs\""));
        given().when()
                .get("/api/learning/offerings/" + mine.code + "/knowledge-test/results")
                .then()
                .statusCode(200)
                .body("participants.size()", equalTo(2))
                .body("gain.pairs", equalTo(0))
                .body("participants.find { it.preTest != null }.preTest.score", equalTo(0.0f));
        given().when()
                .get(BASE + other.code + "/knowledge-test/results")
                .then()
                .statusCode(404)
                .body(containsString("data-testid=\"error-page\""));
        given().when()
                .get("/api/learning/offerings/" + other.code + "/knowledge-test/results")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "kt-manager", roles = Roles.COURSE_MANAGER)
    void shouldRenderTheResultsPageWithTheSameStatementsFor2And12Participants() {
        people.named("kt-manager", "HU");
        List<Person> few = people.people(2, "MD");
        List<Person> many = people.people(12, "MD");
        Offering small = offerings.running(few, 0, 0);
        Offering large = offerings.running(many, 0, 0);
        for (Person p : many) {
            tests.start(large.code, Phase.PRE, p, Language.ENGLISH);
            tests.submit(large.code, Phase.PRE, p, Map.of());
            tests.start(large.code, Phase.POST, p, Language.ENGLISH);
            tests.submit(large.code, Phase.POST, p, RightAnswers.ofKnowledgeTest(em, large.id, p.id, Phase.POST));
        }
        given().when()
                .get(BASE + large.code + "/knowledge-test/results")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"mean-gain\""));
        assertEquals(
                statementsFor(BASE + small.code + "/knowledge-test/results"),
                statementsFor(BASE + large.code + "/knowledge-test/results"));
        assertEquals(
                statementsFor("/api/learning/offerings/" + small.code + "/knowledge-test/results"),
                statementsFor("/api/learning/offerings/" + large.code + "/knowledge-test/results"));
    }

    @Test
    @TestSecurity(user = "kt-no-test", roles = Roles.TRAINEE)
    void shouldSayWhenTheCurriculumHasNoKnowledgeTest() {
        Person me = people.named("kt-no-test", "MD");
        Offering firearms = offerings.running("firearms-regional-training", List.of(me), 0, 3);
        given().when()
                .get(BASE + firearms.code + "/knowledge-test")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"no-knowledge-test\""));
        given().when()
                .get("/api/learning/offerings/" + firearms.code + "/knowledge-test")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldSendAnonymousVisitorsToSignIn() {
        given().redirects()
                .follow(false)
                .when()
                .get(BASE + "any/knowledge-test")
                .then()
                .statusCode(302);
        given().when().get("/api/learning/offerings/any/knowledge-test").then().statusCode(401);
        given().when()
                .get("/api/learning/offerings/any/knowledge-test/results")
                .then()
                .statusCode(401);
    }

    private long statementsFor(String path) {
        given().when().get(path).then().statusCode(200);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private static RequestSpecification form() {
        return given().cookie("topcop-csrf", "kt-token").formParam("_csrf", "kt-token");
    }
}
