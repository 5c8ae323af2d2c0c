package eu.topcop.learn.learning;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quiz as a test page: one option per line in a fieldset per question, a countdown from the server's
 * deadline, a result with the learner's answer beside the right one where the module shows them, the next step,
 * "Take the quiz" after the last lesson, and the English fallback marked for a reader whose language the content
 * lacks. drugs-ilp shows the right answers (its quiz.yaml says so); firearms-ilp does not.
 */
@QuarkusTest
class QuizPagesTest {

    @Inject
    EntityManager em;

    /** The reader's language (Accept-Language): English, or Georgian, which the shipped content lacks. */
    private String language = "en";

    @Test
    @TestSecurity(user = "quiz-page-layout", roles = Roles.TRAINEE)
    void shouldPutEachOptionOnItsOwnLabelInAFieldsetPerQuestionWithACountdown() {
        Document quiz = page(startQuiz("drugs-ilp"));
        List<Element> questions = quiz.select("form[data-testid=quiz-form] fieldset.question");
        assertEquals(10, questions.size());
        for (Element question : questions) {
            assertEquals("legend", question.child(0).tagName(), "each question has its legend");
            List<Element> inputs = question.select("input, select");
            assertFalse(inputs.isEmpty());
            assertEquals(inputs.size(), question.select("label").size(), "one label per input");
            for (Element input : inputs) {
                Element label = input.closest("label");
                if (label == null) {
                    label = question.selectFirst("label[for=" + input.id() + "]");
                }
                assertNotNull(label, "every input has its own label: " + input);
                assertEquals(1, label.select("input, select").size() + (label.hasAttr("for") ? 1 : 0));
            }
            switch (question.attr("data-type")) {
                case "matching" ->
                    assertEquals(
                            question.select("select").size(),
                            question.select(".pairs > .pair").size(),
                            "each drop-down beside its term");
                case "ordering" ->
                    question.select(".rank")
                            .forEach(rank -> assertEquals(
                                    "input", rank.child(0).tagName(), "the number box comes before its item"));
                default ->
                    question.select(".options > label.option")
                            .forEach(option ->
                                    assertEquals(1, option.select("input").size(), "one option per line"));
            }
        }
        Element countdown = quiz.selectFirst("[data-deadline]");
        assertNotNull(countdown, "the quiz has a time limit");
        assertTrue(Instant.parse(countdown.attr("data-deadline")).isAfter(Instant.now()));
        assertEquals("off", countdown.selectFirst("[role=timer]").attr("aria-live"));
        assertNotNull(countdown.selectFirst("[aria-live=polite]"), "the minutes left are announced politely");
        assertTrue(quiz.text().contains("submit by"), "without JavaScript the deadline stays as text");
        assertTrue(quiz.selectFirst("form[data-testid=quiz-form]")
                .attr("data-draft")
                .startsWith("quiz-"));
        assertNotNull(quiz.selectFirst("script[src^=/static/quiz.js]"));
    }

    @Test
    @TestSecurity(user = "quiz-page-answers", roles = Roles.TRAINEE)
    void shouldShowTheLearnersAnswerBesideTheRightOneAndOfferAnotherAttempt() {
        String attempt = startQuiz("drugs-ilp");
        Document quiz = page(attempt);
        Element question = quiz.selectFirst("fieldset.question[data-type=single]");
        Element choice = question.selectFirst("label.option");
        String chosen = choice.selectFirst("input").attr("value");

        Document result = page(submit(attempt, Map.of("a-" + question.attr("data-key"), List.of(chosen))));
        Element outcome = result.selectFirst(".outcome[data-key=" + question.attr("data-key") + "]");
        assertEquals(
                choice.text(), outcome.selectFirst("[data-testid=given] li").text(), "the learner's answer");
        assertFalse(outcome.select("[data-testid=right-answer] li").isEmpty(), "the right answer beside it");
        assertFalse(outcome.selectFirst("[data-testid=verdict]").text().contains("—"));
        for (Element other : result.select(".outcome")) {
            assertFalse(other.select("[data-testid=right-answer] li").isEmpty());
        }
        assertTrue(result.select("[data-testid=given]").text().contains("No answer"), "unanswered questions say so");
        String score = result.selectFirst("[data-testid=quiz-score]").text();
        assertTrue(score.matches("Your score: \\d{1,3}% \\(pass mark 70%\\).*"), score);
        assertEquals("try-again", result.selectFirst("[data-testid=next-step]").attr("data-next"));
        assertNotNull(result.selectFirst("[data-testid=try-again]"));
        assertEquals(
                quiz.selectFirst("form[data-draft]").attr("data-draft"),
                result.selectFirst("[data-draft-done]").attr("data-draft-done"),
                "the result clears the draft of the attempt it shows");
    }

    @Test
    @TestSecurity(user = "quiz-page-hidden", roles = Roles.TRAINEE)
    void shouldShowOnlyRightOrNotRightWhereTheModuleHidesTheRightAnswers() {
        String attempt = startQuiz("firearms-ilp");
        Document result = page(submit(attempt, Map.of()));
        assertNotNull(result.selectFirst("[data-testid=right-answers-hidden]"));
        assertTrue(result.select("[data-testid=right-answer]").isEmpty());
        assertEquals(10, result.select("[data-testid=given]").size(), "the learner's own answers stay");
        assertEquals(10, result.select("[data-testid=verdict]").size());
    }

    @Test
    @TestSecurity(user = "quiz-page-last-lesson", roles = Roles.TRAINEE)
    void shouldLeadFromTheLastLessonToTheQuiz() {
        start("property-ilp");
        readAll("property-ilp");
        Document last = page("/learning/modules/property-ilp/lessons/5");
        Element take = last.selectFirst("[data-testid=take-quiz]");
        assertNotNull(take, "the main button after the last lesson");
        assertTrue(take.hasClass("primary"));
        assertEquals("/learning/modules/property-ilp/quiz", take.closest("form").attr("action"));
        assertTrue(last.select("[data-testid=lesson-read]").isEmpty());

        Element card = page("/learning").selectFirst("[data-code=property-ilp]");
        assertTrue(card.selectFirst("[data-testid=take-quiz]").hasClass("primary"));
        assertFalse(card.selectFirst("[data-testid=resume]").hasClass("primary"));
    }

    @Test
    @TestSecurity(user = "quiz-page-georgian", roles = Roles.TRAINEE)
    void shouldMarkTheEnglishFallbackOnTheResultMyLearningAndTheTranscriptForAGeorgianReader() {
        language = "ka";
        start("drugs-ilp");
        readAll("drugs-ilp");
        String attempt = startQuiz("drugs-ilp");
        int number = Integer.parseInt(attempt.substring(attempt.lastIndexOf('/') + 1));
        Document paper = page(attempt);
        String anId = paper.selectFirst("fieldset.question input[type=radio], fieldset.question input[type=checkbox],"
                        + " fieldset.question option:not([value=''])")
                .attr("value");
        Map<String, List<String>> right = RightAnswers.ofPaperWith(em, "drugs-ilp", number, anId);
        Map<String, List<String>> form = new java.util.HashMap<>();
        for (Element question : paper.select("fieldset.question")) {
            String key = question.attr("data-key");
            List<String> ids = right.get(key);
            if (question.attr("data-type").equals("ordering")) {
                for (int rank = 0; rank < ids.size(); rank++) {
                    form.put("o-" + key + "-" + ids.get(rank), List.of(String.valueOf(rank + 1)));
                }
            } else {
                form.put("a-" + key, ids);
            }
        }
        Document result = page(submit(attempt, form));
        assertNotNull(result.selectFirst("h1 [data-testid=fallback]"), "the questions are in English");
        assertNotNull(result.selectFirst("[data-testid=module-completed]"));
        String next = result.selectFirst("[data-testid=next-step]").attr("data-next");
        assertTrue(next.equals("certificate") || next.equals("learning"), next);

        Document mine = page("/learning");
        assertNotNull(mine.selectFirst("[data-code=drugs-ilp] h2 [data-testid=fallback]"), "My learning");
        assertNotNull(
                mine.selectFirst("[data-testid=transcript] tr[data-code=drugs-ilp] [data-testid=fallback]"),
                "the transcript");
    }

    @Test
    @TestSecurity(user = "quiz-page-refused-pre-test", roles = Roles.TRAINEE)
    void shouldKeepTheChosenAnswersOfAPreTestRefusedOnceTheLessonsBegan() {
        language = "ru";
        start("firearms-ilp");
        String attempt = form().redirects()
                .follow(false)
                .when()
                .post("/learning/modules/firearms-ilp/pre-test")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        Element question = page(attempt).selectFirst("fieldset.question[data-type=single]");
        String chosen = question.select("input[type=radio]").get(1).attr("value");
        given().when().get("/learning/modules/firearms-ilp/lessons/1").then().statusCode(200);
        form().redirects()
                .follow(false)
                .when()
                .post("/learning/modules/firearms-ilp/lessons/1/read")
                .then()
                .statusCode(303);

        Document refused = Jsoup.parse(form().formParam("a-" + question.attr("data-key"), chosen)
                .when()
                .post(attempt)
                .then()
                .statusCode(409)
                .extract()
                .asString());
        assertTrue(refused.select("[data-testid=refused-form]").isEmpty(), "not the fallback page");
        Element form = refused.selectFirst("form[data-testid=quiz-form]");
        assertNotNull(form, "the pre-test's own form");
        assertEquals("true", form.attr("data-server-answers"), "the answers sent win over a local draft");
        assertTrue(
                form.selectFirst("fieldset[data-key='" + question.attr("data-key") + "'] input[value='" + chosen + "']")
                        .hasAttr("checked"),
                "the answer as chosen");
        assertTrue(
                refused.selectFirst("[role=alert][data-testid=errors]")
                        .text()
                        .contains("Входной тест закрылся, когда вы начали уроки"),
                "the reason in the reader's language");
    }

    private void start(String module) {
        form().redirects()
                .follow(false)
                .when()
                .post("/learning/modules/" + module + "/start")
                .then()
                .statusCode(303);
    }

    private void readAll(String module) {
        for (int n = 1; n <= 5; n++) {
            given().when()
                    .get("/learning/modules/" + module + "/lessons/" + n)
                    .then()
                    .statusCode(200);
            form().redirects()
                    .follow(false)
                    .when()
                    .post("/learning/modules/" + module + "/lessons/" + n + "/read")
                    .then()
                    .statusCode(303);
        }
    }

    private String startQuiz(String module) {
        start(module);
        return form().redirects()
                .follow(false)
                .when()
                .post("/learning/modules/" + module + "/quiz")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
    }

    private String submit(String attempt, Map<String, List<String>> answers) {
        RequestSpecification form = form().redirects().follow(false);
        answers.forEach((name, values) -> form.formParam(name, values.toArray()));
        return form.when().post(attempt).then().statusCode(303).extract().header("Location");
    }

    private Document page(String path) {
        return Jsoup.parse(given().header("Accept-Language", language)
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    private RequestSpecification form() {
        return given().header("Accept-Language", language)
                .cookie("topcop-csrf", "quiz-token")
                .formParam("_csrf", "quiz-token");
    }
}
