package eu.topcop.learn.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The people of a generated data set, each one a function of the seed and their number, so that the realm (the
 * Keycloak users who sign in) and the generator (the {@code person} rows) agree without talking to each other.
 *
 * <p>Countries: the mission names the five partner countries and gives no head counts, so officers are weighted
 * by the size of each country's law-enforcement and judicial services, roughly by population: Ukraine 45 %,
 * Azerbaijan 20 %, Georgia 12 %, Armenia 10 %, Moldova 10 %; the other 3 % are EU Member State trainers and
 * experts (Hungary, Austria, Germany, Romania, Poland).
 */
final class People {

    static final String[] COUNTRIES = {"UA", "AZ", "GE", "AM", "MD", "HU", "AT", "DE", "RO", "PL"};
    static final int[] COUNTRY_WEIGHTS = {450, 200, 120, 100, 100, 6, 6, 6, 6, 6};

    /** Agency types as {@code Person.AgencyType} codes, police the most common. */
    static final String[] AGENCY_TYPES = {"police", "border-guard", "customs", "prosecution", "judiciary", "other"};

    static final int[] AGENCY_WEIGHTS = {55, 15, 10, 12, 5, 3};

    private static final String[] FIRST = {
        "Nino", "Olena", "Ion", "Aylin", "Armen", "Levan", "Giorgi", "Oksana", "Anahit", "Taras", "Mariam", "Elnur",
        "Ana", "Vasile", "Tigran", "Iryna", "Rashad", "Natia", "Mihai", "Lusine"
    };
    private static final String[] LAST = {
        "Beridze", "Kovalenko", "Rusu", "Mammadova", "Petrosyan", "Gelashvili", "Kapanadze", "Melnyk", "Sargsyan",
        "Shevchenko", "Aliyev", "Lomidze", "Ciobanu", "Hakobyan", "Bondarenko", "Huseynov", "Tsiklauri", "Popescu"
    };

    record Person(
            int number,
            String subject,
            String username,
            String email,
            String firstName,
            String lastName,
            String country,
            String agencyType) {

        /** Bench users who sign in have a Keycloak account; the others were nominated by e-mail only. */
        boolean signsIn(int signingIn) {
            return number < signingIn;
        }

        String name() {
            return firstName + " " + lastName;
        }
    }

    private People() {}

    static Person person(int number, long seed) {
        Random random = new Random(seed * 1_000_003L + number);
        String username = String.format("bench%06d", number);
        String subject = UUID.nameUUIDFromBytes(("topcop-bench:" + seed + ":" + number).getBytes(StandardCharsets.UTF_8))
                .toString();
        return new Person(
                number,
                subject,
                username,
                username + "@bench.topcop.eu",
                FIRST[random.nextInt(FIRST.length)],
                LAST[random.nextInt(LAST.length)],
                weighted(random, COUNTRIES, COUNTRY_WEIGHTS),
                weighted(random, AGENCY_TYPES, AGENCY_WEIGHTS));
    }

    /** The first {@code count} people: those with a Keycloak account, who the simulations sign in as. */
    static List<Person> signingIn(int count, long seed) {
        List<Person> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            people.add(person(i, seed));
        }
        return people;
    }

    static <T> T weighted(Random random, T[] values, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
