package eu.topcop.learn.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Offerings of the content's courses over four years (2025 to 2028) and the applications to them.
 *
 * <p>Offerings: a quarter online, the rest face to face in a partner capital (country weighted as people are);
 * mostly English or Russian; applications open 90 days and close 30 days before the start; 4 % cancelled.
 * Applications: about ten per person, spread over the offerings; an offering that is over has its seats
 * approved up to capacity and the rest rejected, withdrawn, declined or released; an offering still to come has
 * them submitted, endorsed, approved (up to capacity) or waiting.
 */
final class Offerings {

    /** The day the data describes: offerings before it are over. Fixed, so the same seed gives the same data. */
    static final Instant AS_OF = LocalDate.of(2026, 12, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 6);
    private static final String[] CAPITALS = {
        "Police Academy, Kyiv", "Police Academy, Baku", "Police Academy, Tbilisi", "Police Academy, Yerevan",
        "Police Academy, Chisinau"
    };
    private static final String[] LANGUAGES = {"en", "ru", "uk", "ka", "ro"};
    private static final int[] LANGUAGE_WEIGHTS = {50, 35, 7, 4, 4};
    private static final String[] PAST = {"APPROVED", "REJECTED", "WITHDRAWN", "DECLINED", "RELEASED"};
    private static final int[] PAST_WEIGHTS = {60, 18, 10, 7, 5};
    private static final String[] COMING = {"SUBMITTED", "ENDORSED", "APPROVED", "WAITING", "DECLINED"};
    private static final int[] COMING_WEIGHTS = {45, 25, 15, 10, 5};

    private record Offering(long id, LocalDate startsOn, int capacity, boolean over) {}

    private final Connection db;
    private final long seed;
    private final int perYear;
    private final List<Offering> offerings = new ArrayList<>();

    Offerings(Connection db, long seed, int perYear) {
        this.db = db;
        this.seed = seed;
        this.perYear = perYear;
    }

    void write() throws SQLException {
        List<String> courses = new ArrayList<>();
        List<Long> courseIds = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, code FROM course ORDER BY code")) {
            while (rows.next()) {
                courseIds.add(rows.getLong(1));
                courses.add(rows.getString(2));
            }
        }
        if (courses.isEmpty()) {
            throw new IllegalStateException("No courses: start the application once so that it imports content/");
        }
        long firstId = Generate.next(db, "offering");
        Random random = new Random(seed ^ 0x0FFE_0000L);
        int total = perYear * 4;
        try (Rows rows = new Rows(
                db,
                "offering",
                "id, code, course_id, status, starts_on, ends_on, online, venue, country_code, capacity,"
                        + " working_language, applications_open_on, applications_close_on, course_manager,"
                        + " course_manager_name, cancellation_reason, created_at, updated_at, version")) {
            for (int i = 0; i < total; i++) {
                int course = random.nextInt(courses.size());
                LocalDate starts = FIRST_DAY.plusDays((long) i * 4 * 365 / total + random.nextInt(5));
                boolean online = random.nextInt(4) == 0;
                String country = People.weighted(random, new String[] {"UA", "AZ", "GE", "AM", "MD"}, new int[] {
                    45, 20, 12, 10, 10
                });
                int capacity = 20 + random.nextInt(21);
                boolean cancelled = random.nextInt(25) == 0;
                String code = shorten(courses.get(course), 70) + "-" + starts + "-b" + i;
                long id = firstId + i;
                Instant created = starts.minusDays(120).atStartOfDay().toInstant(ZoneOffset.UTC);
                rows.add(
                        id,
                        code,
                        courseIds.get(course),
                        cancelled ? "CANCELLED" : "SCHEDULED",
                        starts,
                        starts.plusDays(online ? 28 : 4),
                        online,
                        online ? null : CAPITALS[indexOf(country)],
                        online ? null : country,
                        capacity,
                        People.weighted(random, LANGUAGES, LANGUAGE_WEIGHTS),
                        starts.minusDays(90),
                        starts.minusDays(30),
                        "marta.keller",
                        "Marta Keller",
                        cancelled ? "Too few applications from the partner countries" : null,
                        created,
                        created,
                        0);
                Instant ends = starts.plusDays(online ? 28 : 4).atStartOfDay().toInstant(ZoneOffset.UTC);
                offerings.add(new Offering(id, starts, capacity, ends.isBefore(AS_OF)));
            }
            System.out.printf("offerings: %d%n", rows.written());
        }
    }

    /**
     * Every person applies to {@code applications / people} offerings, a different one each time: the k-th
     * application of person p goes to offering (start(p) + k * step) mod n, with step prime to n.
     */
    void writeApplications(Generate.Size size, long firstPerson, int signingIn) throws SQLException {
        int n = offerings.size();
        int perPerson = Math.max(1, size.applications / size.people);
        if (perPerson > n) {
            throw new IllegalStateException("More applications per person than offerings");
        }
        int step = Math.max(1, n / perPerson);
        while (gcd(step, n) != 1) {
            step++;
        }
        int[] approved = new int[n];
        long firstId = Generate.next(db, "application");
        long id = firstId;
        try (Rows applications = new Rows(
                        db,
                        "application",
                        "id, offering_id, person_id, country_code, kind, status, motivation, submitted_at,"
                                + " waiting_since, reason, updated_at, version");
                Rows events = new Rows(
                        db, "application_event", "application_id, at, actor, from_status, to_status, reason")) {
            for (int p = 0; p < size.people; p++) {
                People.Person person = People.person(p, seed);
                Random random = new Random(seed * 31 + p);
                int start = random.nextInt(n);
                for (int k = 0; k < perPerson; k++) {
                    int index = (start + k * step) % n;
                    Offering offering = offerings.get(index);
                    String status = People.weighted(
                            random, offering.over ? PAST : COMING, offering.over ? PAST_WEIGHTS : COMING_WEIGHTS);
                    if (status.equals("APPROVED") && approved[index] >= offering.capacity) {
                        status = offering.over ? "REJECTED" : "WAITING";
                    }
                    if (status.equals("APPROVED")) {
                        approved[index]++;
                    }
                    Instant submitted = offering.startsOn
                            .minusDays(31 + random.nextInt(59))
                            .atStartOfDay()
                            .toInstant(ZoneOffset.UTC)
                            .plusSeconds(random.nextInt(86_400));
                    Instant decided = submitted.plusSeconds(86_400L * (1 + random.nextInt(20)));
                    String reason = switch (status) {
                        case "REJECTED" -> "The places went to officers whose work is closer to the course";
                        case "DECLINED" -> "Not endorsed by the national coordinator this time";
                        case "RELEASED" -> "The online phase was not completed by the deadline";
                        default -> null;
                    };
                    String actor = person.signsIn(signingIn) ? person.username() : "coordinator";
                    applications.add(
                            id,
                            offering.id,
                            firstPerson + p,
                            person.country(),
                            "APPLICATION",
                            status,
                            "I investigate these cases in my unit and will pass the method on to colleagues.",
                            submitted,
                            status.equals("WAITING") ? decided : null,
                            reason,
                            status.equals("SUBMITTED") ? submitted : decided,
                            0);
                    events.add(id, submitted, actor, null, "SUBMITTED", null);
                    if (!status.equals("SUBMITTED")) {
                        events.add(id, decided, "marta.keller", "SUBMITTED", status, reason);
                    }
                    id++;
                }
            }
            System.out.printf("applications: %d, their events: %d%n", applications.written(), events.written());
        }
    }

    private static int indexOf(String country) {
        return switch (country) {
            case "UA" -> 0;
            case "AZ" -> 1;
            case "GE" -> 2;
            case "AM" -> 3;
            default -> 4;
        };
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
