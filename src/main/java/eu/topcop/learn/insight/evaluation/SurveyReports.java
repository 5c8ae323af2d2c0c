package eu.topcop.learn.insight.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.content.SurveyInstrument;
import eu.topcop.learn.insight.evaluation.EvaluationViewer.Viewer;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;
import eu.topcop.learn.platform.web.DomainException;

/**
 * The organisers' side: surveys with their live response rates, and one survey's report. Reports are totals
 * only; any figure based on fewer respondents than the smallest cell is hidden, and free text goes only to the
 * offering's course manager and trainers. Each report costs the same few statements whatever its size.
 */
@ApplicationScoped
public class SurveyReports {

    public record SurveyRow(
            long id,
            String title,
            String period,
            String level,
            String subject,
            Instant createdAt,
            long invited,
            long answered) {

        /** The response rate in whole percent, or null before anyone was invited. */
        public Integer rate() {
            return invited == 0 ? null : (int) Math.round(100.0 * answered / invited);
        }

        public String rateText() {
            Integer rate = rate();
            return rate == null ? "—" : rate.toString();
        }
    }

    public record Page(List<SurveyRow> rows, String next) {}

    public record Share(String value, String label, long count, Integer percent) {}

    /** One question's totals; {@code hidden} when fewer than the smallest cell answered it. */
    public record QuestionResult(
            String code, String type, String text, long respondents, boolean hidden, Double mean, List<Share> shares) {}

    public record NonRespondent(String name, String country, String role, Instant closesAt) {}

    public record Report(
            SurveyRow survey,
            boolean anonymous,
            String instrumentTitle,
            int smallest,
            long responses,
            Integer reactionScore,
            Integer appliedShare,
            List<QuestionResult> questions,
            boolean freeTextAllowed,
            Map<String, List<String>> freeText,
            List<NonRespondent> nonRespondents) {}

    @Inject
    EntityManager em;

    @Inject
    SurveyService surveys;

    @Inject
    EvaluationSettings settings;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    /** The surveys the viewer may see, newest first, {@code size} at a time after the cursor {@code after}. */
    public Page list(Viewer viewer, String after, int size, Language language) {
        Instant afterAt = Instant.parse("9999-12-31T00:00:00Z");
        long afterId = Long.MAX_VALUE;
        if (after != null && after.matches("\\d{1,19}_\\d{1,19}")) {
            String[] parts = after.split("_");
            afterAt = Instant.ofEpochMilli(Long.parseLong(parts[0]));
            afterId = Long.parseLong(parts[1]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT s.id, s.subject_title, s.subject_period, s.level,"
                        + " s.subject_kind, s.created_at, COUNT(i.id), COUNT(i.answered_on) FROM survey s"
                        + " LEFT JOIN survey_invitation i ON i.survey_id = s.id AND (:counted IS NULL OR i.country_code ="
                        + " :counted) WHERE " + VISIBLE
                        + " AND (s.created_at < :afterAt OR (s.created_at = :afterAt AND"
                        + " s.id < :afterId)) GROUP BY s.id ORDER BY s.created_at DESC, s.id DESC")
                .setParameter("all", viewer.everything())
                .setParameter("user", viewer.username())
                .setParameter("country", viewer.coordinatedCountry())
                .setParameter("counted", countedCountry(viewer))
                .setParameter("afterAt", afterAt)
                .setParameter("afterId", afterId)
                .setMaxResults(size + 1)
                .getResultList();
        List<SurveyRow> list = new ArrayList<>();
        for (Object[] r : rows.subList(0, Math.min(size, rows.size()))) {
            list.add(row(r, language));
        }
        String next = rows.size() > size
                ? list.get(size - 1).createdAt().toEpochMilli() + "_"
                        + list.get(size - 1).id()
                : null;
        return new Page(list, next);
    }

    /** One survey's report, if the viewer may see it. */
    public Report report(long surveyId, Viewer viewer, Language language) {
        Survey survey = visible(surveyId, viewer);
        SurveyInstrument instrument = surveys.instrument(survey);
        SurveyRow row = row(survey, viewer, language);
        long responses = SurveyResponse.count("surveyId", surveyId);
        int smallest = settings.smallestCell();
        Map<String, Long> respondents = new HashMap<>();
        for (Object[] r : rows(
                "SELECT question_code, COUNT(DISTINCT response_id) FROM survey_answer WHERE survey_id = :s"
                        + " GROUP BY question_code",
                surveyId)) {
            respondents.put((String) r[0], ((Number) r[1]).longValue());
        }
        Map<String, Map<String, Long>> counted = new HashMap<>();
        for (Object[] r : rows(
                "SELECT question_code, COALESCE(option_code, CAST(number AS CHAR)), COUNT(*) FROM"
                        + " survey_answer WHERE survey_id = :s AND text IS NULL GROUP BY question_code, option_code, number",
                surveyId)) {
            counted.computeIfAbsent((String) r[0], k -> new HashMap<>())
                    .put((String) r[1], ((Number) r[2]).longValue());
        }
        List<QuestionResult> questions = new ArrayList<>();
        SurveyInstrument.Question reaction =
                ReactionSummaries.reactionQuestion(instrument).orElse(null);
        Integer reactionScore = null;
        Integer appliedShare = null;
        for (SurveyInstrument.Question q : instrument.questions()) {
            long n = respondents.getOrDefault(q.code(), 0L);
            boolean hidden = n < smallest;
            Map<String, Long> values = counted.getOrDefault(q.code(), Map.of());
            Double mean = null;
            List<Share> shares = new ArrayList<>();
            if (!hidden && !q.asksForText()) {
                if (q.type().equals("rating") || q.type().equals("likert")) {
                    long sum = 0;
                    for (var v : values.entrySet()) {
                        sum += Long.parseLong(v.getKey()) * v.getValue();
                    }
                    mean = Math.round(10.0 * sum / n) / 10.0;
                    if (q == reaction) {
                        reactionScore = ReactionSummaries.reactionScore(q, sum, n, responses, smallest);
                    }
                }
                if (SurveyInstrument.MEASURE_APPLIED.equals(q.measure())) {
                    long applied = q.options().stream()
                            .filter(o -> Boolean.TRUE.equals(o.applied()))
                            .mapToLong(o -> values.getOrDefault(o.code(), 0L))
                            .sum();
                    appliedShare = (int) Math.round(100.0 * applied / n);
                }
                for (var choice : SurveyService.choices(q, language)) {
                    long count = values.getOrDefault(choice.value(), 0L);
                    shares.add(new Share(choice.value(), choice.label(), count, (int) Math.round(100.0 * count / n)));
                }
            }
            questions.add(new QuestionResult(
                    q.code(), q.type(), Localized.pick(q.text(), language).text(), n, hidden, mean, shares));
        }
        boolean freeTextAllowed = mayReadFreeText(survey, viewer);
        Map<String, List<String>> freeText = new HashMap<>();
        if (freeTextAllowed && (!survey.anonymous || responses >= smallest)) {
            // Sorted by the text itself, never by time or id: the order says nothing of who wrote what.
            for (Object[] r : rows(
                    "SELECT question_code, text FROM survey_answer WHERE survey_id = :s AND text IS NOT"
                            + " NULL ORDER BY question_code, text",
                    surveyId)) {
                freeText.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
            }
        }
        return new Report(
                row,
                survey.anonymous,
                Localized.pick(instrument.title(), language).text(),
                smallest,
                responses,
                reactionScore,
                responses < smallest ? null : appliedShare,
                questions,
                freeTextAllowed,
                freeText,
                nonRespondents(survey, viewer));
    }

    /**
     * The survey with its invitations and answers counted (a coordinator's country only), if the viewer may see
     * it: all that the report page polls for while answers come in.
     */
    public SurveyRow rate(long surveyId, Viewer viewer, Language language) {
        return row(visible(surveyId, viewer), viewer, language);
    }

    private SurveyRow row(Survey survey, Viewer viewer, Language language) {
        Object[] counts = (Object[]) em.createNativeQuery(
                        "SELECT COUNT(i.id), COUNT(i.answered_on) FROM"
                                + " survey_invitation i WHERE i.survey_id = :s AND (:counted IS NULL OR i.country_code = :counted)")
                .setParameter("s", survey.id)
                .setParameter("counted", countedCountry(viewer))
                .getSingleResult();
        return new SurveyRow(
                survey.id,
                Localized.pick(survey.subjectTitle, language).text(),
                survey.subjectPeriod,
                survey.level,
                survey.subject.name(),
                survey.createdAt,
                ((Number) counts[0]).longValue(),
                ((Number) counts[1]).longValue());
    }

    /** Who was asked and has not answered: all of them for organisers, a coordinator's own country for them. */
    private List<NonRespondent> nonRespondents(Survey survey, Viewer viewer) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT p.name, i.country_code, i.role, i.closes_at FROM"
                                + " survey_invitation i JOIN person p ON p.id = i.person_id WHERE i.survey_id = :s AND"
                                + " i.answered_on IS NULL AND (:counted IS NULL OR i.country_code = :counted) ORDER BY p.name, i.id")
                .setParameter("s", survey.id)
                .setParameter(
                        "counted",
                        viewer.everything() || organises(survey, viewer) ? null : viewer.coordinatedCountry())
                .setMaxResults(500)
                .getResultList();
        return rows.stream()
                .map(r -> new NonRespondent((String) r[0], (String) r[1], (String) r[2], instant(r[3])))
                .toList();
    }

    /** The survey if the viewer may see it; "not found" otherwise, so that its existence is not revealed. */
    Survey visible(long surveyId, Viewer viewer) {
        Number seen = (Number) em.createNativeQuery("SELECT COUNT(*) FROM survey s WHERE s.id = :id AND " + VISIBLE)
                .setParameter("id", surveyId)
                .setParameter("all", viewer.everything())
                .setParameter("user", viewer.username())
                .setParameter("country", viewer.coordinatedCountry())
                .getSingleResult();
        if (seen.longValue() == 0) {
            throw new DomainException.NotFound("No such survey");
        }
        return em.find(Survey.class, surveyId);
    }

    private static final String VISIBLE = "(:all OR s.organiser = :user OR EXISTS (SELECT 1 FROM offering_trainer t"
            + " WHERE t.offering_id = s.offering_id AND t.username = :user) OR (:country IS NOT NULL AND EXISTS (SELECT 1"
            + " FROM survey_invitation c WHERE c.survey_id = s.id AND c.country_code = :country)))";

    /** The offering's course manager and trainers; for a survey without an offering, any course manager. */
    private boolean mayReadFreeText(Survey survey, Viewer viewer) {
        if (survey.offeringId == null) {
            return viewer.manager();
        }
        return organises(survey, viewer);
    }

    /** The offering's course manager or one of its trainers. */
    private boolean organises(Survey survey, Viewer viewer) {
        if (viewer.username().equals(survey.organiser)) {
            return true;
        }
        if (survey.offeringId == null) {
            return false;
        }
        Number trainer = (Number)
                em.createNativeQuery("SELECT COUNT(*) FROM offering_trainer WHERE offering_id = :o AND username = :u")
                        .setParameter("o", survey.offeringId)
                        .setParameter("u", viewer.username())
                        .getSingleResult();
        return trainer.longValue() > 0;
    }

    /** A coordinator who sees a survey only through their country counts their country's respondents only. */
    private static String countedCountry(Viewer viewer) {
        return viewer.everything() ? null : viewer.coordinatedCountry();
    }

    private List<Object[]> rows(String sql, long surveyId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(sql).setParameter("s", surveyId).getResultList();
        return rows;
    }

    private SurveyRow row(Object[] r, Language language) {
        @SuppressWarnings("unchecked")
        Map<String, String> title = r[1] instanceof Map<?, ?> m ? (Map<String, String>) m : parse((String) r[1]);
        return new SurveyRow(
                ((Number) r[0]).longValue(),
                Localized.pick(title, language).text(),
                (String) r[2],
                (String) r[3],
                (String) r[4],
                instant(r[5]),
                ((Number) r[6]).longValue(),
                ((Number) r[7]).longValue());
    }

    /** A native query's TIMESTAMP, as the driver hands it over. */
    static Instant instant(Object value) {
        return eu.topcop.learn.platform.persistence.SqlValues.instant(value);
    }

    private Map<String, String> parse(String title) {
        try {
            return json.readValue(title, new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {});
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Map.of("en", title);
        }
    }
}
