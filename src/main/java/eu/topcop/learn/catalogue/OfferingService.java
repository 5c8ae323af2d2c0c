package eu.topcop.learn.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.topcop.learn.catalogue.OfferingViews.CourseChoice;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.security.ForbiddenException;

/**
 * Course managers publish, change and cancel offerings; {@link OfferingCatalogue} reads them. Only an
 * offering's own course manager or an administrator may change it.
 */
@ApplicationScoped
public class OfferingService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<Offering.Cancelled> cancelled;

    @Inject
    jakarta.enterprise.event.Event<Offering.Changed> changed;

    /** Publishes an offering; the person publishing it is its course manager. */
    @Transactional
    public Offering publish(OfferingForm form, String managerUsername, String managerName) {
        Course course = check(form, null);
        Offering offering = new Offering();
        offering.code = freeCode(course.code + "-" + form.startsOn());
        offering.course = course;
        offering.courseManager = managerUsername;
        offering.courseManagerName = managerName == null || managerName.isBlank() ? managerUsername : managerName;
        offering.createdAt = Instant.now(clock);
        apply(offering, form);
        offering.persist();
        return offering;
    }

    /**
     * Changes an offering; only its course manager or an administrator may. {@code expectedVersion}, when
     * given, refuses a change made on a stale copy instead of silently overwriting someone else's change.
     */
    @Transactional
    public Offering change(String code, OfferingForm form, Integer expectedVersion, String username, boolean admin) {
        Offering offering = managed(code, username, admin);
        if (offering.isCancelled()) {
            throw new DomainException.Conflict("Offering '" + code + "' is cancelled and can no longer change");
        }
        if (expectedVersion != null && expectedVersion != offering.version) {
            throw new DomainException.Conflict(
                    "Offering '" + code + "' was changed by someone else in the meantime; reload it and try again");
        }
        Course course = check(form, offering);
        offering.course = course;
        apply(offering, form);
        changed.fire(new Offering.Changed(offering.id));
        return offering;
    }

    @Transactional
    public Offering cancel(String code, String reason, String username, boolean admin) {
        Offering offering = managed(code, username, admin);
        if (reason == null || reason.isBlank()) {
            throw new DomainException.RuleViolation("reason", "Say why the offering is cancelled");
        }
        if (reason.length() > 500) {
            throw new DomainException.RuleViolation("reason", "The reason is longer than 500 characters");
        }
        if (!offering.isCancelled()) {
            offering.cancel(reason.trim(), Instant.now(clock));
            cancelled.fire(new Offering.Cancelled(offering.id, offering.cancellationReason, username));
        }
        return offering;
    }

    /** Courses to choose from when publishing, in curriculum order. */
    public List<CourseChoice> courseChoices(Language language) {
        return em
                .createQuery(
                        "select k from Course k join fetch k.curriculum join fetch k.activityType"
                                + " order by k.curriculum.code, k.position",
                        Course.class)
                .getResultList()
                .stream()
                .map(k -> new CourseChoice(
                        k.code,
                        Localized.pick(k.title, language).text(),
                        Localized.pick(k.curriculum.title, language).text(),
                        k.activityType.online))
                .toList();
    }

    /** The form as the offering now is, for editing. */
    public OfferingForm form(String code) {
        Offering o = Offering.<Offering>find("code", code)
                .firstResultOptional()
                .orElseThrow(() -> new DomainException.NotFound("No offering with code '" + code + "'"));
        return new OfferingForm(
                o.course.code,
                o.startsOn,
                o.endsOn,
                o.online,
                o.venue,
                o.country == null ? null : o.country.code,
                (int) o.capacity,
                o.workingLanguage,
                o.applicationsOpenOn,
                o.applicationsCloseOn);
    }

    private Course check(OfferingForm form, Offering current) {
        Course course = present(form.course())
                ? Course.<Course>find("code", form.course().trim()).firstResult()
                : null;
        boolean countryKnown = !present(form.country())
                || Country.findById(form.country().trim().toUpperCase(Locale.ROOT)) != null;
        List<OfferingForm.Problem> problems =
                form.problems(course != null, countryKnown, today(), current == null ? null : current.startsOn);
        if (!problems.isEmpty()) {
            throw new OfferingRejected(problems);
        }
        return course;
    }

    private void apply(Offering offering, OfferingForm form) {
        offering.startsOn = form.startsOn();
        offering.endsOn = form.endsOn();
        offering.online = form.online();
        offering.venue = form.storedVenue();
        String country = form.storedCountry();
        offering.country = country == null ? null : em.getReference(Country.class, country);
        offering.capacity = form.capacity().shortValue();
        offering.workingLanguage =
                Language.of(form.workingLanguage()).orElseThrow().code();
        offering.applicationsOpenOn = form.applicationsOpenOn();
        offering.applicationsCloseOn = form.applicationsCloseOn();
        offering.updatedAt = Instant.now(clock);
    }

    private Offering managed(String code, String username, boolean admin) {
        Offering offering = Offering.<Offering>find("code", code)
                .firstResultOptional()
                .orElseThrow(() -> new DomainException.NotFound("No offering with code '" + code + "'"));
        if (!admin && !offering.isManagedBy(username)) {
            throw new ForbiddenException("Only the offering's course manager may change it");
        }
        return offering;
    }

    /** The course code and start date, numbered when a course starts twice on the same day. */
    private String freeCode(String base) {
        List<String> taken = em.createQuery("select o.code from Offering o where o.code like :base", String.class)
                .setParameter("base", base + "%")
                .getResultList();
        if (!taken.contains(base)) {
            return base;
        }
        int n = 2;
        while (taken.contains(base + "-" + n)) {
            n++;
        }
        return base + "-" + n;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
