package eu.topcop.learn.enrolment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import eu.topcop.learn.catalogue.Country;
import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.Application.Status;
import eu.topcop.learn.enrolment.Notifier.Kind;
import eu.topcop.learn.platform.persistence.InList;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.security.ForbiddenException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applications, nominations and decisions. Everything that takes or frees a seat first locks the offering's
 * row (SELECT ... FOR UPDATE), so seats are counted and given one change at a time per offering, on every
 * node: a seat is never given twice nor lost. Every change of status writes an audit entry and tells the
 * applicant.
 */
@ApplicationScoped
public class EnrolmentService {

    /** What an officer (or their coordinator, for them) says when applying; the supervisor is optional (null). */
    public record ApplicationRequest(
            String motivation,
            String agency,
            String position,
            String agencyType,
            boolean speaksWorkingLanguage,
            Supervisor supervisor) {

        public ApplicationRequest(
                String motivation, String agency, String position, String agencyType, boolean speaksWorkingLanguage) {
            this(motivation, agency, position, agencyType, speaksWorkingLanguage, null);
        }
    }

    /** A course manager's decision. */
    public enum Decision {
        APPROVE,
        WAIT,
        REJECT
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    EnrolmentRules rules;

    @Inject
    CompletionRecords completions;

    @Inject
    Notifier notifier;

    @Inject
    OnlinePhase onlinePhase;

    @Inject
    Coordinators coordinators;

    @Inject
    People people;

    @Inject
    AccountProvisioning accounts;

    @Inject
    Supervisors supervisors;

    @ConfigProperty(name = "lms.enrolment.offer-hours", defaultValue = "72")
    int offerHours;

    /**
     * An officer applies. Applying again to the same offering changes nothing and returns the application
     * there is: the same request sent twice has one effect. Whether their coordinator must endorse it first is
     * settled now and said in the acknowledgement (see {@link Application}).
     */
    @Transactional
    public Result apply(String offeringCode, Person applicant, ApplicationRequest request) {
        Supervisor supervisor =
                supervisors.withLanguageOf(supervisors.checked(request.supervisor(), applicant.email), applicant);
        // Asked before the lock: Keycloak may be slow, and the answer does not depend on the offering.
        boolean endorsementRequired = coordinators.endorses(applicant.country);
        // Locked like every seat change, so that a double click cannot make two applications either.
        Offering offering = lock(offering(offeringCode).id);
        Application existing = existing(offering, applicant);
        if (existing != null) {
            return new Result(existing, false);
        }
        Person person = em.merge(applicant);
        person.describe(request.agency(), request.position(), agencyType(request.agencyType()), now());
        checkEligible(offering, person, request.speaksWorkingLanguage(), null);
        Application application =
                create(offering, person, Application.Kind.APPLICATION, request.motivation(), null, supervisor);
        application.endorsementRequired = endorsementRequired;
        em.persist(application.received(person.username, now()));
        notifier.tell(application, Kind.RECEIVED, null);
        return new Result(application, true);
    }

    /**
     * A national coordinator nominates an officer of their own country by e-mail, within the country's quota; the
     * nomination counts as endorsed, and against the quota of the officer's country. The officer is the person
     * the LMS knows with that e-mail, else a new one of the coordinator's country. Someone known to be of
     * another country, by the LMS or by the {@code country} of their Keycloak account, is refused (422 on
     * {@code email}) before anything is written; the refusal does not say which country, nor whether an account
     * or only a record was found. Nominating the same officer again returns the nomination there is.
     */
    @Transactional
    public Result nominate(
            String offeringCode, Person coordinator, String email, String name, ApplicationRequest request) {
        if (coordinator.country == null) {
            throw new ForbiddenException("A coordinator without a country nominates nobody");
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        // The officer's own address is the one nominated: checked before anything is asked or written.
        Supervisor supervisor = supervisors.checked(request.supervisor(), address);
        // Keycloak is asked before the lock; a different answer there refuses whatever the LMS knows.
        Optional<String> accountCountry = accounts.countryOfAccount(address);
        if (accountCountry.isPresent() && !accountCountry.get().equals(coordinator.country)) {
            throw notOfCoordinatorsCountry();
        }
        Offering offering = lock(offering(offeringCode).id);
        Person officer = people.byEmail(address, name, coordinator.country);
        if (!coordinator.country.equals(officer.country)) {
            throw notOfCoordinatorsCountry();
        }
        Application existing = existing(offering, officer);
        if (existing != null) {
            return new Result(existing, false);
        }
        Person person = em.merge(officer);
        person.describe(request.agency(), request.position(), agencyType(request.agencyType()), now());
        checkEligible(offering, person, request.speaksWorkingLanguage(), activeOfCountry(offering, person.country));
        Application application = create(
                offering,
                person,
                Application.Kind.NOMINATION,
                request.motivation(),
                em.merge(coordinator),
                supervisors.withLanguageOf(supervisor, person));
        application.status = Status.ENDORSED;
        em.persist(application.received(coordinator.username, now()));
        notifier.tell(application, Kind.NOMINATED, coordinator.name);
        return new Result(application, true);
    }

    private static DomainException notOfCoordinatorsCountry() {
        return new DomainException.RuleViolation(
                        "email",
                        "The officer with this e-mail cannot be nominated by you: a national coordinator nominates"
                                + " officers of their own country only")
                .because("email", EnrolmentMessages.class, "enrol_nominee_other_country");
    }

    /** The coordinator of the applicant's country endorses an application, or declines it with a reason. */
    @Transactional
    public Application endorse(long id, Person coordinator, boolean endorse, String reason) {
        Application application = application(id);
        if (coordinator.country == null || !coordinator.country.equals(application.country)) {
            throw new ForbiddenException("A coordinator endorses applications of their own country only");
        }
        Status target = endorse ? Status.ENDORSED : Status.DECLINED;
        if (application.status == target) {
            return application;
        }
        if (!endorse && (reason == null || reason.isBlank())) {
            throw new DomainException.RuleViolation("reason", "Say why the application is not endorsed")
                    .because("reason", EnrolmentMessages.class, "refused_decline_reason");
        }
        move(application, target, coordinator.username, reason);
        notifier.tell(application, endorse ? Kind.ENDORSED : Kind.DECLINED, null);
        return application;
    }

    /**
     * A course manager decides. Approving seats the applicant when a seat is there for them (see {@link
     * #seatFor}), and otherwise puts them on the waiting list; nobody the online-phase rule bars is given a
     * seat or a place on the list. An application its coordinator must endorse first is not decided before
     * (409). Deciding what is already so changes nothing.
     */
    @Transactional
    public Application decide(long id, Person manager, boolean admin, Decision decision, String reason) {
        Application application = application(id);
        Offering offering = lock(application.offering.id);
        if (!admin && !offering.isManagedBy(manager.username)) {
            throw new ForbiddenException("Only the offering's course manager decides on its applications");
        }
        em.refresh(application);
        switch (decision) {
            case APPROVE -> {
                if (application.status == Status.APPROVED) {
                    return application;
                }
                refuseIfBarred(application);
                if (seatFor(offering, application)) {
                    move(application, Status.APPROVED, manager.username, reason);
                    notifier.tell(application, Kind.APPROVED, null);
                } else if (application.status != Status.WAITING) {
                    move(application, Status.WAITING, manager.username, "no place free");
                    notifier.tell(application, Kind.WAITING, null);
                }
            }
            case WAIT -> {
                if (application.status == Status.WAITING) {
                    return application;
                }
                boolean heldSeat = application.status.holdsSeat();
                move(application, Status.WAITING, manager.username, reason);
                notifier.tell(application, Kind.WAITING, null);
                if (heldSeat) {
                    promote(offering);
                }
            }
            case REJECT -> {
                if (application.status == Status.REJECTED) {
                    return application;
                }
                if (reason == null || reason.isBlank()) {
                    throw new DomainException.RuleViolation("reason", "Say why the application is rejected")
                            .because("reason", EnrolmentMessages.class, "refused_reject_reason");
                }
                boolean heldSeat = application.status.holdsSeat();
                move(application, Status.REJECTED, manager.username, reason);
                notifier.tell(application, Kind.REJECTED, null);
                if (heldSeat) {
                    promote(offering);
                }
            }
        }
        return application;
    }

    /** The applicant withdraws; a seat they held goes to the next on the waiting list. */
    @Transactional
    public Application withdraw(long id, Person applicant, String reason) {
        Application application = own(id, applicant);
        if (application.status == Status.WITHDRAWN) {
            return application;
        }
        Offering offering = lock(application.offering.id);
        em.refresh(application);
        boolean heldSeat = application.status.holdsSeat();
        move(application, Status.WITHDRAWN, applicant.username, reason);
        if (heldSeat) {
            promote(offering);
        }
        return application;
    }

    /** The applicant takes the seat offered to them from the waiting list, before the offer lapses. */
    @Transactional
    public Application confirmOffer(long id, Person applicant) {
        Application application = own(id, applicant);
        if (application.status == Status.APPROVED) {
            return application;
        }
        lock(application.offering.id);
        em.refresh(application);
        if (application.status == Status.APPROVED) {
            // Approved by the course manager while this request waited for the lock: the same effect.
            return application;
        }
        if (application.status != Status.OFFERED || !application.offerExpiresAt.isAfter(now())) {
            throw new DomainException.Conflict("No place is offered to you any more");
        }
        refuseIfBarred(application);
        move(application, Status.APPROVED, applicant.username, null);
        notifier.tell(application, Kind.APPROVED, null);
        return application;
    }

    /**
     * Offers that lapsed go to the next people on the waiting list. Returns how many lapsed. One offering at a
     * time, each in its own transaction, so a long list never holds many locks.
     */
    @jakarta.enterprise.context.control.ActivateRequestContext
    public int expireOffers() {
        List<Long> offerings = em.createQuery(
                        "select distinct a.offering.id from Application a where a.status = :s and a.offerExpiresAt <= :now",
                        Long.class)
                .setParameter("s", Status.OFFERED)
                .setParameter("now", now())
                .getResultList();
        int expired = 0;
        for (Long offeringId : offerings) {
            expired += io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> expireOffers(offeringId));
        }
        return expired;
    }

    private int expireOffers(long offeringId) {
        Offering offering = lock(offeringId);
        List<Application> lapsed = em.createQuery(
                        "select a from Application a join fetch a.person where a.offering = :o and a.status = :s"
                                + " and a.offerExpiresAt <= :now",
                        Application.class)
                .setParameter("o", offering)
                .setParameter("s", Status.OFFERED)
                .setParameter("now", now())
                .getResultList();
        for (Application application : lapsed) {
            move(application, Status.EXPIRED, "system", "the offer was not confirmed in time");
            notifier.tell(application, Kind.EXPIRED, null);
        }
        promote(offering);
        return lapsed.size();
    }

    /** The calendar invitation of one's own approved place in a face-to-face offering. */
    @Transactional
    public String calendar(long id, Person person, eu.topcop.learn.platform.i18n.Language language) {
        Application application = own(id, person);
        if (application.status != Status.APPROVED || application.offering.online) {
            throw new DomainException.NotFound("Only an approved place in a face-to-face offering has an invitation");
        }
        return CalendarInvitation.of(application, language);
    }

    @Transactional
    public void markNotificationsRead(Person person) {
        em.createQuery("update Notification n set n.readAt = :now where n.person.id = :p and n.readAt is null")
                .setParameter("now", now())
                .setParameter("p", person.id)
                .executeUpdate();
    }

    /**
     * The person opens one of their notifications: it is read from now on, and they go to the page it is about (the
     * list when it is about none). Another person's notification is not found, so nobody learns it exists.
     */
    @Transactional
    public String openNotification(Person person, long id) {
        Notification notification = Notification.<Notification>find("id = ?1 and person.id = ?2", id, person.id)
                .firstResultOptional()
                .orElseThrow(() -> new DomainException.NotFound("No notification " + id));
        if (notification.readAt == null) {
            notification.readAt = now();
        }
        // Only a path of this application: a stored link never sends anyone to another site.
        String link = notification.link;
        return link != null && link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\")
                ? link
                : "/enrolment/notifications";
    }

    /** An offering changed (in the same transaction): places it gained go to the waiting list. */
    void changed(@jakarta.enterprise.event.Observes Offering.Changed event) {
        em.flush();
        promote(lock(event.offeringId()));
    }

    /** An offering was cancelled (in the same transaction): everyone still in the running is told why. */
    void cancelled(@jakarta.enterprise.event.Observes Offering.Cancelled event) {
        InList activeIn = InList.of(
                "active",
                java.util.Arrays.stream(Status.values())
                        .filter(Status::isActive)
                        .toList());
        List<Application> active = InList.bind(
                        em.createQuery(
                                "select a from Application a join fetch a.person where a.offering.id = :o and a.status in "
                                        + activeIn,
                                Application.class),
                        activeIn)
                .setParameter("o", event.offeringId())
                .getResultList();
        for (Application application : active) {
            move(application, Status.CANCELLED, event.by(), event.reason());
            notifier.tell(application, Kind.CANCELLED, null);
        }
    }

    /**
     * Free seats go to the waiting list in order, skipping people whose country's quota is used up and people
     * the online-phase rule bars from a seat.
     */
    void promote(Offering offering) {
        Map<String, Long> held = seatsHeld(offering);
        long total = held.values().stream().mapToLong(Long::longValue).sum();
        if (total >= offering.capacity) {
            return;
        }
        EnrolmentRules.Rules quotas = rules.of(offering);
        List<Application> waiting = em.createQuery(
                        "select a from Application a join fetch a.person where a.offering = :o and a.status = :s"
                                + " order by a.waitingSince, a.id",
                        Application.class)
                .setParameter("o", offering)
                .setParameter("s", Status.WAITING)
                .getResultList();
        Set<Long> barred = onlinePhase.barredFromSeat(offering, waiting, today());
        for (Application next : waiting) {
            if (total >= offering.capacity) {
                break;
            }
            if (barred.contains(next.id)) {
                continue;
            }
            if (quotas.hasQuotas()
                    && held.getOrDefault(next.country, 0L) >= quotas.quotas().getOrDefault(next.country, 0)) {
                continue;
            }
            move(next, Status.OFFERED, "system", null);
            next.offerExpiresAt = now().plus(Duration.ofHours(offerHours));
            notifier.tell(next, Kind.OFFERED, null);
            held.merge(next.country, 1L, Long::sum);
            total++;
        }
    }

    /**
     * Whether a seat is there for this application: the one it holds already (an offered seat is kept for it
     * until the offer lapses), or a free one within the offering's capacity and its country's quota.
     */
    private boolean seatFor(Offering offering, Application application) {
        if (application.status.holdsSeat()) {
            return true;
        }
        String country = application.country;
        Map<String, Long> held = seatsHeld(offering);
        long total = held.values().stream().mapToLong(Long::longValue).sum();
        if (total >= offering.capacity) {
            return false;
        }
        EnrolmentRules.Rules quotas = rules.of(offering);
        return !quotas.hasQuotas()
                || held.getOrDefault(country, 0L) < quotas.quotas().getOrDefault(country, 0);
    }

    /** Seats held (approved or offered) per country: one statement. */
    private Map<String, Long> seatsHeld(Offering offering) {
        Map<String, Long> held = new HashMap<>();
        InList heldIn = InList.of("held", List.of(Status.APPROVED, Status.OFFERED));
        InList.bind(
                        em.createQuery(
                                "select a.country, count(a) from Application a where a.offering = :o and a.status in "
                                        + heldIn + " group by a.country",
                                Object[].class),
                        heldIn)
                .setParameter("o", offering)
                .getResultList()
                .forEach(r -> held.put((String) r[0], (Long) r[1]));
        return held;
    }

    /** The online-phase rule, where one application is to take a seat: 409 saying why when it may not. */
    private void refuseIfBarred(Application application) {
        if (!onlinePhase.mayTakeSeat(application, today())) {
            throw new DomainException.Conflict("The online phase was not completed by the gate deadline "
                    + application.offering.gateDeadline + ": no seat can be given");
        }
    }

    private long activeOfCountry(Offering offering, String country) {
        InList activeIn = InList.of(
                "active",
                java.util.Arrays.stream(Status.values())
                        .filter(Status::isActive)
                        .toList());
        return InList.bind(
                        em.createQuery(
                                "select count(a) from Application a where a.offering = :o and a.country = :c and a.status in "
                                        + activeIn,
                                Long.class),
                        activeIn)
                .setParameter("o", offering)
                .setParameter("c", country)
                .getSingleResult();
    }

    private void checkEligible(Offering offering, Person person, boolean speaksWorkingLanguage, Long countryActive) {
        List<Eligibility.Reason> reasons = reasons(offering, person, speaksWorkingLanguage, countryActive);
        if (!reasons.isEmpty()) {
            throw new Ineligible(reasons);
        }
    }

    private List<Eligibility.Reason> reasons(
            Offering offering, Person person, boolean speaksWorkingLanguage, Long countryActive) {
        EnrolmentRules.Rules offeringRules = rules.of(offering);
        boolean partner = person.country != null
                && Country.<Country>findByIdOptional(person.country)
                        .map(c -> c.eapPartner)
                        .orElse(false);
        return Eligibility.check(
                offering,
                offeringRules,
                person,
                partner,
                speaksWorkingLanguage,
                completions.completed(person.id, offeringRules.prerequisites()),
                countryActive,
                today());
    }

    public EnrolmentRules.Rules rules(String offeringCode) {
        return rules.of(offering(offeringCode));
    }

    /**
     * Sets who may take part. Quotas name known countries, agency types known types, prerequisites published
     * modules; the gate deadline is before the offering starts. Raising a quota may seat people waiting.
     */
    @Transactional
    public EnrolmentRules.Rules setRules(
            String offeringCode, Person manager, boolean admin, EnrolmentRules.Rules wanted) {
        Offering offering = lock(offering(offeringCode).id);
        if (!admin && !offering.isManagedBy(manager.username)) {
            throw new ForbiddenException("Only the offering's course manager sets who may take part");
        }
        rules.replace(offering, rules.checked(offering, wanted));
        em.flush();
        promote(offering);
        return rules.of(offering);
    }

    /** Why this person may not apply now, for pages that offer the form only to those who may. */
    public List<Eligibility.Reason> reasonsAgainst(String offeringCode, Person person) {
        return reasons(offering(offeringCode), person, true, null);
    }

    private Application create(
            Offering offering,
            Person person,
            Application.Kind kind,
            String motivation,
            Person by,
            Supervisor supervisor) {
        Application application = new Application();
        application.offering = offering;
        application.person = person;
        application.country = person.country;
        application.kind = kind;
        application.status = Status.SUBMITTED;
        application.motivation =
                motivation == null || motivation.isBlank() ? null : cut(motivation.strip(), Application.MOTIVATION_MAX);
        application.nominatedBy = by;
        application.supervisedBy(supervisor);
        application.submittedAt = now();
        application.updatedAt = application.submittedAt;
        application.persist();
        return application;
    }

    void move(Application application, Status to, String actor, String reason) {
        em.persist(application.moveTo(
                to, actor, reason == null ? null : cut(reason.strip(), Application.REASON_MAX), now()));
    }

    private Application existing(Offering offering, Person person) {
        if (person.id == null) {
            return null;
        }
        return Application.<Application>find("offering = ?1 and person.id = ?2", offering, person.id)
                .firstResult();
    }

    private Application own(long id, Person applicant) {
        Application application = application(id);
        if (!application.person.id.equals(applicant.id)) {
            // Someone else's application: it does not exist for them.
            throw new DomainException.NotFound("No application " + id);
        }
        return application;
    }

    Application application(long id) {
        return Application.<Application>findByIdOptional(id)
                .orElseThrow(() -> new DomainException.NotFound("No application " + id));
    }

    private Offering offering(String code) {
        return Offering.<Offering>find("code", code)
                .firstResultOptional()
                .orElseThrow(() -> new DomainException.NotFound("No offering with code '" + code + "'"));
    }

    Offering lock(long offeringId) {
        return em.find(Offering.class, offeringId, LockModeType.PESSIMISTIC_WRITE);
    }

    private static Person.AgencyType agencyType(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Person.AgencyType.of(code)
                .orElseThrow(() -> new DomainException.RuleViolation(
                        "agencyType", "Unknown agency type '" + code + "'; use one of " + Person.AgencyType.codes()));
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** An application and whether this request created it (201) or found it (200). */
    public record Result(Application application, boolean created) {}
}
