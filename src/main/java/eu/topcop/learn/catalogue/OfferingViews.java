package eu.topcop.learn.catalogue;

import java.time.LocalDate;
import java.util.List;

import eu.topcop.learn.catalogue.CurriculumViews.OutcomeView;

/** Read models of offerings and courses, in one language, for pages and the API alike. */
public final class OfferingViews {

    private OfferingViews() {}

    /**
     * What the catalogue lists: every filter is optional. Dates select the offerings that run at some time
     * between {@code from} and {@code to}; without {@code from}, those not yet over.
     */
    public record OfferingFilter(
            String text,
            String priority,
            String activityType,
            String country,
            String language,
            String course,
            LocalDate from,
            LocalDate to) {

        public static OfferingFilter none() {
            return new OfferingFilter(null, null, null, null, null, null, null, null);
        }

        public static OfferingFilter ofCourse(String course) {
            return new OfferingFilter(null, null, null, null, null, course, null, null);
        }
    }

    public record OfferingSummary(
            String code,
            String course,
            String courseTitle,
            boolean translated,
            String activityTypeCode,
            String activityType,
            boolean online,
            List<String> crimePriorities,
            LocalDate startsOn,
            LocalDate endsOn,
            String venue,
            String country,
            String countryName,
            int capacity,
            String workingLanguage,
            String workingLanguageName,
            LocalDate applicationsOpenOn,
            LocalDate applicationsCloseOn,
            Offering.Window window) {}

    public record OfferingDetail(
            String code,
            Offering.Status status,
            String cancellationReason,
            String course,
            String courseTitle,
            boolean translated,
            String courseDescription,
            String activityType,
            boolean online,
            int hours,
            int days,
            String curriculum,
            String curriculumTitle,
            List<String> crimePriorities,
            List<String> modules,
            LocalDate startsOn,
            LocalDate endsOn,
            String venue,
            String country,
            String countryName,
            int capacity,
            String workingLanguage,
            String workingLanguageName,
            LocalDate applicationsOpenOn,
            LocalDate applicationsCloseOn,
            Offering.Window window,
            String courseManager,
            String courseManagerName,
            int version) {

        public boolean cancelled() {
            return status == Offering.Status.CANCELLED;
        }
    }

    public record CourseDetail(
            String code,
            String title,
            boolean translated,
            String description,
            String activityTypeCode,
            String activityType,
            boolean online,
            int hours,
            String curriculum,
            String curriculumTitle,
            List<String> crimePriorities,
            List<String> modules,
            List<OutcomeView> outcomes,
            List<OfferingSummary> upcomingOfferings,
            long upcomingTotal) {}

    /** A course a manager may choose when publishing an offering. */
    public record CourseChoice(String code, String title, String curriculumTitle, boolean online) {}
}
