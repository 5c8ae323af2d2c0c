package eu.topcop.learn.catalogue;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Offerings of the shipped courses, dated in a far-future year of their own so that a test finds exactly its
 * offerings by filtering on that year, whatever other tests published.
 */
final class OfferingFixture {

    /**
     * The years handed out in this run: each fixture takes the next one, so two fixtures never share a year (a
     * random year each collided, by the birthday paradox, once a run made enough of them). The first is random so
     * that a run against a database kept from an earlier one starts elsewhere.
     */
    private static final AtomicInteger NEXT_YEAR =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(6000));

    final LocalDate base;

    OfferingFixture() {
        base = LocalDate.of(2200 + NEXT_YEAR.getAndIncrement() % 7000, 1, 1);
    }

    String from() {
        return base.toString();
    }

    String to() {
        return base.plusDays(364).toString();
    }

    OfferingForm faceToFace(String course, int startDay, String venue, String country, String language) {
        LocalDate start = base.plusDays(startDay);
        return new OfferingForm(
                course, start, start.plusDays(4), false, venue, country, 25, language, base, start.minusDays(1));
    }

    OfferingForm online(String course, int startDay, String language) {
        LocalDate start = base.plusDays(startDay);
        return new OfferingForm(course, start, start.plusDays(30), true, null, null, 60, language, base, start);
    }

    /** The JSON an API caller sends for a face-to-face offering. */
    Map<String, Object> json(String course, int startDay, String venue, String country) {
        LocalDate start = base.plusDays(startDay);
        return Map.of(
                "course",
                course,
                "startsOn",
                start.toString(),
                "endsOn",
                start.plusDays(4).toString(),
                "online",
                false,
                "venue",
                venue,
                "country",
                country,
                "capacity",
                20,
                "workingLanguage",
                "en",
                "applicationsOpenOn",
                base.toString(),
                "applicationsCloseOn",
                start.minusDays(7).toString());
    }
}
