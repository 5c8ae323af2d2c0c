package eu.topcop.learn.enrolment;

import java.util.Optional;

import org.jboss.resteasy.reactive.RestForm;

/**
 * The supervisor's fields of a page form (applying, nominating, changing it on the application's page) as the
 * browser sends them, shown again as typed when refused (why: {@link EnrolmentRefusals}). Name, e-mail and position all left
 * empty: no supervisor.
 */
public class SupervisorFields {

    @RestForm
    public String supervisorName;

    @RestForm
    public String supervisorEmail;

    @RestForm
    public String supervisorPosition;

    /** A language code; empty: the applicant's language. */
    @RestForm
    public String supervisorLanguage;

    public static SupervisorFields empty() {
        return new SupervisorFields();
    }

    /** The fields as typed (sent in a query rather than a form). */
    public static SupervisorFields typed(String name, String email, String position, String language) {
        SupervisorFields fields = new SupervisorFields();
        fields.supervisorName = name;
        fields.supervisorEmail = email;
        fields.supervisorPosition = position;
        fields.supervisorLanguage = language;
        return fields;
    }

    /** A supervisor named before, offered again. */
    public static SupervisorFields of(Optional<Supervisor> supervisor) {
        SupervisorFields fields = new SupervisorFields();
        supervisor.ifPresent(s -> {
            fields.supervisorName = s.name();
            fields.supervisorEmail = s.email();
            fields.supervisorPosition = s.position();
            fields.supervisorLanguage = s.language();
        });
        return fields;
    }

    /** The supervisor to name, or null for none. */
    public Supervisor supervisor() {
        if (blank(supervisorName) && blank(supervisorEmail) && blank(supervisorPosition)) {
            return null;
        }
        return new Supervisor(supervisorName, supervisorEmail, supervisorPosition, supervisorLanguage);
    }

    /** Whether anything but the language was typed. */
    public boolean typed() {
        return supervisor() != null;
    }

    public String name() {
        return orEmpty(supervisorName);
    }

    public String email() {
        return orEmpty(supervisorEmail);
    }

    public String position() {
        return orEmpty(supervisorPosition);
    }

    public String language() {
        return orEmpty(supervisorLanguage);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
