package eu.topcop.learn.enrolment;

import java.util.List;

import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;

/**
 * The supervisor named cannot be kept: 422 naming each field ({@code supervisor.email}) with what is wrong, which
 * pages say in the reader's language. Nothing of the request is written.
 */
public class SupervisorRefused extends DomainException.Invalid {

    /** What can be wrong with a supervisor, with the field it concerns and what an API caller reads. */
    public enum Reason {
        NAME_MISSING("name", "give the supervisor's name"),
        NAME_TOO_LONG("name", "is too long: at most " + Supervisor.NAME_MAX + " characters"),
        EMAIL_MISSING("email", "give the supervisor's e-mail address"),
        EMAIL_INVALID("email", "is not a valid e-mail address"),
        EMAIL_TOO_LONG("email", "is too long: at most " + Supervisor.EMAIL_MAX + " characters"),
        EMAIL_OWN("email", "is the participant's own address: a person cannot be their own supervisor"),
        POSITION_TOO_LONG("position", "is too long: at most " + Supervisor.POSITION_MAX + " characters"),
        LANGUAGE_UNKNOWN(
                "language",
                "is not a language of the LMS; use one of "
                        + String.join(
                                ", ",
                                Language.SUPPORTED.stream().map(Language::code).toList()));

        /** The field as the API and the pages name it. */
        public final String field;

        public final String message;

        Reason(String property, String message) {
            this.field = "supervisor." + property;
            this.message = message;
        }
    }

    private final List<Reason> reasons;

    public SupervisorRefused(List<Reason> reasons) {
        super(
                "The supervisor cannot be kept: "
                        + String.join(
                                "; ",
                                reasons.stream()
                                        .map(r -> r.field + " " + r.message)
                                        .toList()),
                reasons.stream()
                        .map(r -> new Problem.FieldError(r.field, r.message))
                        .toList());
        this.reasons = List.copyOf(reasons);
    }

    public List<Reason> reasons() {
        return reasons;
    }
}
