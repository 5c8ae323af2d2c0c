package eu.topcop.learn.lrs;

/**
 * A statement stored through /xapi with a launch credential, fired in the transaction that stores it: its actor is
 * the credential's learner and its registration the credential's (the LRS refused it otherwise). Features that
 * count outside statements toward progress observe it; statements from LRS clients are never announced.
 *
 * @param activity the object's id when the object is an activity, else null
 */
public record LaunchedStatement(long personId, String registration, String verb, String activity) {}
