package eu.topcop.learn.catalogue;

import java.time.LocalDate;

import org.jboss.resteasy.reactive.RestForm;

/**
 * The offering form as the browser sends it: text, echoed back as typed when something is wrong. A date or
 * number that cannot be read becomes missing, which the rules then name.
 */
public class OfferingFormFields {

    @RestForm
    public String course;

    @RestForm
    public String startsOn;

    @RestForm
    public String endsOn;

    @RestForm
    public String delivery;

    @RestForm
    public String venue;

    @RestForm
    public String country;

    @RestForm
    public String capacity;

    @RestForm
    public String workingLanguage;

    @RestForm
    public String applicationsOpenOn;

    @RestForm
    public String applicationsCloseOn;

    @RestForm
    public Integer version;

    public static OfferingFormFields of(OfferingForm form, int version) {
        OfferingFormFields fields = new OfferingFormFields();
        fields.course = form.course();
        fields.startsOn = text(form.startsOn());
        fields.endsOn = text(form.endsOn());
        fields.delivery = form.online() ? "online" : "face-to-face";
        fields.venue = form.venue();
        fields.country = form.country();
        fields.capacity = form.capacity() == null ? "" : form.capacity().toString();
        fields.workingLanguage = form.workingLanguage();
        fields.applicationsOpenOn = text(form.applicationsOpenOn());
        fields.applicationsCloseOn = text(form.applicationsCloseOn());
        fields.version = version;
        return fields;
    }

    public static OfferingFormFields blank() {
        OfferingFormFields fields = new OfferingFormFields();
        fields.delivery = "face-to-face";
        fields.workingLanguage = "en";
        return fields;
    }

    public boolean online() {
        return "online".equals(delivery);
    }

    public OfferingForm toForm() {
        return new OfferingForm(
                course,
                date(startsOn),
                date(endsOn),
                online(),
                venue,
                country,
                number(capacity),
                workingLanguage,
                date(applicationsOpenOn),
                date(applicationsCloseOn));
    }

    private static LocalDate date(String value) {
        return eu.topcop.learn.platform.web.PageForms.date(value);
    }

    private static Integer number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
