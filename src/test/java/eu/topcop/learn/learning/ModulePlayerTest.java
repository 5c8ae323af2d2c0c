package eu.topcop.learn.learning;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import eu.topcop.learn.content.ContentFixture;
import eu.topcop.learn.content.ContentImporter;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The module player: start, read, leave and resume where one left off, keep the version started, and write
 * well-formed xAPI statements for each step.
 */
@QuarkusTest
class ModulePlayerTest {

    @Inject
    LearningService learning;

    @Inject
    StatementStore statements;

    @Inject
    ContentImporter importer;

    @Inject
    EnrolmentFixture people;

    @Test
    void shouldResumeWhereTheLearnerLeftOffAndCountEachLessonOnce() {
        Person learner = people.person("GE");
        assertThrows(DomainException.NotFound.class, () -> learning.lesson("drugs-ilp", 1, learner, Language.ENGLISH));
        assertEquals(1, learning.startOrResume("drugs-ilp", learner));
        assertEquals(2, Reading.read(learning, "drugs-ilp", 1, learner));
        assertEquals(3, Reading.read(learning, "drugs-ilp", 2, learner));
        // Leaves, comes back: resumes at lesson 3.
        assertEquals(3, learning.startOrResume("drugs-ilp", learner));
        learning.read("drugs-ilp", 2, learner);
        assertEquals(
                List.of(1, 2),
                learning.lesson("drugs-ilp", 3, learner, Language.ENGLISH).read());
        assertEquals(4, Reading.read(learning, "drugs-ilp", 3, learner));
        assertEquals(5, Reading.read(learning, "drugs-ilp", 4, learner));
        assertFalse(mine(learner, Language.ENGLISH).lessonsCompleted());
        assertEquals(0, Reading.read(learning, "drugs-ilp", 5, learner), "the last lesson leads out of the player");
        LearningService.Learning mine = mine(learner, Language.of("ru").orElseThrow());
        assertTrue(mine.lessonsCompleted());
        assertEquals(5, mine.read());
    }

    @Test
    void shouldRecordALessonReadOnlyOnceShownToThatLearnerAndInOrder() {
        Person learner = people.person("GE");
        learning.startOrResume("drugs-ilp", learner);
        for (int n = 1; n <= 5; n++) {
            int position = n;
            assertThrows(
                    DomainException.Conflict.class,
                    () -> learning.read("drugs-ilp", position, learner),
                    "lesson " + n + " was never shown");
        }
        Person other = people.person("GE");
        learning.startOrResume("drugs-ilp", other);
        learning.lesson("drugs-ilp", 1, other, Language.ENGLISH);
        assertThrows(
                DomainException.Conflict.class,
                () -> learning.read("drugs-ilp", 1, learner),
                "shown to someone else, not to this learner");

        LearningService.PlayerLesson third = learning.lesson("drugs-ilp", 3, learner, Language.ENGLISH);
        assertFalse(third.isReadable(), "looking ahead is allowed, reading ahead is not");
        assertEquals(1, third.nextToRead());
        assertThrows(DomainException.Conflict.class, () -> learning.read("drugs-ilp", 3, learner), "out of order");
        assertEquals(0, mine(learner, Language.ENGLISH).read(), "nothing was recorded");

        assertTrue(learning.lesson("drugs-ilp", 1, learner, Language.ENGLISH).isReadable());
        assertEquals(2, learning.read("drugs-ilp", 1, learner));
        assertEquals(3, Reading.read(learning, "drugs-ilp", 2, learner));
        assertEquals(4, learning.read("drugs-ilp", 3, learner), "lesson 3 was shown before, and is next now");
        assertEquals(
                List.of(1, 2, 3),
                learning.lesson("drugs-ilp", 4, learner, Language.ENGLISH).read());
    }

    /** Read as a request would: in a session of its own, not the test's. */
    private LearningService.Learning mine(Person learner, Language language) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> learning.mine(learner, language).get(0));
    }

    @Test
    void shouldWriteWellFormedStatementsInOrder() {
        Person learner = people.person("UA");
        learning.startOrResume("thb-ilp", learner);
        Reading.read(learning, "thb-ilp", 1, learner);
        learning.read("thb-ilp", 1, learner);
        learning.startOrResume("thb-ilp", learner);

        List<JsonNode> written = statements.of(learner.id, null, 10);
        assertEquals(
                List.of("resumed", "experienced", "launched"),
                written.stream().map(s -> s.at("/verb/display/en-US").asText()).toList(),
                "newest first; reading a lesson twice is one statement");
        String registration = written.get(2).at("/context/registration").asText();
        for (JsonNode s : written) {
            assertEquals(36, s.get("id").asText().length());
            assertEquals("1.0.3", s.get("version").asText());
            assertEquals("Agent", s.at("/actor/objectType").asText());
            assertEquals(learner.username, s.at("/actor/account/name").asText());
            assertTrue(s.at("/verb/id").asText().startsWith("http://adlnet.gov/expapi/verbs/"));
            assertEquals("Activity", s.at("/object/objectType").asText());
            assertEquals(registration, s.at("/context/registration").asText());
            assertEquals("topcop-learn", s.at("/authority/account/name").asText());
            assertFalse(s.get("timestamp").asText().isEmpty());
            assertFalse(s.get("stored").asText().isEmpty());
        }
        JsonNode lesson = written.get(1);
        assertTrue(lesson.at("/object/id").asText().endsWith("/xapi/activities/modules/thb-ilp/lessons/1"));
        assertEquals(
                "http://adlnet.gov/expapi/activities/lesson",
                lesson.at("/object/definition/type").asText());
        assertTrue(lesson.at("/context/contextActivities/parent/0/id").asText().endsWith("/modules/thb-ilp"));
        assertEquals(
                1,
                statements.of(learner.id, lesson.at("/object/id").asText(), 10).size());
    }

    @Test
    void shouldKeepTheVersionTheLearnerStartedWhenANewOneIsPublished() {
        String prefix = "pl" + UUID.randomUUID().toString().substring(0, 8);
        String module = ContentFixture.publishModule(importer, prefix, 2, null);
        Person learner = people.person("MD");
        learning.startOrResume(module, learner);
        ContentFixture.publishModule(importer, prefix, 2, "A **new** first lesson.");
        var lesson = learning.lesson(module, 1, learner, Language.ENGLISH).lesson();
        assertEquals(1, lesson.version());
        assertFalse(lesson.html().contains("new"));
        Person newcomer = people.person("MD");
        learning.startOrResume(module, newcomer);
        assertEquals(
                2,
                learning.lesson(module, 1, newcomer, Language.ENGLISH).lesson().version());
    }
}
