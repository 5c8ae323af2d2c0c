package eu.topcop.learn.cmi5;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the cmi5 import page and the learner's course page ({@code messages/cmi5_<language>}). */
@MessageBundle(value = "cmi5", locale = "en")
public interface Cmi5Messages {

    @Message
    String nav_cmi5();

    @Message
    String intro();

    @Message
    String import_title();

    @Message
    String f_package();

    @Message
    String f_curriculum();

    @Message
    String f_hours();

    @Message
    String choose();

    @Message
    String import_package();

    @Message
    String imported(String code, Integer version);

    @Message
    String unchanged(String code, Integer version);

    @Message
    String courses_title();

    @Message
    String none();

    @Message
    String col_course();

    @Message
    String col_curriculum();

    @Message
    String col_current();

    @Message
    String col_versions();

    @Message
    String col_au();

    @Message
    String col_move_on();

    @Message
    String col_mastery();

    @Message
    String col_launch();

    @Message
    String remote();

    @Message
    String in_package();

    /** A problem of a field of the form (the package, the curriculum, the hours), which the field's label names. */
    @Message
    String detail(String what);

    /** One problem of a refused package, where it is: {@code cmi5.xml:12:5: what is wrong}. */
    @Message
    String problem(String where, String what);

    @Message
    String learner_intro();

    @Message
    String course_satisfied();

    @Message
    String col_status();

    @Message
    String status_not_attempted();

    @Message
    String status_in_progress();

    @Message
    String status_satisfied();

    @Message
    String status_waived_tested_out();

    @Message
    String status_waived_equivalent_au();

    @Message
    String status_waived_equivalent_outside_activity();

    @Message
    String status_waived_administrative();

    @Message
    String launch();
}
