package eu.topcop.learn.lrs;

/**
 * What the system launches for a learner, as the feature that launches it knows it: the learning feature's modules
 * today, cmi5 courses next. The LRS issues a launch credential only for a registration such a feature says is the
 * learner's own, so the LRS never reads another feature's tables.
 */
public interface LaunchTargets {

    /** Whether {@code registration} is the person's own attempt at {@code activity} (or at something it contains). */
    boolean owns(long personId, String registration, String activity);
}
