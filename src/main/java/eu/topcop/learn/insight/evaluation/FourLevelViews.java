package eu.topcop.learn.insight.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The four-level evaluation report as pages, exports and the API give it. */
public final class FourLevelViews {

    private FourLevelViews() {}

    /** What a report is about. */
    public enum Scope {
        OFFERING,
        COURSE,
        CURRICULUM,
        COUNTRY_PRIORITY
    }

    /**
     * The report's subject: its scope, the code of the offering, course or curriculum (or the crime priority), its
     * name in the reader's language, and the country its figures are counted for (null: every country).
     */
    public record Subject(Scope scope, String code, String title, String country, String countryName, String path) {}

    /**
     * Level 1: the reaction surveys' invitations and answers, and the reaction score (0–100) of the answers; the
     * score is null and {@code hidden} true when fewer than the smallest cell answered.
     */
    public record Reaction(
            long invited, long answered, Integer responseRate, long responses, Integer score, boolean hidden) {}

    /** Level 2: the face-to-face knowledge tests' pairs (pre and post in time) and their means, in percent. */
    public record Learning(long pairs, BigDecimal preTest, BigDecimal postTest, BigDecimal gain) {}

    /**
     * Level 3: the follow-ups' invitations and answers, and the share of participants and of supervisors who say
     * the learning is applied (each hidden under the smallest cell).
     */
    public record Behaviour(
            long invited,
            long answered,
            Integer responseRate,
            long participants,
            Integer participantsApplied,
            boolean participantsHidden,
            long supervisors,
            Integer supervisorsApplied,
            boolean supervisorsHidden) {}

    /**
     * Level 4: participations in ended offerings, those whose 12 months after the offering are over, and of them
     * the ones named on a validated operational action, Joint Action Day or joint investigation team of the
     * training's priority within those months (hidden under {@code ResultFigures.MINIMUM_OFFICERS}).
     */
    public record Results(long participants, long yearOver, Long involved, BigDecimal share, boolean hidden) {}

    /** One line of the report: an offering, a course, or the online or multiplication deliveries of a course. */
    public record Line(
            String key,
            String label,
            String detail,
            String path,
            Reaction reaction,
            Learning learning,
            Behaviour behaviour,
            Results results) {}

    /** A survey of the report's offering, linked to its own report. */
    public record SurveyLink(long id, String level, String period) {}

    public record Report(
            Subject subject,
            LocalDate today,
            int smallest,
            int minimumOfficers,
            List<Line> lines,
            Line total,
            List<SurveyLink> surveys) {}

    /** A course or curriculum, an offering, a country or a priority to choose a report by. */
    public record Choice(String code, String name, String detail) {}

    public record CurriculumChoice(String code, String name, List<Choice> courses) {}

    /** Where the reports start: what the viewer may choose. */
    public record Index(
            List<CurriculumChoice> curricula,
            List<Choice> countries,
            List<Choice> priorities,
            List<Choice> trainedOfferings,
            boolean everyCountry) {}
}
