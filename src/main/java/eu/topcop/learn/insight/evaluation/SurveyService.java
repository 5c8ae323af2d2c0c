package eu.topcop.learn.insight.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import eu.topcop.learn.content.SurveyInstrument;
import eu.topcop.learn.content.SurveyInstruments;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.insight.evaluation.EvaluationViews.Choice;
import eu.topcop.learn.insight.evaluation.EvaluationViews.MyInvitation;
import eu.topcop.learn.insight.evaluation.EvaluationViews.QuestionView;
import eu.topcop.learn.insight.evaluation.EvaluationViews.Questionnaire;
import eu.topcop.learn.insight.evaluation.EvaluationViews.SectionView;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;

/**
 * A respondent's side of a survey: what waits for them, the questionnaire in their language, and their answers,
 * checked against the instrument and recorded whole or not at all. Only the invited person can answer, once.
 */
@ApplicationScoped
public class SurveyService {

    /** The longest free-text answer: the column's width. */
    public static final int TEXT_LIMIT = 2000;

    /** Why an answer was refused; the message a page maps to the reader's language. */
    public enum Refusal {
        REQUIRED("This question needs an answer"),
        CHOICE("Choose one of the options shown"),
        RANGE("Choose a value on the scale"),
        TOO_LONG("The text is too long (at most " + TEXT_LIMIT + " characters)"),
        UNKNOWN("No such question in this survey");

        public final String message;

        Refusal(String message) {
            this.message = message;
        }

        public static Refusal of(String message) {
            for (Refusal r : values()) {
                if (r.message.equals(message)) {
                    return r;
                }
            }
            return UNKNOWN;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    SurveyInstruments instruments;

    @Inject
    Clock clock;

    @Inject
    SurveyLinks links;

    /** The person's invitations, open ones first, then the last year's answered or closed ones. */
    public List<MyInvitation> mine(long personId, Language language) {
        Instant now = Instant.now(clock);
        return em.createQuery(
                        "select i from SurveyInvitation i join fetch i.survey s where i.personId = :p"
                                + " and i.closesAt > :since order by i.closesAt desc, i.id desc",
                        SurveyInvitation.class)
                .setParameter("p", personId)
                .setParameter("since", now.minus(java.time.Duration.ofDays(365)))
                .setMaxResults(100)
                .getResultStream()
                .map(i -> new MyInvitation(
                        i.id,
                        Localized.pick(i.survey.subjectTitle, language).text(),
                        i.survey.subjectPeriod,
                        i.survey.level,
                        i.survey.subject.name(),
                        i.closesAt,
                        i.answeredOn != null ? "answered" : i.isOpen(now) ? "open" : "closed"))
                .sorted((a, b) -> Boolean.compare(b.isOpen(), a.isOpen()))
                .toList();
    }

    /** The questionnaire of the person's invitation, whether or not it can still be answered. */
    public Questionnaire questionnaire(long invitationId, long personId, Language language) {
        return questionnaire(own(invitationId, personId), language);
    }

    /** The questionnaire a signed link opens, in the language the invitation was written in. */
    public Optional<Questionnaire> questionnaireByLink(String token) {
        return links.genuine(token)
                .map(i -> questionnaire(i, Language.of(i.language).orElse(Language.ENGLISH)));
    }

    /** What a genuine link's invitation is now: "open", "answered" or "closed"; empty for anything else. */
    public Optional<String> stateByLink(String token) {
        return links.genuine(token).map(this::state);
    }

    private Questionnaire questionnaire(SurveyInvitation invitation, Language language) {
        SurveyInstrument instrument = instrument(invitation.survey);
        Localized title = Localized.pick(instrument.title(), language);
        List<SectionView> sections = instrument.sections().stream()
                .map(s -> new SectionView(
                        s.code(),
                        text(s.title(), language),
                        s.questions().stream().map(q -> view(q, language)).toList()))
                .toList();
        return new Questionnaire(
                invitation.id,
                Localized.pick(invitation.survey.subjectTitle, language).text(),
                invitation.survey.subjectPeriod,
                title.text(),
                invitation.aboutPersonId == null ? null : em.find(Person.class, invitation.aboutPersonId).name,
                instrument.introduction().isEmpty() ? null : text(instrument.introduction(), language),
                invitation.survey.anonymous,
                title.translated(),
                invitation.closesAt,
                sections,
                language.code());
    }

    /** Whether the invitation can be answered now; the reason it cannot otherwise ("answered" or "closed"). */
    public String state(long invitationId, long personId) {
        return state(own(invitationId, personId));
    }

    private String state(SurveyInvitation invitation) {
        return invitation.answeredOn != null ? "answered" : invitation.isOpen(Instant.now(clock)) ? "open" : "closed";
    }

    /**
     * Records the answers to the person's invitation: every question checked against the instrument, all
     * refusals named at once, and nothing written unless all is well. An anonymous survey's response keeps no
     * link to the invitation.
     */
    @Transactional
    public void answer(long invitationId, long personId, Map<String, List<String>> answers) {
        record(own(invitationId, personId), answers);
    }

    /** Records the answers given through a signed link; a link that opens nothing is "not found". */
    @Transactional
    public void answerByLink(String token, Map<String, List<String>> answers) {
        record(
                links.genuine(token).orElseThrow(() -> new DomainException.NotFound("No such survey invitation")),
                answers);
    }

    private void record(SurveyInvitation invitation, Map<String, List<String>> answers) {
        em.lock(invitation, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now(clock);
        if (invitation.answeredOn != null) {
            throw new DomainException.Conflict("This survey has already been answered");
        }
        if (!invitation.isOpen(now)) {
            throw new DomainException.Conflict("This survey is closed");
        }
        SurveyInstrument instrument = instrument(invitation.survey);
        List<SurveyAnswer> rows = check(instrument, answers);
        LocalDate today = LocalDate.now(clock);
        SurveyResponse response = new SurveyResponse();
        response.id = UUID.randomUUID().toString();
        response.surveyId = invitation.survey.id;
        response.invitationId = invitation.survey.anonymous ? null : invitation.id;
        response.country = invitation.country;
        response.language = invitation.language;
        response.submittedOn = today;
        response.persist();
        for (SurveyAnswer row : rows) {
            row.responseId = response.id;
            row.surveyId = response.surveyId;
            row.persist();
        }
        invitation.answered(today);
    }

    /** The answers as rows to store, or every refusal at once. */
    static List<SurveyAnswer> check(SurveyInstrument instrument, Map<String, List<String>> answers) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String code : answers.keySet()) {
            if (instrument.question(code).isEmpty()) {
                errors.add(new Problem.FieldError(code, Refusal.UNKNOWN.message));
            }
        }
        List<SurveyAnswer> rows = new ArrayList<>();
        for (SurveyInstrument.Question q : instrument.questions()) {
            List<String> given = answers.getOrDefault(q.code(), List.of()).stream()
                    .filter(v -> v != null && !v.isBlank())
                    .map(String::strip)
                    .toList();
            if (given.isEmpty()) {
                if (q.required()) {
                    errors.add(new Problem.FieldError(q.code(), Refusal.REQUIRED.message));
                }
                continue;
            }
            Refusal refusal = refusal(q, given);
            if (refusal != null) {
                errors.add(new Problem.FieldError(q.code(), refusal.message));
                continue;
            }
            switch (q.type()) {
                case "text" -> rows.add(row(q.code(), null, null, given.get(0)));
                case "single" -> rows.add(row(q.code(), given.get(0), null, null));
                case "multiple" -> new LinkedHashSet<>(given).forEach(o -> rows.add(row(q.code(), o, null, null)));
                default -> rows.add(row(q.code(), null, Integer.valueOf(given.get(0)), null));
            }
        }
        if (!errors.isEmpty()) {
            DomainException.Invalid refused = new DomainException.Invalid("Some answers cannot be accepted", errors);
            // Each question's reason in the respondent's language, for the page that shows the survey again.
            for (Problem.FieldError error : errors) {
                switch (Refusal.of(error.message())) {
                    case REQUIRED -> refused.because(error.field(), EvaluationMessages.class, "error_required");
                    case CHOICE, UNKNOWN -> refused.because(error.field(), EvaluationMessages.class, "error_choice");
                    case RANGE -> refused.because(error.field(), EvaluationMessages.class, "error_range");
                    case TOO_LONG ->
                        refused.because(
                                error.field(), EvaluationMessages.class, "error_too_long", String.valueOf(TEXT_LIMIT));
                }
            }
            throw refused;
        }
        return rows;
    }

    private static Refusal refusal(SurveyInstrument.Question q, List<String> given) {
        switch (q.type()) {
            case "text" -> {
                return given.size() != 1 ? Refusal.RANGE : given.get(0).length() > TEXT_LIMIT ? Refusal.TOO_LONG : null;
            }
            case "single", "multiple" -> {
                Set<String> known = new LinkedHashSet<>();
                q.options().forEach(o -> known.add(o.code()));
                boolean valid = known.containsAll(given) && (q.type().equals("multiple") || given.size() == 1);
                return valid ? null : Refusal.CHOICE;
            }
            default -> {
                int min = q.type().equals("rating") ? 0 : 1;
                if (given.size() != 1 || !given.get(0).matches("\\d{1,2}")) {
                    return Refusal.RANGE;
                }
                int value = Integer.parseInt(given.get(0));
                return value < min || value > q.maximum() ? Refusal.RANGE : null;
            }
        }
    }

    private static SurveyAnswer row(String question, String option, Integer number, String text) {
        SurveyAnswer answer = new SurveyAnswer();
        answer.questionCode = question;
        answer.optionCode = option;
        answer.number = number;
        answer.text = text;
        return answer;
    }

    SurveyInstrument instrument(Survey survey) {
        return instruments
                .version(survey.instrumentVersionId)
                .orElseThrow(() -> new IllegalStateException("Survey " + survey.id + " has no instrument"))
                .instrument();
    }

    /** The person's own invitation; anyone else's is "not found", so its existence is not revealed. */
    private SurveyInvitation own(long invitationId, long personId) {
        SurveyInvitation invitation = em.find(SurveyInvitation.class, invitationId);
        if (invitation == null || invitation.personId == null || invitation.personId != personId) {
            throw new DomainException.NotFound("No such survey invitation");
        }
        return invitation;
    }

    private static QuestionView view(SurveyInstrument.Question q, Language language) {
        List<Choice> choices = choices(q, language);
        return new QuestionView(
                q.code(),
                q.type(),
                text(q.text(), language),
                q.required(),
                choices,
                q.low().isEmpty() ? null : text(q.low(), language),
                q.high().isEmpty() ? null : text(q.high(), language));
    }

    /**
     * The answers a question offers, as a form sends them (Likert points 1..n, ratings 0..10, option codes) with
     * their labels in the reader's language: what the questionnaire shows and what a report counts.
     */
    static List<Choice> choices(SurveyInstrument.Question q, Language language) {
        return switch (q.type()) {
            case "likert" ->
                IntStream.range(0, q.points().size())
                        .mapToObj(i -> new Choice(
                                String.valueOf(i + 1), text(q.points().get(i), language)))
                        .toList();
            case "rating" ->
                IntStream.rangeClosed(0, 10)
                        .mapToObj(i -> new Choice(String.valueOf(i), String.valueOf(i)))
                        .toList();
            case "single", "multiple" ->
                q.options().stream()
                        .map(o -> new Choice(o.code(), text(o.text(), language)))
                        .toList();
            default -> List.of();
        };
    }

    private static String text(Map<String, String> texts, Language language) {
        return Localized.pick(texts, language).text();
    }
}
