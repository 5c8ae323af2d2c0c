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
}
