package eu.topcop.learn.enrolment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The participant's supervisor, named when applying or nominating, whom the evaluation asks 3 and 6 months after the
 * training whether the learning is applied (issue 14, level 3). A third party's personal data, kept with the
 * application. The limits are the columns' (migration V36); the same record is the API's and the domain's, so that
 * a client and a page are held to one rule. {@code language} is one of the interface languages; without one the
 * supervisor is written to in the applicant's language.
 */
public record Supervisor(
        @NotBlank @Size(max = Supervisor.NAME_MAX) String name,
        @NotBlank @Email @Size(max = Supervisor.EMAIL_MAX) String email,
        @Size(max = Supervisor.POSITION_MAX) String position,
        @Size(max = Supervisor.LANGUAGE_MAX) String language) {

    /** The lengths of application.supervisor_name, _email, _position and _language (SupervisorTest compares). */
    public static final int NAME_MAX = 200;

    public static final int EMAIL_MAX = 200;

    public static final int POSITION_MAX = 200;

    public static final int LANGUAGE_MAX = 8;
}
