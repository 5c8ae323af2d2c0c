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
 * The cascade in proportion to the people: trainers, their multiplication courses with participants, and the
 * exchange programme.
 *
 * <p>Trainers: one person in fifty, certified for one crime priority by a train-the-trainer offering that is
 * over, for three years. Each trainer runs two multiplication courses a year over the four years, of 8 to 24
 * participants (one in three of them an officer with an account, the rest recorded by name); those before
 * {@link Offerings#AS_OF} are validated or reported, those after planned or approved. Exchanges: half as many
 * offers as offerings, each with 4 to 16 applications from people of the other partner countries.
 */
final class Cascade {

    private static final String[] COMING = {"PLANNED", "APPROVED"};
    private static final String[] PAST = {"VALIDATED", "REPORTED", "CANCELLED"};
    private static final int[] PAST_WEIGHTS = {80, 15, 5};
    private static final String[] KINDS = {"SHORT_TERM", "LONG_TERM", "STUDY_VISIT"};
    private static final String[] EXCHANGE_STATUS = {"SUBMITTED", "ENDORSED", "DECLINED", "MATCHED", "REPORTED"};
    private static final int[] EXCHANGE_WEIGHTS = {20, 20, 10, 20, 30};
    private static final String[] HOSTS = {"UA", "AZ", "GE", "AM", "MD"};

    private final Connection db;
    private final long seed;

    Cascade(Connection db, long seed) {
        this.db = db;
        this.seed = seed;
    }

    void write(Generate.Size size, long firstPerson) throws SQLException {
        List<Long> courses = ids("SELECT id FROM course ORDER BY id");
        List<Long> priorities = ids("SELECT id FROM crime_priority ORDER BY id");
        List<Long> pastOfferings = ids("SELECT id FROM offering WHERE ends_on < '2026-12-01' ORDER BY id");
        writeTrainers(size, firstPerson, courses, priorities, pastOfferings);
        writeExchanges(size, firstPerson, priorities);
    }

    private void writeTrainers(
            Generate.Size size, long firstPerson, List<Long> courses, List<Long> priorities, List<Long> offerings)
            throws SQLException {
        long course = Generate.next(db, "multiplication_course");
        long participantId = Generate.next(db, "multiplication_participant");
        // Closed in reverse: courses are flushed before their participants.
        try (Rows participants = new Rows(
                        db,
                        "multiplication_participant",
                        "id, course_id, person_id, name, agency, attended, created_at");
                Rows multiplication = new Rows(
                        db,
                        "multiplication_course",
                        "id, code, trainer_id, course_id, country_code, starts_on, ends_on, place, language,"
                                + " expected_participants, material, status, decided_by, decided_at, report,"
                                + " reported_at, validated_by, validated_at, evaluation_score, created_at,"
                                + " updated_at");
                Rows certifications = new Rows(
                        db,
                        "trainer_certification",
                        "person_id, crime_priority_id, offering_id, certified_on, expires_on")) {
            for (int p = 7; p < size.people; p += 50) {
                People.Person trainer = People.person(p, seed);
                if (!List.of(HOSTS).contains(trainer.country())) {
                    continue;
                }
                Random random = new Random(seed * 53 + p);
                LocalDate certified = LocalDate.of(2024, 6, 1).plusDays(random.nextInt(200));
                certifications.add(
                        firstPerson + p,
                        priorities.get(random.nextInt(priorities.size())),
                        offerings.get(random.nextInt(offerings.size())),
                        certified,
                        certified.plusYears(3));
                for (int k = 0; k < 8; k++) {
                    LocalDate starts = LocalDate.of(2025, 1, 15).plusDays(k * 182L + random.nextInt(120));
                    Instant created = starts.minusDays(60).atStartOfDay().toInstant(ZoneOffset.UTC);
                    boolean over = starts.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC).isBefore(Offerings.AS_OF);
                    String status = over ? People.weighted(random, PAST, PAST_WEIGHTS) : COMING[random.nextInt(2)];
                    Instant decided = created.plusSeconds(86_400L * (2 + random.nextInt(10)));
                    Instant reported = starts.plusDays(5).atStartOfDay().toInstant(ZoneOffset.UTC);
                    boolean hasReport = status.equals("VALIDATED") || status.equals("REPORTED");
                    int expected = 8 + random.nextInt(17);
                    multiplication.add(
                            course,
                            "mc-b" + p + "-" + k,
                            firstPerson + p,
                            courses.get(random.nextInt(courses.size())),
                            trainer.country(),
                            starts,
                            starts.plusDays(2),
                            "Regional police training centre",
                            trainer.country().toLowerCase(java.util.Locale.ROOT).equals("ua") ? "uk" : "ru",
                            expected,
                            "The portfolio course's slides and case studies, translated",
                            status,
                            status.equals("PLANNED") ? null : "coordinator",
                            status.equals("PLANNED") ? null : decided,
                            hasReport ? "Delivered as planned; the case study on the second day worked best." : null,
                            hasReport ? reported : null,
                            status.equals("VALIDATED") ? "coordinator" : null,
                            status.equals("VALIDATED") ? reported.plusSeconds(7 * 86_400L) : null,
                            hasReport ? 3 + random.nextInt(3) : null,
                            created,
                            hasReport ? reported : created);
                    if (!status.equals("PLANNED") && !status.equals("CANCELLED")) {
                        for (int i = 0; i < expected; i++) {
                            // Colleagues from the trainer's own people range; one in three has an account here.
                            int colleague = (p + 1 + i * 37) % size.people;
                            boolean known = i % 3 == 0;
                            People.Person officer = People.person(colleague, seed);
                            participants.add(
                                    participantId++,
                                    course,
                                    known ? firstPerson + colleague : null,
                                    officer.name(),
                                    "National Police (" + trainer.country() + ")",
                                    hasReport ? random.nextInt(10) != 0 : null,
                                    created);
                        }
                    }
                    course++;
                }
            }
            System.out.printf(
                    "trainers: %d, multiplication courses: %d, their participants: %d%n",
                    certifications.written(), multiplication.written(), participants.written());
        }
    }

    private void writeExchanges(Generate.Size size, long firstPerson, List<Long> priorities) throws SQLException {
        long offer = Generate.next(db, "exchange_offer");
        int offers = size.offeringsPerYear * 2;
        Random random = new Random(seed ^ 0xE8C4_0000L);
        try (Rows applications = new Rows(
                        db,
                        "exchange_application",
                        "offer_id, person_id, guest_country, guest_agency, languages, motivation, status,"
                                + " endorsed_by, endorsed_at, matched_by, matched_at, submitted_at, updated_at");
                Rows offerRows = new Rows(
                        db,
                        "exchange_offer",
                        "id, code, kind, host_country, host_agency, topic, crime_priority_id, places, starts_on,"
                                + " ends_on, language, description, status, published_by, created_at")) {
            for (int o = 0; o < offers; o++) {
                String host = HOSTS[random.nextInt(HOSTS.length)];
                String kind = KINDS[random.nextInt(KINDS.length)];
                LocalDate starts = LocalDate.of(2025, 2, 1).plusDays((long) o * 4 * 365 / offers);
                Instant created = starts.minusDays(120).atStartOfDay().toInstant(ZoneOffset.UTC);
                offerRows.add(
                        offer,
                        "ex-b" + o,
                        kind,
                        host,
                        "National Police (" + host + ")",
                        "Financial investigations of drug trafficking networks",
                        priorities.get(random.nextInt(priorities.size())),
                        kind.equals("STUDY_VISIT") ? 10 : 2,
                        starts,
                        starts.plusDays(kind.equals("LONG_TERM") ? 60 : 10),
                        random.nextBoolean() ? "en" : "ru",
                        "Hosted by the unit that investigates the financial side of trafficking networks.",
                        "OPEN",
                        "marta.keller",
                        created);
                int count = 4 + random.nextInt(13);
                for (int a = 0; a < count; a++) {
                    int p = (int) ((o * 7919L + a * 104_729L) % size.people);
                    People.Person guest = People.person(p, seed);
                    if (guest.country().equals(host) || !List.of(HOSTS).contains(guest.country())) {
                        continue;
                    }
                    String status = People.weighted(random, EXCHANGE_STATUS, EXCHANGE_WEIGHTS);
                    Instant submitted = created.plusSeconds(86_400L * (1 + random.nextInt(60)));
                    Instant later = submitted.plusSeconds(86_400L * 7);
                    boolean endorsed = !status.equals("SUBMITTED") && !status.equals("DECLINED");
                    boolean matched = status.equals("MATCHED") || status.equals("REPORTED");
                    applications.add(
                            offer,
                            firstPerson + p,
                            guest.country(),
                            "National Police (" + guest.country() + ")",
                            "en,ru",
                            "To learn how the host unit follows the money of the networks we investigate.",
                            status,
                            endorsed ? "coordinator" : null,
                            endorsed ? later : null,
                            matched ? "marta.keller" : null,
                            matched ? later.plusSeconds(86_400L * 7) : null,
                            submitted,
                            later);
                }
                offer++;
            }
            System.out.printf(
                    "exchange offers: %d, their applications: %d%n", offerRows.written(), applications.written());
        }
    }

    private List<Long> ids(String query) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
