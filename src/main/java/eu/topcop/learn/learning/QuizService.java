package eu.topcop.learn.learning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.topcop.learn.content.Quiz;
import eu.topcop.learn.content.QuizQuestion;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.learning.StatementStore.Verb;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.web.DomainException;

/**
 * Quiz attempts. An attempt draws its questions from the module version's bank at random, in random order,
 * with every choice under an id drawn for the attempt ({@link QuizPapers}: nothing on the paper is derived from
 * the answer key), and keeps that paper for good. The server enforces the attempt limit and the time
 * limit, scores exactly ({@link Scoring}) and applies the pass mark. Submitting twice has one effect: the
 * second gets the first's result. Passing the quiz with every lesson read completes the module, which the
 * enrolment gate then reads.
 *
 * <p>Before the first lesson the learner may take a <em>pre-test</em>, attempt number 0: a paper drawn from
 * the same bank, scored the same way, but neither passed nor failed, with no feedback (it would give the
 * answers away), and not counted against the attempt limit. The first quiz attempt is its post-test; the two
 * scores give the knowledge gain ({@link KnowledgeGain}).
 */
@ApplicationScoped
public class QuizService {

    /** A question as the learner sees it in an attempt, in their language. */
    public record PaperQuestion(String key, String type, String text, List<Choice> choices, List<Choice> targets) {}

    /**
     * A choice (option, true or false, item to order, left or right of a pair) with the value the form sends
     * back for it: an id drawn at random for the attempt, which says nothing about the answer. The text of a
     * true-false choice is "true" or "false", for the page to name in the reader's language.
     */
    public record Choice(String value, String text) {}

    /** An attempt to take or taken. */
    public record AttemptView(
            String module,
            int number,
            boolean preTest,
            int passMark,
            Instant deadlineAt,
            boolean submitted,
            List<PaperQuestion> questions,
            long attemptId) {}

    /**
     * One question's outcome with its feedback: the learner's answer and, where the module shows them, the right
     * one, each as lines to read ({@link QuizPapers#answerLines}); {@code answer} is empty where it is hidden.
     */
    public record Outcome(
            String key,
            String text,
            double score,
            boolean right,
            String feedback,
            String type,
            List<String> given,
            List<String> answer) {

        /** Some credit but not all (multiple choice, matching). */
        public boolean partly() {
            return score > 0 && score < 1;
        }
    }

    /**
     * What the learner does after a result: see the certificate this completion brought ({@code certificate}),
     * read on ({@code lessons}, at {@code lesson}), try again ({@code try-again}), or go back to their learning
     * ({@code learning}, also when no attempt is left: {@code exhausted}).
     */
    public record NextStep(String kind, int lesson) {}

    /**
     * A submitted attempt. A pre-test shows its score only. The post-test (attempt 1) carries the pre-test's
     * score and the gain in percentage points when the learner took the pre-test.
     */
    public record Result(
            String module,
            int number,
            boolean preTest,
            BigDecimal score,
            boolean passed,
            boolean late,
            int passMark,
            List<Outcome> outcomes,
            boolean moduleCompleted,
            BigDecimal preTestScore,
            BigDecimal gain,
            boolean rightAnswersShown,
            boolean translated,
            NextStep next,
            long attemptId) {

        /** The score as a whole percentage in the reader's locale (see {@link Percentages}). */
        public String percent(java.util.Locale locale) {
            return Percentages.whole(score, locale);
        }

        public String passMarkPercent(java.util.Locale locale) {
            return Percentages.whole(BigDecimal.valueOf(passMark), locale);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    StatementStore statements;

    @Inject
    ModuleCompletion completion;

    /**
     * Starts an attempt, or returns the one still open: a double click starts one attempt, since the start
     * holds the progress row (as every writer of attempts does) and a second start waits and finds the first.
     */
    @Transactional
    public int start(String module, Person learner) {
        ModuleProgress progress = locked(module, learner);
        QuizAttempt open = em.createQuery(
                        "select a from QuizAttempt a where a.progress = :p and a.number > 0 and a.submittedAt is null",
                        QuizAttempt.class)
                .setParameter("p", progress)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (open != null && !open.isLate(now())) {
            return open.number;
        }
        if (open != null) {
            closeLate(open);
        }
        if (progress.quizPassedAt != null) {
            throw new DomainException.Conflict("You have passed this quiz already");
        }
        Quiz quiz = quiz(progress);
        long used = quizAttempts(progress);
        if (quiz.maxAttempts != null && used >= quiz.maxAttempts) {
            throw new DomainException.Conflict("You have used all " + quiz.maxAttempts + " attempts at this quiz");
        }
        return draw(progress, quiz, (short) (used + 1));
    }

    /**
     * Starts the pre-test, or returns it if taken or open (number 0). Only before the first lesson is read and
     * the first quiz attempt: afterwards it would not measure what the learner knew before.
     */
    @Transactional
    public int startPreTest(String module, Person learner) {
        ModuleProgress progress = locked(module, learner);
        if (attemptOrNull(progress, 0) != null) {
            return 0;
        }
        if (lessonsRead(progress) > 0 || quizAttempts(progress) > 0) {
            throw new DomainException.Conflict(
                    "The pre-test is taken before the first lesson; you have begun the module already");
        }
        return draw(progress, quiz(progress), (short) 0);
    }

    /** Whether the learner may still take the pre-test (started the module, read nothing, no attempt yet). */
    public boolean preTestOffered(String module, Person learner) {
        if (learner.id == null) {
            return false;
        }
        Long offered = em.createQuery(
                        "select count(p) from ModuleProgress p where p.person.id = :person and p.moduleCode = :m"
                                + " and not exists (select 1 from QuizAttempt a where a.progress = p)"
                                + " and not exists (select 1 from LessonRead r where r.progressId = p.id)",
                        Long.class)
                .setParameter("person", learner.id)
                .setParameter("m", module)
                .getSingleResult();
        return offered > 0;
    }

    private int draw(ModuleProgress progress, Quiz quiz, short number) {
        List<Map<String, Object>> paper = QuizPapers.drawPaper(questions(quiz), quiz.draw);
        QuizAttempt attempt = new QuizAttempt();
        attempt.progress = progress;
        attempt.number = number;
        attempt.paper = paper;
        attempt.startedAt = now();
        attempt.deadlineAt =
                quiz.timeLimitMinutes == null ? null : attempt.startedAt.plusSeconds(60L * quiz.timeLimitMinutes);
        attempt.persist();
        statements.record(
                progress.person,
                Verb.ATTEMPTED,
                assessment(attempt),
                moduleActivity(progress.moduleCode),
                progress.registration,
                null);
        return attempt.number;
    }

    /** The attempt's paper in the learner's language; nothing changes by reading it. */
    public AttemptView attempt(String module, int number, Person learner, Language language) {
        QuizAttempt attempt = attempt(progress(module, learner), number);
        Quiz quiz = quiz(attempt.progress);
        List<PaperQuestion> questions = QuizPapers.paper(attempt.paper, byKey(quiz), language);
        return new AttemptView(
                module,
                number,
                attempt.isPreTest(),
                quiz.passMark,
                attempt.deadlineAt,
                attempt.isSubmitted(),
                questions,
                attempt.id);
    }

    /**
     * Submits answers (question key to the paper's choice ids, see {@link QuizPapers#toBank}); a second
     * submission returns the first's result. Holds the progress row: a passing submission and the last lesson
     * read at the same moment take turns, so neither fact is lost and the module completes.
     */
    @Transactional
    public Result submit(
            String module, int number, Person learner, Map<String, List<String>> answers, Language language) {
        ModuleProgress progress = locked(module, learner);
        QuizAttempt attempt = attempt(progress, number);
        // Read once for the grading and the result (issue 17, P3: a submission is a dozen round trips).
        Quiz quiz = quiz(progress);
        Map<String, QuizQuestion> byKey = byKey(quiz);
        if (!attempt.isSubmitted()) {
            if (attempt.isPreTest() && lessonsRead(progress) > 0) {
                throw new DomainException.Conflict(
                                "The pre-test closed when you began the lessons; it measures what you knew before them")
                        .because("", LearningMessages.class, "pretest_closed");
            }
            if (attempt.isLate(now())) {
                closeLate(attempt);
            } else {
                grade(attempt, quiz, byKey, answers == null ? Map.of() : answers);
            }
        }
        return result(attempt, quiz, byKey, language);
    }

    public Result result(String module, int number, Person learner, Language language) {
        QuizAttempt attempt = attempt(progress(module, learner), number);
        if (!attempt.isSubmitted()) {
            throw new DomainException.NotFound("Attempt " + number + " is not submitted yet");
        }
        return result(attempt, language);
    }

    private void grade(
            QuizAttempt attempt, Quiz quiz, Map<String, QuizQuestion> byKey, Map<String, List<String>> answers) {
        ModuleProgress progress = attempt.progress;
        QuizPapers.Graded graded = QuizPapers.grade(attempt.paper, byKey, answers);
        // The answers and the result as one write: a 16-answer paper is two INSERTs, not 34 (issue 17, P3).
        List<ObjectNode> drafts = new ArrayList<>();
        graded.scores()
                .forEach((key, score) -> drafts.add(statements.draft(
                        progress.person,
                        Verb.ANSWERED,
                        questionActivity(assessment(attempt), key),
                        assessment(attempt),
                        progress.registration,
                        Map.of("success", score == 1.0, "score", Map.of("scaled", score)))));
        BigDecimal percent = graded.percent();
        // Kept in the bank's terms, for the question paper only: the result and its feedback read them. Bounded
        // by the paper (QuizPapers.toBank keeps at most one value per choice or item): a submission stores no
        // megabytes.
        attempt.answers = graded.answers();
        attempt.score = percent;
        attempt.passed = attempt.isPreTest() ? null : percent.compareTo(BigDecimal.valueOf(quiz.passMark)) >= 0;
        attempt.submittedAt = now();
        Map<String, Object> result = new LinkedHashMap<>();
        if (!attempt.isPreTest()) {
            result.put("success", attempt.passed);
        }
        result.put(
                "score",
                Map.of("scaled", percent.doubleValue() / 100, "raw", percent.doubleValue(), "min", 0, "max", 100));
        drafts.add(statements.draft(
                progress.person,
                attempt.isPreTest() ? Verb.SCORED : attempt.passed ? Verb.PASSED : Verb.FAILED,
                assessment(attempt),
                moduleActivity(progress.moduleCode),
                progress.registration,
                result));
        statements.recordAll(progress.person, drafts);
        if (attempt.isPreTest()) {
            return;
        }
        if (attempt.passed && progress.quizPassedAt == null) {
            progress.quizPassedAt = attempt.submittedAt;
        }
        completion.completeIfDone(progress, now());
    }

    private void closeLate(QuizAttempt attempt) {
        attempt.submittedAt = now();
        attempt.late = true;
        attempt.score = BigDecimal.ZERO.setScale(2);
        attempt.passed = attempt.isPreTest() ? null : false;
        attempt.answers = Map.of();
        statements.record(
                attempt.progress.person,
                attempt.isPreTest() ? Verb.SCORED : Verb.FAILED,
                assessment(attempt),
                moduleActivity(attempt.progress.moduleCode),
                attempt.progress.registration,
                attempt.isPreTest()
                        ? Map.of("score", Map.of("scaled", 0))
                        : Map.of("success", false, "score", Map.of("scaled", 0)));
    }

    private Result result(QuizAttempt attempt, Language language) {
        Quiz quiz = quiz(attempt.progress);
        return result(attempt, quiz, byKey(quiz), language);
    }

    private Result result(QuizAttempt attempt, Quiz quiz, Map<String, QuizQuestion> byKey, Language language) {
        List<Outcome> outcomes = new ArrayList<>();
        boolean translated = true;
        for (Map<String, Object> entry : attempt.paper) {
            QuizQuestion q = byKey.get((String) entry.get("key"));
            translated &= QuizPapers.translated(q, language);
            if (attempt.isPreTest()) {
                continue;
            }
            List<String> given = attempt.answers == null ? List.of() : attempt.answers.get(q.key);
            double score = Scoring.score(q.type, q.definition, given);
            outcomes.add(new Outcome(
                    q.key,
                    QuizPapers.text(q.definition.get("text"), language),
                    score,
                    score == 1.0,
                    QuizPapers.feedback(q, given, language),
                    q.type,
                    QuizPapers.answerLines(q, given, language),
                    quiz.showRightAnswers ? QuizPapers.rightLines(q, language) : List.of()));
        }
        QuizAttempt preTest = attempt.number == 1 ? attemptOrNull(attempt.progress, 0) : null;
        BigDecimal before = KnowledgeGain.counts(preTest) && KnowledgeGain.counts(attempt) ? preTest.score : null;
        return new Result(
                attempt.progress.moduleCode,
                attempt.number,
                attempt.isPreTest(),
                attempt.score,
                Boolean.TRUE.equals(attempt.passed),
                attempt.late,
                quiz.passMark,
                outcomes,
                attempt.progress.completedAt != null,
                before,
                before == null ? null : attempt.score.subtract(before),
                quiz.showRightAnswers && !attempt.isPreTest(),
                translated,
                next(attempt, quiz),
                attempt.id);
    }

    /** The step after this result, from the progress as it stands now (a later attempt may have changed it). */
    private NextStep next(QuizAttempt attempt, Quiz quiz) {
        ModuleProgress progress = attempt.progress;
        int lesson = (int) lessonsRead(progress) + 1;
        if (progress.completedAt != null) {
            return new NextStep(certificateSince(progress) ? "certificate" : "learning", 0);
        }
        if (attempt.isPreTest() || progress.quizPassedAt != null) {
            return new NextStep("lessons", Math.min(lesson, progress.lessons));
        }
        if (quiz.maxAttempts == null || quizAttempts(progress) < quiz.maxAttempts) {
            return new NextStep("try-again", 0);
        }
        return new NextStep("exhausted", 0);
    }

    /** Whether completing this module brought a certificate (of its course or curriculum). */
    private boolean certificateSince(ModuleProgress progress) {
        return em.createQuery(
                                "select count(c) from Certificate c where c.person.id = :p and c.issuedAt >= :at",
                                Long.class)
                        .setParameter("p", progress.person.id)
                        .setParameter("at", progress.completedAt)
                        .getSingleResult()
                > 0;
    }

    private ModuleProgress progress(String module, Person learner) {
        if (learner.id == null) {
            throw new DomainException.NotFound("You have not started module '" + module + "'");
        }
        return em.createQuery(
                        "select p from ModuleProgress p join fetch p.person where p.person.id = :person and p.moduleCode = :m",
                        ModuleProgress.class)
                .setParameter("person", learner.id)
                .setParameter("m", module)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException.NotFound("You have not started module '" + module + "'"));
    }

    /** The learner's progress, held until commit: every writer of attempts and of the progress comes here. */
    private ModuleProgress locked(String module, Person learner) {
        if (learner.id == null) {
            throw new DomainException.NotFound("You have not started module '" + module + "'");
        }
        return ModuleProgress.locked(learner.id, module)
                .orElseThrow(() -> new DomainException.NotFound("You have not started module '" + module + "'"));
    }

    private QuizAttempt attempt(ModuleProgress progress, int number) {
        QuizAttempt attempt = attemptOrNull(progress, number);
        if (attempt == null) {
            throw new DomainException.NotFound(number == 0 ? "No pre-test taken" : "No attempt " + number);
        }
        return attempt;
    }

    private QuizAttempt attemptOrNull(ModuleProgress progress, int number) {
        return em.createQuery("select a from QuizAttempt a where a.progress = :p and a.number = :n", QuizAttempt.class)
                .setParameter("p", progress)
                .setParameter("n", (short) number)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** Quiz attempts used, the pre-test not counted. */
    private long quizAttempts(ModuleProgress progress) {
        return em.createQuery("select count(a) from QuizAttempt a where a.progress = :p and a.number > 0", Long.class)
                .setParameter("p", progress)
                .getSingleResult();
    }

    private long lessonsRead(ModuleProgress progress) {
        return em.createQuery("select count(r) from LessonRead r where r.progressId = :p", Long.class)
                .setParameter("p", progress.id)
                .getSingleResult();
    }

    private Quiz quiz(ModuleProgress progress) {
        return em.createQuery(
                        "select q from Quiz q where q.moduleVersion.module.code = :m and q.moduleVersion.version = :v",
                        Quiz.class)
                .setParameter("m", progress.moduleCode)
                .setParameter("v", progress.version)
                .getSingleResult();
    }

    private List<QuizQuestion> questions(Quiz quiz) {
        return em.createQuery(
                        "select q from QuizQuestion q where q.quiz = :quiz order by q.position", QuizQuestion.class)
                .setParameter("quiz", quiz)
                .getResultList();
    }

    private Map<String, QuizQuestion> byKey(Quiz quiz) {
        Map<String, QuizQuestion> map = new LinkedHashMap<>();
        questions(quiz).forEach(q -> map.put(q.key, q));
        return map;
    }

    private StatementStore.Activity moduleActivity(String module) {
        return statements.module(module, module);
    }

    private StatementStore.Activity quizActivity(String module) {
        return new StatementStore.Activity(
                statements.module(module, module).id() + "/quiz",
                "http://adlnet.gov/expapi/activities/assessment",
                "Quiz");
    }

    /** The quiz, or for attempt 0 the pre-test: separate activities, so the cohort's failures are the quiz's. */
    private StatementStore.Activity assessment(QuizAttempt attempt) {
        if (!attempt.isPreTest()) {
            return quizActivity(attempt.progress.moduleCode);
        }
        return new StatementStore.Activity(
                statements
                                .module(attempt.progress.moduleCode, attempt.progress.moduleCode)
                                .id() + "/pre-test",
                "http://adlnet.gov/expapi/activities/assessment",
                "Pre-test");
    }

    private StatementStore.Activity questionActivity(StatementStore.Activity assessment, String key) {
        return new StatementStore.Activity(
                assessment.id() + "/questions/" + key, "http://adlnet.gov/expapi/activities/cmi.interaction", key);
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
