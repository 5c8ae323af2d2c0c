package eu.topcop.learn.insight.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.content.SurveyInstrument;
import eu.topcop.learn.content.SurveyInstruments;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the reaction survey of a thing said, for the feature that owns the thing (a multiplication course's page
 * and API, ...): who was asked, who answered, and the reaction score, hidden like every figure of a report while
 * fewer than the smallest cell answered. One subject or a page of them costs the same two statements; a report
 * and this summary compute the score in one place ({@link #reactionScore}).
 */
@ApplicationScoped
public class ReactionSummaries {

    @Schema(
            description = "The participants' own evaluation (Kirkpatrick level 1): the reaction survey sent when the"
                    + " activity was reported, with its response rate and reaction score")
    public record Reaction(
            @Schema(description = "The survey, whose report is /evaluation/surveys/{surveyId}")
            long surveyId,

            @Schema(description = "People asked") long invited,
            @Schema(description = "People who answered") long answered,

            @Schema(description = "Responses recorded (anonymous surveys count them apart from the invitations)")
            long responses,

            @Schema(
                    description = "Reaction score, 0 to 100; null while fewer than smallestCell responded,"
                            + " so that nobody's answer can be told",
                    nullable = true)
            Integer reactionScore,

            @Schema(description = "The fewest respondents a figure is shown for")
            int smallestCell,

            @Schema(description = "When the last invitation closes; null before anyone was asked", nullable = true)
            Instant closesAt,

            @Schema(description = "Whether answers are still accepted")
            boolean open) {

        /** The response rate in whole percent, or null before anyone was invited. */
        public Integer rate() {
            return invited == 0 ? null : (int) Math.round(100.0 * answered / invited);
        }

        /** The day answers stop, for pages (UTC, as the invitations' closing times are kept). */
        public LocalDate closesOn() {
            return closesAt == null ? null : LocalDate.ofInstant(closesAt, ZoneOffset.UTC);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    SurveyInstruments instruments;

    @Inject
    EvaluationSettings settings;

    @Inject
    Clock clock;

    /** A published version never changes (a changed file publishes a new one), so its reaction question is kept. */
    private final Map<Long, Optional<SurveyInstrument.Question>> reactionQuestions = new ConcurrentHashMap<>();

    /** The reaction of one subject: the latest survey about it, if one was sent. */
    public Optional<Reaction> of(Survey.Subject subject, long subjectId) {
        return Optional.ofNullable(of(subject, List.of(subjectId)).get(subjectId));
    }

    /**
     * The reactions of several subjects of one kind, by subject id (the latest survey of each; subjects without a
     * survey are absent): two statements whatever their number.
     */
    public Map<Long, Reaction> of(Survey.Subject subject, Collection<Long> subjectIds) {
        Map<Long, Reaction> reactions = new HashMap<>();
        if (subjectIds.isEmpty()) {
            return reactions;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> surveys = em.createNativeQuery("SELECT s.id, s.subject_id, s.instrument_version_id,"
                        + " COUNT(i.id), COUNT(i.answered_on), MAX(i.closes_at),"
                        + " (SELECT COUNT(*) FROM survey_response r WHERE r.survey_id = s.id)"
                        + " FROM survey s LEFT JOIN survey_invitation i ON i.survey_id = s.id"
                        + " WHERE s.subject_kind = :kind AND s.subject_id IN (:ids) GROUP BY s.id ORDER BY s.id")
                .setParameter("kind", subject.name())
                .setParameter("ids", subjectIds)
                .getResultList();
        // The latest survey of each subject wins: ordered by id, later rows replace earlier ones.
        Map<Long, Object[]> latest = new LinkedHashMap<>();
        for (Object[] s : surveys) {
            latest.put(((Number) s[1]).longValue(), s);
        }
        Map<Long, SurveyInstrument.Question> questionOf = new HashMap<>();
        for (Object[] s : latest.values()) {
            reactionQuestion(((Number) s[2]).longValue())
                    .ifPresent(q -> questionOf.put(((Number) s[0]).longValue(), q));
        }
        Map<Long, long[]> answers = answers(questionOf);
        Instant now = Instant.now(clock);
        int smallest = settings.smallestCell();
        for (var entry : latest.entrySet()) {
            Object[] s = entry.getValue();
            long surveyId = ((Number) s[0]).longValue();
            long responses = ((Number) s[6]).longValue();
            long[] numbers = answers.get(surveyId);
            SurveyInstrument.Question question = questionOf.get(surveyId);
            Integer score = question == null || numbers == null
                    ? null
                    : reactionScore(question, numbers[1], numbers[0], responses, smallest);
            Instant closesAt = s[5] == null ? null : SurveyReports.instant(s[5]);
            reactions.put(
                    entry.getKey(),
                    new Reaction(
                            surveyId,
                            ((Number) s[3]).longValue(),
                            ((Number) s[4]).longValue(),
                            responses,
                            score,
                            smallest,
                            closesAt,
                            closesAt != null && now.isBefore(closesAt)));
        }
        return reactions;
    }

    /** Per survey, the respondents of its reaction question and the sum of their numbers: one statement. */
    private Map<Long, long[]> answers(Map<Long, SurveyInstrument.Question> questionOf) {
        Map<Long, long[]> answers = new HashMap<>();
        if (questionOf.isEmpty()) {
            return answers;
        }
        List<String> codes = questionOf.values().stream()
                .map(SurveyInstrument.Question::code)
                .distinct()
                .toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.survey_id, a.question_code, COUNT(DISTINCT"
                        + " a.response_id), SUM(a.number) FROM survey_answer a WHERE a.survey_id IN (:surveys) AND"
                        + " a.question_code IN (:codes) AND a.number IS NOT NULL GROUP BY a.survey_id, a.question_code")
                .setParameter("surveys", new ArrayList<>(questionOf.keySet()))
                .setParameter("codes", codes)
                .getResultList();
        for (Object[] r : rows) {
            long surveyId = ((Number) r[0]).longValue();
            if (questionOf.get(surveyId).code().equals(r[1])) {
                answers.put(surveyId, new long[] {((Number) r[2]).longValue(), ((Number) r[3]).longValue()});
            }
        }
        return answers;
    }

    private Optional<SurveyInstrument.Question> reactionQuestion(long instrumentVersionId) {
        Optional<SurveyInstrument.Question> known = reactionQuestions.get(instrumentVersionId);
        if (known != null) {
            return known;
        }
        Optional<SurveyInstrument.Question> question =
                instruments.version(instrumentVersionId).flatMap(p -> reactionQuestion(p.instrument()));
        reactionQuestions.put(instrumentVersionId, question);
        return question;
    }

    /** The question whose mean is the reaction score: the one the instrument measures "reaction" with. */
    static Optional<SurveyInstrument.Question> reactionQuestion(SurveyInstrument instrument) {
        return instrument
                .measure(SurveyInstrument.MEASURE_REACTION)
                .filter(q -> q.type().equals("rating") || q.type().equals("likert"));
    }

    /**
     * The reaction score, 0 to 100, of a reaction question that {@code respondents} answered with numbers adding
     * up to {@code sum}: a 0–10 rating times ten, a Likert scale from its first point (0) to its last (100). Null
     * while fewer than the smallest cell answered the question or the survey.
     */
    static Integer reactionScore(
            SurveyInstrument.Question question, long sum, long respondents, long responses, int smallest) {
        if (respondents < smallest || responses < smallest) {
            return null;
        }
        double scaled = question.type().equals("rating")
                ? 10.0 * sum / respondents
                : 100.0 * ((double) sum / respondents - 1) / (question.maximum() - 1);
        return (int) Math.round(scaled);
    }
}
