package eu.topcop.learn.learning;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the module player, in {@code messages/learn_<language>.properties}; templates: {@code {learn:...}}. */
@MessageBundle(value = "learn", locale = "en")
public interface LearningMessages {

    @Message
    String learning_title();

    @Message
    String learning_empty();

    @Message
    String learning_lessons_done();

    @Message
    String learning_read(int read, int lessons);

    @Message
    String learning_lessons_completed();

    @Message
    String learning_resume();

    @Message
    String learning_read_next();

    @Message
    String learning_read_finish();

    @Message
    String learning_start();

    @Message
    String nav_my_learning();
}
