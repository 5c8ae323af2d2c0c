package eu.topcop.learn.insight.evaluation;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How surveys are sent: which instruments, how long they stay open, when to remind, what a report hides. */
@ConfigMapping(prefix = "lms.evaluation")
public interface EvaluationSettings {

    /** The instrument of every reaction survey (level 1). */
    @WithDefault("reaction-standard")
    String reactionInstrument();

    /** Days a respondent has to answer. */
    @WithDefault("14")
    int openDays();

    /** Days after the invitation on which an unanswered one is reminded, in order. */
    @WithDefault("3,7")
    List<Integer> reminderDays();

    /** How far back a trigger looks when it first runs, so that switching evaluation on does not survey years. */
    @WithDefault("30")
    int lookbackDays();

    /** A report cell with fewer respondents than this is hidden. */
    @WithDefault("5")
    int smallestCell();

    /** Signs the links of respondents without an account (SurveyLinks); required, from the deployment's secrets. */
    String linkSecret();

    /** The instruments of the level 3 follow-ups, to the participant and to their supervisor. */
    @WithDefault("follow-up-participant")
    String participantFollowUpInstrument();

    @WithDefault("follow-up-supervisor")
    String supervisorFollowUpInstrument();

    /** Months after a completed training at which the follow-ups are sent, unless its curriculum says otherwise. */
    @WithDefault("3,6")
    List<Integer> followUpMonths();

    /** Per curriculum code, the months of its follow-ups (an empty list sends none). */
    java.util.Map<String, List<Integer>> curriculumFollowUpMonths();

    /** Days a follow-up stays open, the days it is reminded on, and the day the coordinator hears of silence. */
    @WithDefault("28")
    int followUpOpenDays();

    @WithDefault("7,14")
    List<Integer> followUpReminderDays();

    @WithDefault("17")
    int followUpEscalationDays();

    /** The months of a curriculum's follow-ups. */
    default List<Integer> followUpMonths(String curriculum) {
        return curriculumFollowUpMonths().getOrDefault(curriculum, followUpMonths());
    }

    /** How long a survey of this level stays open. */
    default int openDays(String level) {
        return eu.topcop.learn.content.SurveyInstrument.BEHAVIOUR.equals(level) ? followUpOpenDays() : openDays();
    }

    /** The days a survey of this level is reminded on. */
    default List<Integer> reminderDays(String level) {
        return eu.topcop.learn.content.SurveyInstrument.BEHAVIOUR.equals(level)
                ? followUpReminderDays()
                : reminderDays();
    }
}
