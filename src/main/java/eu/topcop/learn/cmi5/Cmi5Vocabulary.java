package eu.topcop.learn.cmi5;

import java.util.Set;

/** The IRIs of cmi5 (9.3 verbs, 9.6.2 categories, 9.6.3 extensions, 10.0 state id, 11.0 profile id) in one place. */
final class Cmi5Vocabulary {

    private Cmi5Vocabulary() {}

    static final String ADL = "http://adlnet.gov/expapi/verbs/";
    static final String LAUNCHED = ADL + "launched";
    static final String INITIALIZED = ADL + "initialized";
    static final String COMPLETED = ADL + "completed";
    static final String PASSED = ADL + "passed";
    static final String FAILED = ADL + "failed";
    static final String TERMINATED = ADL + "terminated";
    static final String ABANDONED = "https://w3id.org/xapi/adl/verbs/abandoned";
    static final String WAIVED = "https://w3id.org/xapi/adl/verbs/waived";
    static final String SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";

    /** Verbs only the LMS states (9.3): an AU sending one is refused. */
    static final Set<String> LMS_VERBS = Set.of(LAUNCHED, ABANDONED, WAIVED, SATISFIED);

    /** The verbs an AU may send only in Normal mode, and once each per registration (completed, passed). */
    static final Set<String> JUDGING = Set.of(COMPLETED, PASSED, FAILED);

    static final String CATEGORY_CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    static final String CATEGORY_MOVE_ON = "https://w3id.org/xapi/cmi5/context/categories/moveon";

    static final String EXTENSIONS = "https://w3id.org/xapi/cmi5/context/extensions/";
    static final String SESSION_ID = EXTENSIONS + "sessionid";
    static final String LAUNCH_MODE = EXTENSIONS + "launchmode";
    static final String LAUNCH_URL = EXTENSIONS + "launchurl";
    static final String MOVE_ON = EXTENSIONS + "moveon";
    static final String LAUNCH_PARAMETERS = EXTENSIONS + "launchparameters";
    static final String MASTERY_SCORE = EXTENSIONS + "masteryscore";

    /** Why an AU was waived (9.3.7), in the waived statement's result. */
    static final String REASON = "https://w3id.org/xapi/cmi5/result/extensions/reason";

    static final String TYPE_COURSE = "https://w3id.org/xapi/cmi5/activitytype/course";
    static final String TYPE_BLOCK = "https://w3id.org/xapi/cmi5/activitytype/block";

    static final String LAUNCH_DATA = "LMS.LaunchData";
    static final String LEARNER_PREFERENCES = "cmi5LearnerPreferences";

    /** Launch modes (10.0): Normal records; Browse and Review let the learner look without being judged. */
    enum LaunchMode {
        Normal,
        Browse,
        Review
    }
}
