package eu.topcop.learn.trainers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.Attendance;
import eu.topcop.learn.enrolment.CompletionRecords;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.EnrolmentService;
import eu.topcop.learn.enrolment.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Train-the-trainer certification against the real local Keycloak: attendance, assessment and practice session
 * (in any order) certify and grant the trainer role; withdrawal and expiry of the last certification remove it.
 */
@QuarkusTest
class CertificationTest {

    private static final String COURSE = "drugs-train-the-trainer";
    private static final String LEAD = "ttt-lead";
    private static final String ASSISTANT = "ttt-assistant";

    @Inject
    EnrolmentFixture fixture;

    @Inject
    EnrolmentService enrolment;

    @Inject
    Attendance attendance;

    @Inject
    CompletionRecords completions;

    @Inject
    CertificationService certification;

    @Inject
    TrainerRoles roles;

    @Inject
    TrainerPool pool;

    @Inject
    Keycloak keycloak;

    @Test
    void shouldCertifyAfterAttendanceAssessmentAndPracticeAndGrantThenRemoveTheRoleOnWithdrawal() {
        Person officer = withAccount(fixture.person("GE"));
        Offering offering = seated(officer);
        long application = applicationOf(offering, officer);
        attendEveryDay(offering, application);
        Person lead = fixture.named(LEAD, "DE");

        assertThrows(
                ForbiddenException.class,
                () -> certification.assess(
                        offering.code, application, passed(true, false), fixture.named(ASSISTANT, "DE"), false),
                "only the lead trainer assesses");
        certification.assess(offering.code, application, passed(true, false), lead, false);
        assertTrue(pool.of(officer).isEmpty(), "the practice session is still to come");
        assertFalse(roles.hasRoleInKeycloak(officer));

        CertificationService.Sheet sheet =
                certification.assess(offering.code, application, passed(true, true), lead, false);
        List<TrainerPool.Certification> certified = fresh(() -> pool.of(officer));
        assertEquals(1, certified.size());
        assertEquals("drug-trafficking", certified.get(0).priority());
        assertEquals("ACTIVE", certified.get(0).status());
        assertEquals(LocalDate.now().plusYears(3), certified.get(0).expiresOn());
        assertEquals(LocalDate.now().plusYears(3), sheet.rows().get(0).certifiedUntil());
        assertTrue(roles.hasRoleInKeycloak(officer), "certification grants the trainer role in Keycloak");

        certification.withdraw(certified.get(0).id(), "Did not run the practice session himself.", "fixture.manager");
        assertEquals("WITHDRAWN", fresh(() -> pool.of(officer)).get(0).status());
        assertFalse(roles.hasRoleInKeycloak(officer), "withdrawing the last certification removes the role");
        assertEquals(
                List.of("TRAINER_CERTIFIED", "TRAINER_WITHDRAWN"),
                fresh(() -> eu.topcop.learn.enrolment.Notification.<eu.topcop.learn.enrolment.Notification>list(
                                "person.id = ?1 and kind like 'TRAINER%' order by id", officer.id)
                        .stream()
                        .map(n -> n.kind)
                        .toList()));
    }

    @Test
    void shouldCertifyWhenAttendanceCompletesLastAndRemoveTheRoleWhenTheCertificationExpires() {
        Person officer = withAccount(fixture.person("MD"));
        Offering offering = seated(officer);
        long application = applicationOf(offering, officer);
        certification.assess(offering.code, application, passed(true, true), fixture.named(LEAD, "DE"), false);
        assertTrue(fresh(() -> pool.of(officer)).isEmpty(), "attendance is not complete yet");

        attendEveryDay(offering, application);
        assertEquals(1, fresh(() -> pool.of(officer)).size());
        assertTrue(roles.hasRoleInKeycloak(officer));

        QuarkusTransaction.requiringNew()
                .run(() -> TrainerCertification.update(
                        "certifiedOn = ?1, expiresOn = ?2 where person.id = ?3",
                        LocalDate.now().minusYears(3),
                        LocalDate.now().minusDays(1),
                        officer.id));
        assertTrue(roles.expireDue() >= 1);
        assertFalse(roles.hasRoleInKeycloak(officer), "an expired certification takes the role with it");
        assertEquals("EXPIRED", fresh(() -> pool.of(officer)).get(0).status());
    }

    @Test
    void shouldRefuseAssessmentsOfOtherOfferingsAndImpossibleValues() {
        Person officer = fixture.person("AM");
        Offering offering = seated(officer);
        long application = applicationOf(offering, officer);
        Person lead = fixture.named(LEAD, "DE");
        var invalid = assertThrows(
                eu.topcop.learn.platform.web.DomainException.Invalid.class,
                () -> certification.assess(
                        offering.code,
                        application,
                        new CertificationService.Assessment(
                                true, new BigDecimal("120"), LocalDate.now().plusDays(5), true, null),
                        lead,
                        false));
        assertEquals(
                List.of("assessmentScore", "practiceOn"),
                invalid.errors().stream().map(e -> e.field()).toList());
        Offering regional = fixture.offering(5);
        assertThrows(
                eu.topcop.learn.platform.web.DomainException.NotFound.class,
                () -> certification.assess(regional.code, application, passed(true, true), lead, true),
                "a regional training certifies no trainer");
    }

    private static CertificationService.Assessment passed(boolean assessment, boolean practice) {
        return new CertificationService.Assessment(
                assessment,
                new BigDecimal("86.5"),
                practice ? LocalDate.now().minusDays(1) : null,
                practice ? true : null,
                "");
    }

    /** A train-the-trainer offering held last week, with the officer seated, the online phase done, trainers named. */
    private Offering seated(Person officer) {
        Offering offering = fixture.offering(5, EnrolmentFixture.MANAGER, COURSE);
        fixture.approved(offering, officer, fixture.manager());
        completions.record(officer.id, "drugs-ilp", Instant.now());
        attendance.assignTrainers(offering.code, List.of(LEAD, ASSISTANT), fixture.manager(), false);
        return fixture.held(offering);
    }

    private void attendEveryDay(Offering offering, long application) {
        attendance.record(
                offering.code,
                offering.startsOn
                        .datesUntil(offering.endsOn.plusDays(1))
                        .map(day -> new Attendance.Mark(application, day, true))
                        .toList(),
                fixture.manager(),
                false);
    }

    private long applicationOf(Offering offering, Person officer) {
        return attendance.register(offering.code).rows().stream()
                .filter(r -> r.person() == officer.id)
                .findFirst()
                .orElseThrow()
                .application();
    }

    /** Gives the officer a Keycloak account (trainee only) and links it, as signing in would. */
    private Person withAccount(Person officer) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(officer.username);
        user.setEmail(officer.email);
        user.setFirstName("Officer");
        user.setLastName(officer.username);
        user.setEnabled(true);
        try (Response created = realm().users().create(user)) {
            assertEquals(201, created.getStatus());
        }
        String subject = realm().users().search(officer.username, true).get(0).getId();
        return QuarkusTransaction.requiringNew().call(() -> {
            Person person = Person.findById(officer.id);
            person.subject = subject;
            return person;
        });
    }

    private RealmResource realm() {
        return keycloak.realm("topcop");
    }

    private static <T> T fresh(java.util.concurrent.Callable<T> read) {
        return QuarkusTransaction.requiringNew().call(read);
    }
}
