package eu.topcop.learn.enrolment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.catalogue.OfferingService;
import eu.topcop.learn.enrolment.Application.Status;
import eu.topcop.learn.enrolment.EnrolmentService.ApplicationRequest;
import eu.topcop.learn.enrolment.EnrolmentService.Decision;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quotas, eligibility, the waiting list, withdrawal, lapsing offers, cancellation, audit and notifications. */
@QuarkusTest
class EnrolmentLifecycleTest {

    @Inject
    EnrolmentFixture fixture;

    @Inject
    EnrolmentService enrolment;

    @Inject
    OfferingService offerings;

    @Inject
    CompletionRecords completions;

    @Inject
    EntityManager em;

    @Test
    void shouldKeepEachCountryWithinItsQuotaAndWaitListTheRest() {
        Offering offering = fixture.offering(10);
        Person manager = fixture.manager();
        enrolment.setRules(offering.code, manager, false, rules(Map.of("GE", 2, "UA", 3)));
        List<Person> georgians = fixture.people(3, "GE");
        List<Status> outcomes = georgians.stream()
                .map(p -> fixture.approved(offering, p, manager).status)
                .toList();
        assertEquals(List.of(Status.APPROVED, Status.APPROVED, Status.WAITING), outcomes);
        Person ukrainian = fixture.person("UA");
        assertEquals(Status.APPROVED, fixture.approved(offering, ukrainian, manager).status);
    }

    @Test
    void shouldStopANominationBeyondTheCountrysQuota() {
        Offering offering = fixture.offering(10);
        enrolment.setRules(offering.code, fixture.manager(), false, rules(Map.of("GE", 2)));
        Person coordinator = fixture.named("fx-coordinator-ge", "GE");
        List<Person> officers = fixture.people(3, "GE");
        nominate(offering, coordinator, officers.get(0));
        nominate(offering, coordinator, officers.get(1));
        Ineligible refused = assertThrows(Ineligible.class, () -> nominate(offering, coordinator, officers.get(2)));
        assertEquals(List.of(Eligibility.Reason.QUOTA_FULL), refused.reasons());
    }

    private EnrolmentService.Result nominate(Offering offering, Person coordinator, Person officer) {
        return enrolment.nominate(offering.code, coordinator, officer.email, officer.name, EnrolmentFixture.request());
    }

    @Test
    void shouldGiveEveryReasonWhySomeoneMayNotApply() {
        Offering offering = fixture.offering(10);
        enrolment.setRules(
                offering.code,
                fixture.manager(),
                false,
                new EnrolmentRules.Rules(Map.of("GE", 5), List.of("border-guard"), List.of("drugs-ilp"), null));
        Person armenian = fixture.person("AM");
        Ineligible refused = assertThrows(
                Ineligible.class,
                () -> enrolment.apply(
                        offering.code, armenian, new ApplicationRequest(null, null, null, "police", false)));
        assertEquals(
                List.of(
                        Eligibility.Reason.COUNTRY_NOT_INVITED,
                        Eligibility.Reason.AGENCY_TYPE,
                        Eligibility.Reason.LANGUAGE,
                        Eligibility.Reason.PREREQUISITE),
                refused.reasons());

        Person georgian = fixture.person("GE");
        ApplicationRequest borderGuard =
                new ApplicationRequest(null, "Border Police", "Inspector", "border-guard", true);
        assertEquals(
                List.of(Eligibility.Reason.PREREQUISITE),
                assertThrows(Ineligible.class, () -> enrolment.apply(offering.code, georgian, borderGuard))
                        .reasons());
        completions.record(georgian.id, "drugs-ilp", Instant.now());
        assertEquals(
                Status.SUBMITTED,
                enrolment.apply(offering.code, georgian, borderGuard).application().status);
    }

    @Test
    void shouldOfferAFreedSeatToTheNextOnTheWaitingListAndLetTheOfferLapse() {
        Offering offering = fixture.offering(1);
        Person manager = fixture.manager();
        List<Person> people = fixture.people(3, "MD");
        long first = approve(offering, people.get(0), manager);
        long second = approve(offering, people.get(1), manager);
        long third = approve(offering, people.get(2), manager);
        assertEquals(Status.WAITING, fixture.reload(second).status);

        enrolment.withdraw(first, people.get(0), "I was sent on another mission.");
        Application offered = fixture.reload(second);
        assertEquals(Status.OFFERED, offered.status);
        assertTrue(offered.offerExpiresAt.isAfter(Instant.now().plus(71, ChronoUnit.HOURS)));
        assertEquals(Status.WAITING, fixture.reload(third).status);

        // The offer lapses: the next person is offered the seat.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createQuery("update Application a set a.offerExpiresAt = :past where a.id = :id")
                        .setParameter("past", Instant.now().minusSeconds(60))
                        .setParameter("id", second)
                        .executeUpdate());
        assertTrue(enrolment.expireOffers() >= 1);
        assertEquals(Status.EXPIRED, fixture.reload(second).status);
        assertEquals(Status.OFFERED, fixture.reload(third).status);
        assertThrows(DomainException.Conflict.class, () -> enrolment.confirmOffer(second, people.get(1)));

        assertEquals(Status.APPROVED, enrolment.confirmOffer(third, people.get(2)).status);
        assertEquals(Status.APPROVED, enrolment.confirmOffer(third, people.get(2)).status, "confirming twice: once");
        assertEquals(
                List.of("null>SUBMITTED", "SUBMITTED>WAITING", "WAITING>OFFERED", "OFFERED>APPROVED"), trail(third));
        assertEquals(
                List.of("null>SUBMITTED", "SUBMITTED>WAITING", "WAITING>OFFERED", "OFFERED>EXPIRED"), trail(second));
    }

    @Test
    void shouldKeepWithdrawalToTheApplicantAndDoItOnce() {
        Offering offering = fixture.offering(5);
        Person officer = fixture.person("GE");
        long id = fixture.apply(offering, officer).id;
        assertThrows(DomainException.NotFound.class, () -> enrolment.withdraw(id, fixture.person("GE"), null));
        enrolment.withdraw(id, officer, null);
        enrolment.withdraw(id, officer, null);
        assertEquals(List.of("null>SUBMITTED", "SUBMITTED>WITHDRAWN"), trail(id));
        assertThrows(
                DomainException.Conflict.class,
                () -> enrolment.decide(id, fixture.manager(), false, Decision.APPROVE, null));
    }

    @Test
    void shouldLetOnlyTheOfferingsManagerDecideAndOnlyTheCountrysCoordinatorEndorse() {
        Offering offering = fixture.offering(5);
        long id = fixture.apply(offering, fixture.person("GE")).id;
        assertThrows(
                ForbiddenException.class,
                () -> enrolment.decide(id, fixture.named("fx-other-manager", "HU"), false, Decision.APPROVE, null));
        assertThrows(
                ForbiddenException.class,
                () -> enrolment.endorse(id, fixture.named("fx-coordinator-ua", "UA"), true, null));
        assertThrows(
                DomainException.RuleViolation.class,
                () -> enrolment.endorse(id, fixture.named("fx-coordinator-ge", "GE"), false, " "));
        assertEquals(
                Status.ENDORSED, enrolment.endorse(id, fixture.named("fx-coordinator-ge", "GE"), true, null).status);
        assertThrows(
                DomainException.RuleViolation.class,
                () -> enrolment.decide(id, fixture.manager(), false, Decision.REJECT, null));
        assertEquals(
                Status.REJECTED,
                enrolment.decide(id, fixture.named("fx-admin", "HU"), true, Decision.REJECT, "Profile does not fit.")
                        .status);
    }

    @Test
    void shouldTellEveryoneInTheRunningWhenTheOfferingIsCancelled() {
        Offering offering = fixture.offering(1);
        Person manager = fixture.manager();
        List<Person> people = fixture.people(2, "UA");
        long seated = approve(offering, people.get(0), manager);
        long waiting = approve(offering, people.get(1), manager);
        offerings.cancel(offering.code, "The venue is closed.", EnrolmentFixture.MANAGER, false);
        assertEquals(Status.CANCELLED, fixture.reload(seated).status);
        assertEquals(Status.CANCELLED, fixture.reload(waiting).status);
        assertEquals("The venue is closed.", fixture.reload(waiting).reason);
    }

    @Test
    void shouldWriteNotificationsInTheRecipientsLanguage() {
        Offering offering = fixture.offering(5);
        Person ukrainian = fixture.person("UA");
        Person hungarian = fixture.person("HU");
        enrolment.setRules(offering.code, fixture.manager(), false, rules(Map.of("UA", 2, "HU", 2)));
        long toUkrainian = fixture.apply(offering, ukrainian).id;
        long toHungarian = fixture.apply(offering, hungarian).id;
        Notification uk = notification(toUkrainian);
        Notification en = notification(toHungarian);
        assertEquals("uk", uk.language);
        assertTrue(!uk.subject.startsWith("Application") && uk.subject.matches("\\P{IsLatin}+.*"), uk.subject);
        assertEquals("en", en.language);
        assertTrue(en.subject.startsWith("Application received"), en.subject);
    }

    private long approve(Offering offering, Person person, Person manager) {
        return fixture.approved(offering, person, manager).id;
    }

    private List<String> trail(long id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ApplicationEvent.<ApplicationEvent>list("application.id = ?1 order by at, id", id).stream()
                        .map(e -> e.from + ">" + e.to)
                        .toList());
    }

    private Notification notification(long applicationId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Notification.<Notification>find("application.id", applicationId)
                        .firstResult());
    }

    private static EnrolmentRules.Rules rules(Map<String, Integer> quotas) {
        return new EnrolmentRules.Rules(quotas, List.of(), List.of(), null);
    }
}
