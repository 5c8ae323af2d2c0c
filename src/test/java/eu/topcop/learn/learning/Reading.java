package eu.topcop.learn.learning;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;

/** Reads a lesson as a learner does in the player: the lesson is shown, then marked read. */
final class Reading {

    private Reading() {}

    /** Shows lesson {@code position} to the learner and marks it read; the lesson to go to next. */
    static int read(LearningService learning, String module, int position, Person learner) {
        learning.lesson(module, position, learner, Language.ENGLISH);
        return learning.read(module, position, learner);
    }
}
