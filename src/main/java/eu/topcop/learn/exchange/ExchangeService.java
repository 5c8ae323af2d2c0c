package eu.topcop.learn.exchange;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import eu.topcop.learn.catalogue.CrimePriority;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.exchange.ExchangeApplication.Status;
import eu.topcop.learn.exchange.ExchangeRequests.Apply;
import eu.topcop.learn.exchange.ExchangeRequests.Endorsement;
import eu.topcop.learn.exchange.ExchangeRequests.Match;
import eu.topcop.learn.exchange.ExchangeRequests.Offer;
import eu.topcop.learn.exchange.ExchangeRequests.Report;
import eu.topcop.learn.exchange.ExchangeRequests.Shared;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.persistence.InList;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;

/**
 * The exchange programme's life: offers published by hosts, applications by officers, endorsement by the
 * coordinator of the guest's country, matching by course managers (places counted under the offer's row
 * lock), the guest's report with a commitment to share, and the follow-up of that sharing.
 */
@ApplicationScoped
public class ExchangeService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ExchangeNotices notices;

    @Inject
    jakarta.enterprise.event.Event<ExchangeNotices.Submitted> submitted;

    @Transactional
    public ExchangeOffer publish(Offer form, String publisher) {
        List<Problem.FieldError> problems = new ArrayList<>();
        ExchangeOffer.Kind kind = null;
        try {
            kind = ExchangeOffer.Kind.valueOf(form.kind() == null ? "" : form.kind());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem.FieldError("kind", "Choose short term, long term or study visit"));
        }
        CrimePriority priority = CrimePriority.<CrimePriority>find(
                        "code", form.priority() == null ? "" : form.priority())
                .firstResult();
        if (priority == null) {
            problems.add(new Problem.FieldError("priority", "Choose a crime priority"));
        }
        if (blank(form.hostCountry())
                || ((Number) em.createNativeQuery("SELECT COUNT(*) FROM country WHERE code = :c")
                                        .setParameter("c", form.hostCountry())
                                        .getSingleResult())
                                .intValue()
                        == 0) {
            problems.add(new Problem.FieldError("hostCountry", "Choose the host's country"));
        }
        text(problems, "hostAgency", form.hostAgency(), 200);
        text(problems, "topic", form.topic(), 300);
        text(problems, "description", form.description(), 4000);
        if (form.places() == null || form.places() < 1 || form.places() > 100) {
            problems.add(new Problem.FieldError("places", "Places: from 1 to 100"));
        }
        if (form.startsOn() == null || form.startsOn().isBefore(LocalDate.now(clock))) {
            problems.add(new Problem.FieldError("startsOn", "Give the first day, not in the past"));
        }
        if (form.endsOn() == null || (form.startsOn() != null && form.endsOn().isBefore(form.startsOn()))) {
            problems.add(new Problem.FieldError("endsOn", "Give the last day, not before the first"));
        } else if (kind == ExchangeOffer.Kind.SHORT_TERM
                && form.startsOn() != null
                && ChronoUnit.DAYS.between(form.startsOn(), form.endsOn()) >= 14) {
            problems.add(new Problem.FieldError("endsOn", "A short-term exchange lasts at most two weeks"));
        }
        if (form.language() == null || Language.of(form.language()).isEmpty()) {
            problems.add(new Problem.FieldError("language", "Choose the working language"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException.Invalid("The offer has mistakes", problems);
        }
        ExchangeOffer offer = new ExchangeOffer();
        offer.code = "ex-" + form.hostCountry().toLowerCase(Locale.ROOT) + "-" + form.startsOn() + "-"
                + UUID.randomUUID().toString().substring(0, 6);
        offer.kind = kind;
        offer.hostCountry = form.hostCountry();
        offer.hostAgency = form.hostAgency().strip();
        offer.topic = form.topic().strip();
        offer.priority = priority;
        offer.places = form.places().shortValue();
        offer.startsOn = form.startsOn();
        offer.endsOn = form.endsOn();
        offer.language = form.language();
        offer.description = form.description().strip();
        offer.status = "OPEN";
        offer.publishedBy = publisher;
        offer.createdAt = now();
        offer.persist();
        return offer;
    }

    /** An officer applies; applying twice returns the first application. */
    @Transactional
    public ExchangeApplication apply(String offerCode, Person officer, Apply form) {
        ExchangeOffer offer = offer(offerCode);
        if (!offer.isOpen() || !offer.startsOn.isAfter(LocalDate.now(clock))) {
            throw new DomainException.Conflict("The offer " + offerCode + " takes no more applications");
        }
        if (officer.id == null || officer.country == null) {
            throw new DomainException.RuleViolation(
                    "country", "Your account has no country: your coordinator cannot endorse you");
        }
        ExchangeApplication existing = ExchangeApplication.<ExchangeApplication>find(
                        "offer = ?1 and person.id = ?2", offer, officer.id)
                .firstResult();
        if (existing != null) {
            return existing;
        }
        // Every reason at once, the offer's country among them, so the officer mends the form in one go.
        List<Problem.FieldError> problems = new ArrayList<>();
        boolean atHome = officer.country.equals(offer.hostCountry);
        if (atHome) {
            problems.add(new Problem.FieldError("offer", "An exchange takes officers to another country"));
        }
        text(problems, "agency", form.agency(), 200);
        text(problems, "motivation", form.motivation(), 2000);
        List<String> languages = form.languages() == null
                ? List.of()
                : form.languages().stream()
                        .filter(l -> Language.of(l).isPresent())
                        .distinct()
                        .toList();
        if (languages.isEmpty()) {
            problems.add(new Problem.FieldError("languages", "Name the languages you work in"));
        }
        if (!problems.isEmpty()) {
            DomainException refused = new DomainException.Invalid("The application has mistakes", problems);
            throw atHome ? refused.because("offer", ExchangeMessages.class, "refused_abroad") : refused;
        }
        ExchangeApplication application = new ExchangeApplication();
        application.offer = offer;
        application.person = em.merge(officer);
        application.guestCountry = officer.country;
        application.guestAgency = form.agency().strip();
        application.languages = String.join(",", languages);
        application.motivation = form.motivation().strip();
        application.status = Status.SUBMITTED;
        application.submittedAt = now();
        application.updatedAt = application.submittedAt;
        application.persist();
        submitted.fire(new ExchangeNotices.Submitted(application.id));
        return application;
    }

    /** The coordinator of the guest's country endorses, or declines with a reason. */
    @Transactional
    public ExchangeApplication endorse(long id, Person coordinator, String country, Endorsement decision) {
        ExchangeApplication application = locked(id);
        if (country == null || !country.equals(application.guestCountry)) {
            throw new DomainException.NotFound("No application " + id + " from your country");
        }
        if (!decision.endorse() && blank(decision.reason())) {
            throw new DomainException.RuleViolation("reason", "Say why the application is declined");
        }
        application.moveTo(decision.endorse() ? Status.ENDORSED : Status.DECLINED, now());
        application.endorsedBy = coordinator.username;
        application.endorsedAt = now();
        application.reason = decision.endorse() ? null : decision.reason().strip();
        notices.endorsed(application);
        return application;
    }

    /**
     * A course manager matches an endorsed guest with a host offer (the one applied for or another, for example
     * a suggested one), assigns a mentor and records the learning agreement. The offer's places are counted under
     * its row lock, so two managers cannot overfill it.
     */
    @Transactional
    public ExchangeApplication match(long id, Person manager, Match match) {
        ExchangeApplication application = locked(id);
        ExchangeOffer offer = blank(match.offer()) ? application.offer : offer(match.offer());
        em.lock(offer, LockModeType.PESSIMISTIC_WRITE);
        List<Problem.FieldError> problems = new ArrayList<>();
        text(problems, "mentor", match.mentor(), 200);
        text(problems, "learningAgreement", match.learningAgreement(), 4000);
        if (!blank(match.mentorEmail())
                && (match.mentorEmail().strip().length() > 254
                        || !match.mentorEmail().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            problems.add(new Problem.FieldError("mentorEmail", "Not an e-mail address"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException.Invalid("The match has mistakes", problems);
        }
        if (!offer.isOpen()) {
            throw new DomainException.Conflict("The offer " + offer.code + " is cancelled");
        }
        if (offer.hostCountry.equals(application.guestCountry)) {
            throw new DomainException.RuleViolation("offer", "An exchange takes officers to another country");
        }
        InList placedStatuses = InList.of("placed", List.of(Status.MATCHED, Status.REPORTED));
        Map<String, Object> parameters = new HashMap<>(placedStatuses.parameters());
        parameters.put("offer", offer);
        long placed = ExchangeApplication.count("offer = :offer and status in " + placedStatuses, parameters);
        if (placed >= offer.places) {
            throw new DomainException.Conflict("All " + offer.places + " places of " + offer.code + " are matched");
        }
        if (offer != application.offer
                && ExchangeApplication.count("offer = ?1 and person = ?2", offer, application.person) > 0) {
            throw new DomainException.Conflict(
                    "The officer has applied for " + offer.code + " too: match that application");
        }
        application.moveTo(Status.MATCHED, now());
        application.offer = offer;
        application.mentor = match.mentor().strip();
        application.mentorEmail =
                blank(match.mentorEmail()) ? null : match.mentorEmail().strip().toLowerCase(Locale.ROOT);
        application.learningAgreement = match.learningAgreement().strip();
        application.matchedBy = manager.username;
        application.matchedAt = now();
        notices.matched(application);
        return application;
    }

    @Transactional
    public ExchangeApplication withdraw(long id, Person guest) {
        ExchangeApplication application = own(id, guest);
        application.moveTo(Status.WITHDRAWN, now());
        return application;
    }

    /** After the placement the guest reports and commits to share what they learned by a day. */
    @Transactional
    public ExchangeApplication report(long id, Person guest, Report report) {
        ExchangeApplication application = own(id, guest);
        List<Problem.FieldError> problems = new ArrayList<>();
        text(problems, "report", report.report(), 4000);
        text(problems, "commitment", report.commitment(), 2000);
        if (report.shareBy() == null || report.shareBy().isBefore(LocalDate.now(clock))) {
            problems.add(new Problem.FieldError("shareBy", "Say by when you will have shared it (not in the past)"));
        }
        if (application.offer.endsOn.isAfter(LocalDate.now(clock).plusDays(1))) {
            problems.add(new Problem.FieldError("report", "The report comes after the placement"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException.Invalid("The report has mistakes", problems);
        }
        application.moveTo(Status.REPORTED, now());
        application.report = report.report().strip();
        application.commitment = report.commitment().strip();
        application.shareBy = report.shareBy();
        application.reportedAt = now();
        return application;
    }

    /** The follow-up: how the guest shared what they learned; the officers it reached count in the cascade. */
    @Transactional
    public ExchangeApplication shared(long id, Person guest, Shared shared) {
        ExchangeApplication application = own(id, guest);
        if (application.status != Status.REPORTED) {
            throw new DomainException.Conflict("Sharing is recorded after the report");
        }
        List<Problem.FieldError> problems = new ArrayList<>();
        if (shared.sharedOn() == null || shared.sharedOn().isAfter(LocalDate.now(clock))) {
            problems.add(new Problem.FieldError("sharedOn", "Give the day it was shared, not in the future"));
        }
        if (shared.sharedWith() == null || shared.sharedWith() < 1 || shared.sharedWith() > 100_000) {
            problems.add(new Problem.FieldError("sharedWith", "With how many officers: at least 1"));
        }
        text(problems, "how", shared.how(), 1000);
        if (!problems.isEmpty()) {
            throw new DomainException.Invalid("The follow-up has mistakes", problems);
        }
        application.sharedOn = shared.sharedOn();
        application.sharedWith = shared.sharedWith();
        application.sharedHow = shared.how().strip();
        application.updatedAt = now();
        return application;
    }

    /**
     * The follow-up: guests whose day to have shared what they learned has passed, with nothing recorded, are
     * reminded once. Returns how many were reminded.
     */
    @Transactional
    public int remindSharing() {
        List<ExchangeApplication> due = em.createQuery(
                        "select a from ExchangeApplication a join fetch a.person join fetch a.offer where a.status = :s"
                                + " and a.shareBy < :today and a.sharedOn is null and a.shareRemindedAt is null",
                        ExchangeApplication.class)
                .setParameter("s", Status.REPORTED)
                .setParameter("today", LocalDate.now(clock))
                .setMaxResults(200)
                .getResultList();
        for (ExchangeApplication application : due) {
            application.shareRemindedAt = now();
            notices.shareDue(application);
        }
        return due.size();
    }

    @Transactional
    public ExchangeOffer cancel(String code, String country, boolean manager) {
        ExchangeOffer offer = offer(code);
        if (!manager && !offer.hostCountry.equals(country)) {
            throw new DomainException.NotFound("No offer " + code + " of your country");
        }
        offer.status = "CANCELLED";
        return offer;
    }

    ExchangeOffer offer(String code) {
        ExchangeOffer offer = ExchangeOffer.<ExchangeOffer>find("code", code == null ? "" : code.strip())
                .firstResult();
        if (offer == null) {
            throw new DomainException.NotFound("No exchange offer " + code);
        }
        return offer;
    }

    private ExchangeApplication locked(long id) {
        ExchangeApplication application = em.find(ExchangeApplication.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw new DomainException.NotFound("No application " + id);
        }
        return application;
    }

    private ExchangeApplication own(long id, Person guest) {
        ExchangeApplication application = locked(id);
        if (!application.isOf(guest)) {
            throw new DomainException.NotFound("No application " + id);
        }
        return application;
    }

    private static void text(List<Problem.FieldError> problems, String field, String value, int max) {
        if (blank(value) || value.strip().length() > max) {
            problems.add(new Problem.FieldError(field, "Required, at most " + max + " characters"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
