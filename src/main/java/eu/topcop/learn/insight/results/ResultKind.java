package eu.topcop.learn.insight.results;

import java.util.Set;

/**
 * What an operational result is. A fixed vocabulary of this feature (the evaluation counts them apart), unlike the
 * crime priorities, which are reference data. Each kind says which of the optional figures it carries.
 */
public enum ResultKind {
    /** Participation in an action of an EMPACT Operational Action Plan: its code and priority are required. */
    OPERATIONAL_ACTION,
    JOINT_ACTION_DAY,
    JOINT_INVESTIGATION_TEAM,
    /** A cross-border case opened; the count says how many when one record stands for several. */
    CROSS_BORDER_CASE,
    /** Assets frozen or seized; the amount in euros when it is known. */
    ASSETS,
    /** Arrests: the count is required. */
    ARRESTS;

    /** The kinds that show an officer taking part in an operation: figure (a) counts these. */
    public static final Set<ResultKind> OPERATIONAL =
            Set.of(OPERATIONAL_ACTION, JOINT_ACTION_DAY, JOINT_INVESTIGATION_TEAM);

    public boolean needsAction() {
        return this == OPERATIONAL_ACTION;
    }

    public boolean takesCount() {
        return this == ARRESTS || this == CROSS_BORDER_CASE;
    }

    public boolean needsCount() {
        return this == ARRESTS;
    }

    public boolean takesAmount() {
        return this == ASSETS;
    }
}
