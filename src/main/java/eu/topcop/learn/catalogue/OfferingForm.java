package eu.topcop.learn.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

import eu.topcop.learn.platform.i18n.Language;

/**
 * What a course manager says about an offering, from the form or the API. Every rule is checked in one
 * place ({@link #problems}) so that the page and the API refuse the same things for the same reasons.
 */
public record OfferingForm(
        @Size(max = 80) String course,
        LocalDate startsOn,
        LocalDate endsOn,
        boolean online,
        @Size(max = MAX_VENUE) String venue,
        @Size(max = 2) String country,
        Integer capacity,
        @Size(max = 8) String workingLanguage,
        LocalDate applicationsOpenOn,
        LocalDate applicationsCloseOn) {

    public static final int MAX_CAPACITY = 1000;
    public static final int MAX_VENUE = 200;

    /** A rule an offering breaks, with the field it concerns and what an API caller reads. */
    public enum Problem {
        COURSE_UNKNOWN("course", "no course has this code"),
        START_MISSING("startsOn", "give the start date (YYYY-MM-DD)"),
        START_PASSED("startsOn", "the start date has already passed"),
        END_MISSING("endsOn", "give the end date (YYYY-MM-DD)"),
        END_BEFORE_START("endsOn", "the end date is before the start date"),
        VENUE_MISSING("venue", "a face-to-face offering needs a venue"),
        VENUE_TOO_LONG("venue", "the venue is longer than " + MAX_VENUE + " characters"),
        COUNTRY_MISSING("country", "a face-to-face offering needs the venue's country"),
        COUNTRY_UNKNOWN("country", "unknown country code"),
        CAPACITY_INVALID("capacity", "the capacity must be a number from 1 to " + MAX_CAPACITY),
        LANGUAGE_UNKNOWN("workingLanguage", "the working language must be one of en, ru, uk, ka, hy, az, ro"),
        OPEN_MISSING("applicationsOpenOn", "give the day applications open (YYYY-MM-DD)"),
        CLOSE_MISSING("applicationsCloseOn", "give the day applications close (YYYY-MM-DD)"),
        CLOSE_BEFORE_OPEN("applicationsCloseOn", "applications close before they open"),
        CLOSE_AFTER_START("applicationsCloseOn", "applications must close on or before the start date");

        public final String field;
        public final String message;

        Problem(String field, String message) {
            this.field = field;
            this.message = message;
        }
    }

    /**
     * The rules this form breaks. A start date in the past is refused only when it changes: an offering that
     * has begun may still have its venue or capacity corrected.
     */
    public List<Problem> problems(boolean courseKnown, boolean countryKnown, LocalDate today, LocalDate currentStart) {
        List<Problem> problems = new ArrayList<>();
        if (!courseKnown) {
            problems.add(Problem.COURSE_UNKNOWN);
        }
        if (startsOn == null) {
            problems.add(Problem.START_MISSING);
        } else if (startsOn.isBefore(today) && !startsOn.equals(currentStart)) {
            problems.add(Problem.START_PASSED);
        }
        if (endsOn == null) {
            problems.add(Problem.END_MISSING);
        } else if (startsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(Problem.END_BEFORE_START);
        }
        if (!online) {
            if (isBlank(venue)) {
                problems.add(Problem.VENUE_MISSING);
            }
            if (isBlank(country)) {
                problems.add(Problem.COUNTRY_MISSING);
            }
        }
        if (!isBlank(venue) && venue.trim().length() > MAX_VENUE) {
            problems.add(Problem.VENUE_TOO_LONG);
        }
        if (!isBlank(country) && !countryKnown) {
            problems.add(Problem.COUNTRY_UNKNOWN);
        }
        if (capacity == null || capacity < 1 || capacity > MAX_CAPACITY) {
            problems.add(Problem.CAPACITY_INVALID);
        }
        if (Language.of(workingLanguage).isEmpty()) {
            problems.add(Problem.LANGUAGE_UNKNOWN);
        }
        if (applicationsOpenOn == null) {
            problems.add(Problem.OPEN_MISSING);
        }
        if (applicationsCloseOn == null) {
            problems.add(Problem.CLOSE_MISSING);
        } else {
            if (applicationsOpenOn != null && applicationsCloseOn.isBefore(applicationsOpenOn)) {
                problems.add(Problem.CLOSE_BEFORE_OPEN);
            }
            if (startsOn != null && applicationsCloseOn.isAfter(startsOn)) {
                problems.add(Problem.CLOSE_AFTER_START);
            }
        }
        return problems;
    }

    /** The venue as stored: online offerings have none. */
    String storedVenue() {
        return online || isBlank(venue) ? null : venue.trim();
    }

    String storedCountry() {
        return online || isBlank(country) ? null : country.trim().toUpperCase(java.util.Locale.ROOT);
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
