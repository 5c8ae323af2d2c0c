package eu.topcop.learn.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.catalogue.OfferingForm;
import eu.topcop.learn.catalogue.OfferingService;
import eu.topcop.learn.enrolment.EnrolmentService.ApplicationRequest;
import eu.topcop.learn.enrolment.EnrolmentService.Decision;
import eu.topcop.learn.support.TestSecurityTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Offerings open for applications and people to apply, made fresh for each test. */
@ApplicationScoped
public class EnrolmentFixture {

    public static final String MANAGER = "fixture.manager";

    @Inject
    OfferingService offerings;

    @Inject
    EnrolmentService enrolment;

    /** A face-to-face regional training starting in 60 days, applications open since yesterday. */
    public Offering offering(int capacity) {
        return offering(capacity, MANAGER);
    }

    public Offering offering(int capacity, String manager) {
        return offering(capacity, manager, "drugs-regional-training");
    }

    /** An offering of the given course, face to face in Tbilisi, starting in 60 days or more. */
    public Offering offering(int capacity, String manager, String course) {
        LocalDate start = LocalDate.now().plusDays(60 + (int) (Math.random() * 300));
        return offerings.publish(
                new OfferingForm(
                        course,
                        start,
                        start.plusDays(4),
                        false,
                        "Police Academy, Tbilisi",
                        "GE",
                        capacity,
                        "en",
                        LocalDate.now().minusDays(1),
                        start.minusDays(10)),
                manager,
                manager);
    }

    /**
     * Moves an offering (its applications already in) to last week, so that its attendance can be recorded; its
     * online-phase gate passed (and was checked) before it began.
     */
    public Offering held(Offering offering) {
        return held(offering, true);
    }

    /** Like {@link #held(Offering)}, with or without a gate deadline. */
    public Offering held(Offering offering, boolean gate) {
        QuarkusTransaction.requiringNew()
                .run(() -> Offering.getEntityManager()
                        .createNativeQuery("UPDATE offering SET applications_open_on = CURDATE() - INTERVAL 60 DAY,"
                                + " applications_close_on = CURDATE() - INTERVAL 30 DAY,"
                                + (gate
                                        ? " gate_deadline = CURDATE() - INTERVAL 18 DAY, gate_checked_at = NOW(3),"
                                        : " gate_deadline = NULL, gate_checked_at = NULL,")
                                + " starts_on = CURDATE() - INTERVAL 8 DAY, ends_on = CURDATE() - INTERVAL 4 DAY,"
                                + " updated_at = NOW(3) WHERE id = :id")
                        .setParameter("id", offering.id)
                        .executeUpdate());
        return QuarkusTransaction.requiringNew().call(() -> Offering.<Offering>findById(offering.id));
    }

    public Person person(String country) {
        return people(1, country).get(0);
    }

    /** People without accounts yet, known by e-mail, of one country. */
    public List<Person> people(int count, String country) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Person> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Person p = new Person();
                String id = UUID.randomUUID().toString().substring(0, 12);
                p.username = "fx-" + id;
                p.email = "fx-" + id + "@police.example";
                p.name = "Officer " + id;
                p.country = country;
                p.agencyType = "police";
                p.createdAt = Instant.now();
                p.updatedAt = p.createdAt;
                p.persist();
                made.add(p);
            }
            return made;
        });
    }

    public Person manager() {
        return named(MANAGER, "HU");
    }

    /** A person with a given username (a manager or coordinator), made once. */
    /**
     * The person of the {@code @TestSecurity} user of this name: bound to the subject that user's identity carries
     * ({@link TestSecurityTokens#subjectOf}), since a signed-in request finds its person by subject only.
     */
    public Person named(String username, String country) {
        String subject = TestSecurityTokens.subjectOf(username);
        return QuarkusTransaction.requiringNew().call(() -> {
            Person p = Person.<Person>find("subject", subject)
                    .firstResultOptional()
                    .or(() -> Person.<Person>find("username = ?1 and subject is null", username)
                            .firstResultOptional())
                    .orElse(null);
            if (p == null) {
                p = new Person();
                p.username = username;
                p.name = username;
                p.createdAt = Instant.now();
            }
            if (p.subject == null) {
                p.bindTo(subject);
            }
            if (p.country == null) {
                p.country = country;
            }
            p.updatedAt = Instant.now();
            p.persist();
            return p;
        });
    }

    public static ApplicationRequest request() {
        return new ApplicationRequest("I investigate drug cases.", "Criminal Police", "Investigator", "police", true);
    }

    public Application apply(Offering offering, Person person) {
        return enrolment.apply(offering.code, person, request()).application();
    }

    /** The national coordinator of a country, as a person record (the service checks their country). */
    public Person coordinator(String country) {
        return named("fx-coordinator-" + country.toLowerCase(Locale.ROOT), country);
    }

    /**
     * An application ready for a course manager's decision: applied, and endorsed by the country's coordinator
     * where the endorsement rule asks for it (the test realm has coordinators for GE, AM and UA).
     */
    public Application decidable(Offering offering, Person person) {
        Application application = apply(offering, person);
        return application.awaitsEndorsement()
                ? enrolment.endorse(application.id, coordinator(person.country), true, null)
                : application;
    }

    /** Applied, endorsed where required, and approved: seated, or on the waiting list when no seat is free. */
    public Application approved(Offering offering, Person person, Person manager) {
        return enrolment.decide(decidable(offering, person).id, manager, false, Decision.APPROVE, null);
    }

    public Application reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id));
    }
}
