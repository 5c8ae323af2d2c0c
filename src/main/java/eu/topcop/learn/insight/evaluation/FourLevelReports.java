package eu.topcop.learn.insight.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import eu.topcop.learn.catalogue.Course;
import eu.topcop.learn.catalogue.Curriculum;
import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.insight.evaluation.EvaluationViewer.Viewer;
import eu.topcop.learn.insight.evaluation.FourLevelViews.Line;
import eu.topcop.learn.insight.evaluation.FourLevelViews.Report;
import eu.topcop.learn.insight.evaluation.FourLevelViews.Scope;
import eu.topcop.learn.insight.evaluation.FourLevelViews.Subject;
import eu.topcop.learn.insight.evaluation.FourLevelViews.SurveyLink;
import eu.topcop.learn.insight.results.ResultFigures;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;
import eu.topcop.learn.platform.time.ReaderTime;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.security.ForbiddenException;

/**
 * Kirkpatrick's four levels side by side, for an offering, a course (its offerings compared, with its self-paced
 * online deliveries and its multiplication courses as lines of their own), a curriculum (its courses) or a country
 * and crime priority (the courses of that priority, counted for that country's people). Six grouped statements
 * whatever the data: the lines' names, invitations, reaction scores, "applied" answers, knowledge-test pairs and
 * operational results, each grouped by course and offering and summed into lines here.
 *
 * <p><b>What is counted.</b> Level 1: reaction surveys (every trigger that names a course) and the reaction score of
 * their answers, 0–100 (the measured question of each instrument version, {@code survey_instrument_measure}).
 * Level 2: face-to-face knowledge tests, pairs of a pre- and post-test both submitted in time. Level 3: follow-ups,
 * the share saying they apply the learning, participants and supervisors apart. Level 4: participations in ended
 * offerings (approved applications; one officer in two offerings counts twice), and of those whose 12 months after
 * the offering's last day are over, the ones named on a validated operational action, Joint Action Day or joint
 * investigation team of the training's priority in those months (the rule of {@link ResultFigures}, counted from
 * the offering's end rather than a first completion, so that offerings compare). A country's figures count the
 * respondents, test takers and participants of that country.
 *
 * <p><b>Hiding.</b> A reaction score or applied share of fewer than {@code lms.evaluation.smallest-cell} respondents
 * and a level 4 share of fewer than {@link ResultFigures#MINIMUM_OFFICERS} officers are withheld. The total is
 * withheld too when the lines it hides would be given away by subtraction: it shows only when the hidden lines
 * together are none or at least that many.
 */
@ApplicationScoped
public class FourLevelReports {

    private static final String OPERATIONAL = "('OPERATIONAL_ACTION', 'JOINT_ACTION_DAY', 'JOINT_INVESTIGATION_TEAM')";

    /** How many lines a report lists at most (a course's offerings over many years). */
    static final int MAX_LINES = 400;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    EvaluationSettings settings;

    @Inject
    eu.topcop.learn.catalogue.CatalogueService catalogue;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    /** The raw counts of a line, added up before anything is hidden. */
    static final class Sums {
        long reactionInvited;
        long reactionAnswered;
        long responses;
        double points;
        long pairs;
        BigDecimal pre = BigDecimal.ZERO;
        BigDecimal post = BigDecimal.ZERO;
        long behaviourInvited;
        long behaviourAnswered;
        long participants;
        long participantsApplied;
        long supervisors;
        long supervisorsApplied;
        long enrolled;
        long yearOver;
        long involved;

        void add(Sums o) {
            reactionInvited += o.reactionInvited;
            reactionAnswered += o.reactionAnswered;
            responses += o.responses;
            points += o.points;
            pairs += o.pairs;
            pre = pre.add(o.pre);
            post = post.add(o.post);
            behaviourInvited += o.behaviourInvited;
            behaviourAnswered += o.behaviourAnswered;
            participants += o.participants;
            participantsApplied += o.participantsApplied;
            supervisors += o.supervisors;
            supervisorsApplied += o.supervisorsApplied;
            enrolled += o.enrolled;
            yearOver += o.yearOver;
            involved += o.involved;
        }
    }

    /** A line being built: its name and where it leads, and its sums. */
    private record Draft(String key, String label, String detail, String path, Sums sums) {}

    /** The resolved subject and the SQL that keeps a statement to it. */
    private record Target(Subject subject, String condition, Map<String, Object> parameters, Long priorityId) {}

    /**
     * The report of {@code scope} for {@code code} (the crime priority's, for a country and priority), counted for
     * {@code country} when given. A coordinator's figures are their country's whatever they ask; a trainer reads the
     * offerings they train, whole.
     */
    public Report report(Scope scope, String code, String country, Viewer viewer, Language language) {
        Target target = target(scope, code, country, viewer, language);
        LocalDate today = LocalDate.now(clock);
        Map<String, Draft> drafts = lines(target, today, language);
        collect(target, today, drafts);
        int smallest = settings.smallestCell();
        List<Line> lines = new ArrayList<>();
        Sums all = new Sums();
        Sums hidden = new Sums();
        for (Draft d : drafts.values()) {
            all.add(d.sums());
            Line line = line(d, smallest);
            lines.add(line);
            if (line.reaction().hidden()) {
                hidden.responses += d.sums().responses;
            }
            if (line.behaviour().participantsHidden()) {
                hidden.participants += d.sums().participants;
            }
            if (line.behaviour().supervisorsHidden()) {
                hidden.supervisors += d.sums().supervisors;
            }
            if (line.results().hidden()) {
                hidden.yearOver += d.sums().yearOver;
            }
        }
        Line total = total(all, hidden, smallest, lines.size());
        return new Report(
                target.subject(),
                today,
                smallest,
                ResultFigures.MINIMUM_OFFICERS,
                lines,
                total,
                scope == Scope.OFFERING ? surveys(target) : List.of());
    }

    /**
     * What the viewer may choose a report by: managers every curriculum and course and every partner country;
     * coordinators the same, counted for their own country; trainers the offerings they train (three statements).
     */
    public FourLevelViews.Index index(Viewer viewer, Language language) {
        boolean reads = viewer.everything() || viewer.coordinatedCountry() != null;
        List<FourLevelViews.CurriculumChoice> curricula = new ArrayList<>();
        List<FourLevelViews.Choice> countries = new ArrayList<>();
        List<FourLevelViews.Choice> priorities = new ArrayList<>();
        if (reads) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT c.code, c.title, k.code, k.title FROM curriculum c"
                            + " JOIN course k ON k.curriculum_id = c.id ORDER BY c.code, k.position, k.id")
                    .getResultList();
            Map<String, FourLevelViews.CurriculumChoice> byCode = new LinkedHashMap<>();
            for (Object[] r : rows) {
                byCode.computeIfAbsent(
                                (String) r[0],
                                code -> new FourLevelViews.CurriculumChoice(
                                        code,
                                        Localized.pick(titles(r[1]), language).text(),
                                        new ArrayList<>()))
                        .courses()
                        .add(new FourLevelViews.Choice(
                                (String) r[2],
                                Localized.pick(titles(r[3]), language).text(),
                                null));
            }
            curricula.addAll(byCode.values());
            catalogue.partnerCountries(language).stream()
                    .filter(c -> viewer.everything() || c.code().equals(viewer.coordinatedCountry()))
                    .forEach(c -> countries.add(new FourLevelViews.Choice(c.code(), c.name(), null)));
            catalogue
                    .portfolioNames(language)
                    .forEach((code, name) -> priorities.add(new FourLevelViews.Choice(code, name, null)));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> trained = em.createNativeQuery("SELECT o.code, k.title, o.starts_on, o.ends_on FROM"
                        + " offering_trainer t JOIN offering o ON o.id = t.offering_id JOIN course k ON k.id = o.course_id"
                        + " WHERE t.username = :u AND o.starts_on <= :today ORDER BY o.starts_on DESC, o.id DESC")
                .setParameter("u", viewer.username())
                .setParameter("today", LocalDate.now(clock))
                .setMaxResults(50)
                .getResultList();
        List<FourLevelViews.Choice> offerings = trained.stream()
                .map(r -> new FourLevelViews.Choice(
                        (String) r[0],
                        Localized.pick(titles(r[1]), language).text(),
                        dates(localDate(r[2]), localDate(r[3]), language)))
                .toList();
        return new FourLevelViews.Index(curricula, countries, priorities, offerings, viewer.everything());
    }

    private Target target(Scope scope, String code, String country, Viewer viewer, Language language) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        return switch (scope) {
            case OFFERING -> {
                Offering offering = Offering.<Offering>find("code", code)
                        .firstResultOptional()
                        .orElseThrow(() -> new DomainException.NotFound("No such offering"));
                String counted = trains(offering.id, viewer) ? null : countryFor(viewer, country);
                parameters.put("offering", offering.id);
                yield new Target(
                        subject(
                                scope,
                                code,
                                Localized.pick(offering.course.title, language).text() + " · "
                                        + dates(offering.startsOn, offering.endsOn, language),
                                counted,
                                language,
                                "/evaluation/reports/offerings/" + code),
                        "o.id = :offering",
                        parameters,
                        null);
            }
            case COURSE -> {
                Course course = Course.<Course>find("code", code)
                        .firstResultOptional()
                        .orElseThrow(() -> new DomainException.NotFound("No such course"));
                parameters.put("course", course.id);
                yield new Target(
                        subject(
                                scope,
                                code,
                                Localized.pick(course.title, language).text(),
                                countryFor(viewer, country),
                                language,
                                "/evaluation/reports/courses/" + code),
                        "k.id = :course",
                        parameters,
                        null);
            }
            case CURRICULUM -> {
                Curriculum curriculum = Curriculum.<Curriculum>find("code", code)
                        .firstResultOptional()
                        .orElseThrow(() -> new DomainException.NotFound("No such curriculum"));
                parameters.put("curriculum", curriculum.id);
                yield new Target(
                        subject(
                                scope,
                                code,
                                Localized.pick(curriculum.title, language).text(),
                                countryFor(viewer, country),
                                language,
                                "/evaluation/reports/curricula/" + code),
                        "k.curriculum_id = :curriculum",
                        parameters,
                        null);
            }
            case COUNTRY_PRIORITY -> {
                if (country == null || country.isBlank()) {
                    throw new DomainException.NotFound("No such country");
                }
                List<?> found = em.createNativeQuery("SELECT id FROM crime_priority WHERE code = :p AND portfolio")
                        .setParameter("p", code)
                        .getResultList();
                if (found.isEmpty()
                        || em.createNativeQuery("SELECT 1 FROM country WHERE code = :c")
                                .setParameter("c", country)
                                .getResultList()
                                .isEmpty()) {
                    throw new DomainException.NotFound("No such country or crime priority");
                }
                long priorityId = ((Number) found.get(0)).longValue();
                parameters.put("priority", priorityId);
                String counted = countryFor(viewer, country);
                yield new Target(
                        subject(
                                scope,
                                code,
                                priorityName(code, language),
                                counted,
                                language,
                                "/evaluation/reports/countries/" + counted + "/priorities/" + code),
                        "k.curriculum_id IN (SELECT cp.curriculum_id FROM curriculum_priority cp"
                                + " WHERE cp.crime_priority_id = :priority)",
                        parameters,
                        priorityId);
            }
        };
    }

    /** The lines in order, before any figure: offerings for an offering or a course, courses otherwise. */
    private Map<String, Draft> lines(Target target, LocalDate today, Language language) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Scope scope = target.subject().scope();
        if (scope == Scope.OFFERING || scope == Scope.COURSE) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = bind(
                            em.createNativeQuery("SELECT o.id, o.code, o.starts_on, o.ends_on FROM offering o"
                                    + " JOIN course k ON k.id = o.course_id WHERE " + target.condition()
                                    + " AND (o.status <> 'CANCELLED' AND o.starts_on <= :today OR o.id = :only)"
                                    + " ORDER BY o.starts_on DESC, o.id DESC"),
                            target)
                    .setParameter("today", today)
                    .setParameter("only", target.parameters().getOrDefault("offering", -1L))
                    .setMaxResults(MAX_LINES)
                    .getResultList();
            // The newest offerings when there are more than a page holds, shown oldest first.
            rows = new ArrayList<>(rows);
            java.util.Collections.reverse(rows);
            for (Object[] r : rows) {
                String code = (String) r[1];
                String when = dates(localDate(r[2]), localDate(r[3]), language);
                drafts.put(
                        "o" + ((Number) r[0]).longValue(),
                        scope == Scope.OFFERING
                                ? new Draft("o" + r[0], target.subject().title(), code, null, new Sums())
                                : new Draft(
                                        "o" + r[0], when, code, "/evaluation/reports/offerings/" + code, new Sums()));
            }
        } else {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = bind(
                            em.createNativeQuery("SELECT k.id, k.code, k.title, c.code FROM course k"
                                    + " JOIN curriculum c ON c.id = k.curriculum_id WHERE " + target.condition()
                                    + " ORDER BY c.code, k.position, k.id"),
                            target)
                    .setMaxResults(MAX_LINES)
                    .getResultList();
            for (Object[] r : rows) {
                String code = (String) r[1];
                drafts.put(
                        "k" + ((Number) r[0]).longValue(),
                        new Draft(
                                "k" + r[0],
                                Localized.pick(titles(r[2]), language).text(),
                                code,
                                "/evaluation/reports/courses/" + code,
                                new Sums()));
            }
        }
        return drafts;
    }

    /** Every level's figures, grouped by course, offering and survey subject, added to their lines. */
    private void collect(Target target, LocalDate today, Map<String, Draft> drafts) {
        Scope scope = target.subject().scope();
        String country = target.subject().country();
        // Surveys name their course and, for an offering, the offering (the statements below join them as k and o).
        Function<String, String> surveys = joins -> " FROM survey s JOIN course k ON k.id = s.course_id"
                + " LEFT JOIN offering o ON o.id = s.offering_id" + joins + " WHERE " + target.condition();

        for (Object[] r : rows(
                "SELECT s.course_id, s.offering_id, s.subject_kind, s.level, i.role, COUNT(*), COUNT(i.answered_on)"
                        + surveys.apply(" JOIN survey_invitation i ON i.survey_id = s.id")
                        + (country == null ? "" : " AND i.country_code = :country")
                        + " GROUP BY s.course_id, s.offering_id, s.subject_kind, s.level, i.role",
                target)) {
            Sums sums = sums(drafts, scope, r, target.subject().title());
            if (sums == null) {
                continue;
            }
            if (eu.topcop.learn.content.SurveyInstrument.REACTION.equals(r[3])) {
                sums.reactionInvited += number(r[5]);
                sums.reactionAnswered += number(r[6]);
            } else if (eu.topcop.learn.content.SurveyInstrument.BEHAVIOUR.equals(r[3])) {
                sums.behaviourInvited += number(r[5]);
                sums.behaviourAnswered += number(r[6]);
            }
        }

        for (Object[] r : rows(
                "SELECT s.course_id, s.offering_id, s.subject_kind, COUNT(DISTINCT a.response_id),"
                        + " SUM(100 * (a.number - m.lowest) / (m.highest - m.lowest))"
                        + surveys.apply(" JOIN survey_answer a ON a.survey_id = s.id"
                                + " JOIN survey_instrument_measure m ON m.instrument_version_id = s.instrument_version_id"
                                + " AND m.question_code = a.question_code AND m.option_code = '' AND m.measure = 'reaction'"
                                + (country == null ? "" : " JOIN survey_response r ON r.id = a.response_id"))
                        + " AND s.level = 'reaction' AND a.number IS NOT NULL"
                        + (country == null ? "" : " AND r.country_code = :country")
                        + " GROUP BY s.course_id, s.offering_id, s.subject_kind",
                target)) {
            Sums sums = sums(drafts, scope, r, target.subject().title());
            if (sums != null) {
                sums.responses += number(r[3]);
                sums.points += r[4] == null ? 0 : ((Number) r[4]).doubleValue();
            }
        }

        for (Object[] r : rows(
                "SELECT s.course_id, s.offering_id, s.subject_kind, COALESCE(i.role, 'PARTICIPANT'),"
                        + " COUNT(DISTINCT a.response_id), COUNT(DISTINCT IF(m.applied, a.response_id, NULL))"
                        + surveys.apply(" JOIN survey_answer a ON a.survey_id = s.id"
                                + " JOIN survey_instrument_measure m ON m.instrument_version_id = s.instrument_version_id"
                                + " AND m.question_code = a.question_code AND m.option_code = a.option_code"
                                + " AND m.measure = 'applied' JOIN survey_response r ON r.id = a.response_id"
                                + " LEFT JOIN survey_invitation i ON i.id = r.invitation_id")
                        + " AND s.level = 'behaviour'" + (country == null ? "" : " AND r.country_code = :country")
                        + " GROUP BY s.course_id, s.offering_id, s.subject_kind, COALESCE(i.role, 'PARTICIPANT')",
                target)) {
            Sums sums = sums(drafts, scope, r, target.subject().title());
            if (sums == null) {
                continue;
            }
            if (SurveyInvitation.Role.SUPERVISOR.name().equals(r[3])) {
                sums.supervisors += number(r[4]);
                sums.supervisorsApplied += number(r[5]);
            } else {
                sums.participants += number(r[4]);
                sums.participantsApplied += number(r[5]);
            }
        }

        for (Object[] r : rows(
                "SELECT o.course_id, o.id, 'OFFERING', COUNT(*), SUM(pre.score), SUM(post.score)"
                        + " FROM knowledge_test_attempt pre JOIN knowledge_test_attempt post"
                        + " ON post.offering_id = pre.offering_id AND post.person_id = pre.person_id"
                        + " AND post.phase = 'POST' AND post.submitted_at IS NOT NULL AND NOT post.late"
                        + " JOIN offering o ON o.id = pre.offering_id JOIN course k ON k.id = o.course_id"
                        + (country == null ? "" : " JOIN person p ON p.id = pre.person_id")
                        + " WHERE pre.phase = 'PRE' AND pre.submitted_at IS NOT NULL AND NOT pre.late AND "
                        + target.condition() + (country == null ? "" : " AND p.country_code = :country")
                        + " GROUP BY o.course_id, o.id",
                target)) {
            Sums sums = sums(drafts, scope, r, target.subject().title());
            if (sums != null) {
                sums.pairs += number(r[3]);
                sums.pre = sums.pre.add(decimal(r[4]));
                sums.post = sums.post.add(decimal(r[5]));
            }
        }

        String priority = target.priorityId() != null
                ? " AND x.crime_priority_id = :priority"
                : " AND x.crime_priority_id IN (SELECT cp.crime_priority_id FROM curriculum_priority cp"
                        + " WHERE cp.curriculum_id = k.curriculum_id)";
        for (Object[] r : rows(
                "SELECT o.course_id, o.id, 'OFFERING', COUNT(DISTINCT a.person_id),"
                        + " COUNT(DISTINCT IF(o.ends_on <= :yearAgo, a.person_id, NULL)),"
                        + " COUNT(DISTINCT IF(o.ends_on <= :yearAgo AND EXISTS (SELECT 1 FROM operational_result_officer ro"
                        + " JOIN operational_result x ON x.id = ro.result_id WHERE ro.person_id = a.person_id"
                        + " AND x.status = 'VALIDATED' AND x.kind IN " + OPERATIONAL
                        + " AND x.occurred_on > o.ends_on AND x.occurred_on <= DATE_ADD(o.ends_on, INTERVAL 12 MONTH)"
                        + priority + "), a.person_id, NULL))"
                        + " FROM application a JOIN offering o ON o.id = a.offering_id JOIN course k ON k.id = o.course_id"
                        + " WHERE a.status = 'APPROVED' AND o.status <> 'CANCELLED' AND o.ends_on < :today AND "
                        + target.condition() + (country == null ? "" : " AND a.country_code = :country")
                        + " GROUP BY o.course_id, o.id",
                target,
                Map.of("today", today, "yearAgo", today.minusMonths(12)))) {
            Sums sums = sums(drafts, scope, r, target.subject().title());
            if (sums != null) {
                sums.enrolled += number(r[3]);
                sums.yearOver += number(r[4]);
                sums.involved += number(r[5]);
            }
        }
    }

    /**
     * The sums of the line a grouped row (course id, offering id, subject kind, ...) belongs to: its offering's, or
     * its course's; the online and multiplication deliveries of a course get lines of their own when they have data.
     */
    private static Sums sums(Map<String, Draft> drafts, Scope scope, Object[] row, String title) {
        String key;
        if (scope == Scope.CURRICULUM || scope == Scope.COUNTRY_PRIORITY) {
            key = "k" + number(row[0]);
        } else if (row[1] != null) {
            key = "o" + number(row[1]);
        } else if (scope == Scope.COURSE) {
            key = "ONLINE_COURSE".equals(row[2])
                    ? "online"
                    : "MULTIPLICATION_COURSE".equals(row[2]) ? "multiplication" : null;
            if (key != null && !drafts.containsKey(key)) {
                drafts.put(key, new Draft(key, key, null, null, new Sums()));
            }
        } else {
            key = null;
        }
        Draft draft = key == null ? null : drafts.get(key);
        return draft == null ? null : draft.sums();
    }

    /** The offering's surveys, newest first, for the page to link to their own reports. */
    private List<SurveyLink> surveys(Target target) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(
                        em.createNativeQuery("SELECT s.id, s.level, s.subject_period FROM survey s"
                                + " JOIN offering o ON o.id = s.offering_id JOIN course k ON k.id = o.course_id WHERE "
                                + target.condition() + " ORDER BY s.created_at DESC, s.id DESC"),
                        target)
                .setMaxResults(50)
                .getResultList();
        return rows.stream()
                .map(r -> new SurveyLink(number(r[0]), (String) r[1], (String) r[2]))
                .toList();
    }

    private static Line line(Draft d, int smallest) {
        return figures(d.key(), d.label(), d.detail(), d.path(), d.sums(), smallest, false, false, false, false);
    }

    /** The total line, with the rule against subtraction applied to every hidden figure. */
    private static Line total(Sums all, Sums hidden, int smallest, int lines) {
        boolean single = lines <= 1;
        return figures(
                "total",
                null,
                null,
                null,
                all,
                smallest,
                !single && gives(hidden.responses, smallest),
                !single && gives(hidden.participants, smallest),
                !single && gives(hidden.supervisors, smallest),
                !single && gives(hidden.yearOver, ResultFigures.MINIMUM_OFFICERS));
    }

    /** Hidden lines whose count, by subtraction, would be a figure of fewer than allowed. */
    private static boolean gives(long hiddenCount, int smallest) {
        return hiddenCount > 0 && hiddenCount < smallest;
    }

    private static Line figures(
            String key,
            String label,
            String detail,
            String path,
            Sums s,
            int smallest,
            boolean hideReaction,
            boolean hideParticipants,
            boolean hideSupervisors,
            boolean hideResults) {
        boolean reactionHidden = hideReaction || s.responses < smallest;
        boolean participantsHidden = hideParticipants || s.participants < smallest;
        boolean supervisorsHidden = hideSupervisors || s.supervisors < smallest;
        boolean resultsHidden = hideResults || s.yearOver < ResultFigures.MINIMUM_OFFICERS;
        return new Line(
                key,
                label,
                detail,
                path,
                new FourLevelViews.Reaction(
                        s.reactionInvited,
                        s.reactionAnswered,
                        rate(s.reactionAnswered, s.reactionInvited),
                        s.responses,
                        reactionHidden ? null : (int) Math.round(s.points / s.responses),
                        reactionHidden),
                new FourLevelViews.Learning(
                        s.pairs, mean(s.pre, s.pairs), mean(s.post, s.pairs), mean(s.post.subtract(s.pre), s.pairs)),
                new FourLevelViews.Behaviour(
                        s.behaviourInvited,
                        s.behaviourAnswered,
                        rate(s.behaviourAnswered, s.behaviourInvited),
                        s.participants,
                        participantsHidden ? null : rate(s.participantsApplied, s.participants),
                        participantsHidden,
                        s.supervisors,
                        supervisorsHidden ? null : rate(s.supervisorsApplied, s.supervisors),
                        supervisorsHidden),
                new FourLevelViews.Results(
                        s.enrolled,
                        s.yearOver,
                        resultsHidden ? null : s.involved,
                        resultsHidden ? null : percent(s.involved, s.yearOver),
                        resultsHidden));
    }

    /** The country a viewer's figures are counted for: theirs for a coordinator, any (or none) for managers. */
    private static String countryFor(Viewer viewer, String asked) {
        String country = asked == null || asked.isBlank() ? null : asked;
        if (viewer.everything()) {
            return country;
        }
        if (viewer.coordinatedCountry() != null) {
            if (country != null && !country.equals(viewer.coordinatedCountry())) {
                throw new ForbiddenException("A national coordinator reads their own country's figures only");
            }
            return viewer.coordinatedCountry();
        }
        throw new ForbiddenException("Evaluation reports are for course managers, coordinators and trainers");
    }

    /** Whether the viewer trains the offering (and so reads its report whole). */
    private boolean trains(long offeringId, Viewer viewer) {
        return !viewer.everything()
                && !em.createNativeQuery("SELECT 1 FROM offering_trainer WHERE offering_id = :o AND username = :u")
                        .setParameter("o", offeringId)
                        .setParameter("u", viewer.username())
                        .getResultList()
                        .isEmpty();
    }

    private Subject subject(Scope scope, String code, String title, String country, Language language, String path) {
        return new Subject(
                scope,
                code,
                title,
                country,
                country == null ? null : new java.util.Locale("", country).getDisplayCountry(language.locale()),
                path);
    }

    private String priorityName(String code, Language language) {
        return catalogue.portfolioNames(language).getOrDefault(code, code);
    }

    static String dates(LocalDate from, LocalDate to, Language language) {
        ReaderTime days = ReaderTime.days(language.locale());
        return days.date(from) + " – " + days.date(to);
    }

    private List<Object[]> rows(String sql, Target target) {
        return rows(sql, target, Map.of());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Target target, Map<String, Object> more) {
        Query query = bind(em.createNativeQuery(sql), target);
        if (target.subject().country() != null) {
            query.setParameter("country", target.subject().country());
        }
        more.forEach(query::setParameter);
        return query.getResultList();
    }

    private static Query bind(Query query, Target target) {
        target.parameters().forEach(query::setParameter);
        return query;
    }

    private static Integer rate(long part, long whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal mean(BigDecimal sum, long n) {
        return n == 0 ? null : sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** A JSON title column as a native query hands it over. */
    private Map<String, String> titles(Object column) {
        try {
            return json.readValue(
                    column.toString(), new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {});
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Map.of("en", column.toString());
        }
    }
}
