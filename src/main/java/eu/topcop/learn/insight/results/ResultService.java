package eu.topcop.learn.insight.results;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import eu.topcop.learn.insight.results.OperationalResult.Status;
import eu.topcop.learn.insight.results.ResultViews.DecisionRequest;
import eu.topcop.learn.insight.results.ResultViews.Detail;
import eu.topcop.learn.insight.results.ResultViews.ResultRequest;
import eu.topcop.learn.insight.results.ResultsViewer.Viewer;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;
import eu.topcop.learn.platform.web.TextInput;
import io.quarkus.security.ForbiddenException;

/**
 * Recording, editing and deciding on operational results, each act in the result's audit trail. Coordinators record
 * their own country's results and course managers any country's, validated as they record them; anyone else
 * proposes a result they took part in themselves, which waits for their coordinator (or a course manager) to
 * validate or reject it. Every rule of the API and the pages is checked here, each mistake named by its field.
 */
@ApplicationScoped
public class ResultService {

    /**
     * The results bundle's message for each field: the pages say what a field needs rather than each rule it broke
     * (the English of every mistake stays for the API).
     */
    static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("kind", "error_kind"),
            Map.entry("date", "error_date"),
            Map.entry("description", "error_description"),
            Map.entry("evidenceReference", "error_evidence"),
            Map.entry("priority", "error_priority"),
            Map.entry("empactPriority", "error_empact"),
            Map.entry("oapActionCode", "error_oap"),
            Map.entry("country", "error_country"),
            Map.entry("officers", "error_officers"),
            Map.entry("count", "error_count"),
            Map.entry("amountEur", "error_amount"),
            Map.entry("reason", "error_reason"),
            Map.entry("decision", "error_decision"));

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ResultReads reads;

    @Transactional
    public Detail record(ResultRequest request, Viewer viewer) {
        OperationalResult.Facts facts = facts(request, viewer, null);
        Instant now = Instant.now(clock);
        OperationalResult result =
                OperationalResult.record(facts, viewer.personId(), viewer.answersFor(facts.country()), now);
        result.persist();
        result.recorded().forEach(c -> c.persist());
        em.flush();
        return detail(result.id, viewer);
    }

    @Transactional
    public Detail edit(long id, ResultRequest request, Viewer viewer) {
        OperationalResult result = locked(id);
        boolean answers = viewer.answersFor(result.country);
        boolean ownProposal = result.recordedBy == viewer.personId() && result.status == Status.PROPOSED;
        if (!answers && !ownProposal) {
            throw new ForbiddenException(
                    "A result is edited by its country's coordinator, or by its officer while it is proposed");
        }
        OperationalResult.Facts facts = facts(request, viewer, result);
        result.edit(facts, viewer.personId(), Instant.now(clock)).ifPresent(c -> c.persist());
        em.flush();
        return detail(id, viewer);
    }

    @Transactional
    public Detail decide(long id, DecisionRequest decision, Viewer viewer) {
        OperationalResult result = locked(id);
        if (!viewer.answersFor(result.country)) {
            throw new ForbiddenException("A result is validated by its country's coordinator or a course manager");
        }
        String reason = decision.reason() == null || decision.reason().isBlank()
                ? null
                : decision.reason().strip();
        if (reason != null && reason.length() > ResultLimits.REASON) {
            throw new DomainException.RuleViolation("reason", "At most " + ResultLimits.REASON + " characters")
                    .because(ResultsMessages.class, REASONS);
        }
        result.decide(decision.action() == ResultViews.Decision.VALIDATE, reason, viewer.personId(), Instant.now(clock))
                .persist();
        em.flush();
        return detail(id, viewer);
    }

    /**
     * The request's mistakes without writing anything: a page that could not read some fields of a form names the
     * other fields' mistakes beside them. {@code editing}: the result being edited, if any.
     */
    @Transactional
    public List<Problem.FieldError> mistakes(ResultRequest request, Viewer viewer, Long editing) {
        try {
            facts(request, viewer, editing == null ? null : OperationalResult.<OperationalResult>findById(editing));
            return List.of();
        } catch (DomainException.Invalid e) {
            return e.errors();
        }
    }

    public Detail detail(long id, Viewer viewer) {
        ResultViews.Result result = reads.get(id, viewer);
        return new Detail(result, reads.history(result));
    }

    private static OperationalResult locked(long id) {
        return OperationalResult.<OperationalResult>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new DomainException.NotFound("No operational result " + id));
    }

    /** The request checked against every rule, or every mistake named by its field (422). */
    private OperationalResult.Facts facts(ResultRequest request, Viewer viewer, OperationalResult editing) {
        List<Problem.FieldError> problems = new ArrayList<>();
        String country = country(request.country(), viewer, editing, problems);
        ResultKind kind = request.kind();
        if (kind == null) {
            problems.add(new Problem.FieldError("kind", "Choose what kind of result it is"));
        }
        LocalDate day = request.date();
        LocalDate today = LocalDate.now(clock);
        if (day == null || day.isBefore(ResultLimits.FIRST_DAY) || day.isAfter(today)) {
            problems.add(new Problem.FieldError("date", "Give a day from " + ResultLimits.FIRST_DAY + " to today"));
        }
        String description = text("description", request.description(), ResultLimits.DESCRIPTION, true, problems);
        String evidence = text("evidenceReference", request.evidenceReference(), ResultLimits.EVIDENCE, true, problems);
        String action = text("oapActionCode", request.oapActionCode(), ResultLimits.ACTION_CODE, false, problems);
        if (action != null && !action.matches(ResultLimits.ACTION_CODE_PATTERN)) {
            problems.add(
                    new Problem.FieldError("oapActionCode", "Write the action's code as the plan does, e.g. OA 2.3"));
        }
        Map<String, Object[]> priorities = priorities(request.priority(), request.empactPriority());
        Long priorityId = priority("priority", request.priority(), priorities, true, problems);
        Long empactId = priority("empactPriority", request.empactPriority(), priorities, false, problems);
        if (kind != null && kind.needsAction()) {
            if (action == null) {
                problems.add(
                        new Problem.FieldError("oapActionCode", "An operational action needs its code in the plan"));
            }
            if (empactId == null && blank(request.empactPriority())) {
                problems.add(
                        new Problem.FieldError("empactPriority", "An operational action needs its EMPACT priority"));
            }
        }
        Integer count = request.count();
        if (kind != null && count != null && !kind.takesCount()) {
            problems.add(new Problem.FieldError("count", "Only arrests and cross-border cases are counted"));
        } else if (kind != null && count == null && kind.needsCount()) {
            problems.add(new Problem.FieldError("count", "Say how many arrests were made"));
        } else if (count != null && (count < 1 || count > ResultLimits.MAX_COUNT)) {
            problems.add(new Problem.FieldError("count", "A whole number from 1 to " + ResultLimits.MAX_COUNT));
        }
        BigDecimal amount = request.amountEur();
        if (amount != null) {
            if (kind != null && !kind.takesAmount()) {
                problems.add(new Problem.FieldError("amountEur", "Only assets frozen or seized have an amount"));
            } else if (amount.signum() < 0
                    || amount.compareTo(new BigDecimal(ResultLimits.MAX_AMOUNT)) > 0
                    || amount.stripTrailingZeros().scale() > 2) {
                problems.add(new Problem.FieldError("amountEur", "An amount in euros with at most two decimals"));
            }
        }
        if (country != null && country.matches("[A-Z]{2}") && viewer.everyCountry() && !countryExists(country)) {
            problems.add(new Problem.FieldError("country", "No country " + country));
        }
        Set<Long> officers = officers(request.officers(), country, viewer, editing, problems);
        if (!problems.isEmpty()) {
            throw new DomainException.Invalid("The result has mistakes", problems)
                    .because(ResultsMessages.class, REASONS);
        }
        return new OperationalResult.Facts(
                kind,
                day,
                country,
                priorityId,
                empactId,
                action,
                description,
                evidence,
                count,
                amount == null ? null : amount.setScale(2),
                Boolean.TRUE.equals(request.restricted()),
                officers);
    }

    /** A manager's choice; a coordinator's and an officer's own country (an edit keeps the result's). */
    private static String country(
            String asked, Viewer viewer, OperationalResult editing, List<Problem.FieldError> problems) {
        String given = blank(asked) ? null : asked.strip().toUpperCase(Locale.ROOT);
        if (viewer.everyCountry()) {
            String chosen = given != null ? given : editing == null ? null : editing.country;
            if (chosen == null || !chosen.matches("[A-Z]{2}")) {
                problems.add(new Problem.FieldError("country", "Choose the country of the result"));
            }
            return chosen;
        }
        String own = editing != null ? editing.country : viewer.country();
        if (own == null) {
            problems.add(new Problem.FieldError("country", "Your account names no country: ask an administrator"));
            return null;
        }
        if (given != null && !given.equals(own)) {
            throw new ForbiddenException("Results are recorded for one's own country only");
        }
        return own;
    }

    /**
     * The officers of the result: people of its country. Someone who does not answer for the country proposes a
     * result of their own: they are its officer, and name nobody else.
     */
    private Set<Long> officers(
            List<Long> given,
            String country,
            Viewer viewer,
            OperationalResult editing,
            List<Problem.FieldError> problems) {
        Set<Long> ids = new LinkedHashSet<>(given == null ? List.of() : given);
        if (country == null || !viewer.answersFor(country)) {
            if (ids.stream().anyMatch(id -> id != viewer.personId())) {
                problems.add(new Problem.FieldError("officers", "You propose results you took part in yourself"));
            }
            return new LinkedHashSet<>(List.of(viewer.personId()));
        }
        if (ids.isEmpty()) {
            problems.add(new Problem.FieldError("officers", "Name the officers who took part"));
            return ids;
        }
        if (ids.size() > ResultLimits.MAX_OFFICERS) {
            problems.add(new Problem.FieldError("officers", "At most " + ResultLimits.MAX_OFFICERS + " officers"));
            return ids;
        }
        @SuppressWarnings("unchecked")
        List<Number> found = em.createNativeQuery(
                        "SELECT id FROM person WHERE id IN (:ids) AND country_code = :c" + " AND erased_at IS NULL")
                .setParameter("ids", ids)
                .setParameter("c", country)
                .getResultList();
        Set<Long> known = new TreeSet<>();
        found.forEach(n -> known.add(n.longValue()));
        if (!known.containsAll(ids)) {
            problems.add(new Problem.FieldError("officers", "Name officers of " + country + " only"));
        }
        return ids;
    }

    private boolean countryExists(String code) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM country WHERE code = :c")
                                .setParameter("c", code)
                                .getSingleResult())
                        .intValue()
                > 0;
    }

    /** The priorities asked for, by code: id, portfolio, EMPACT; one statement. */
    private Map<String, Object[]> priorities(String priority, String empact) {
        List<String> codes = new ArrayList<>();
        for (String code : new String[] {priority, empact}) {
            if (!blank(code)) {
                codes.add(code.strip());
            }
        }
        Map<String, Object[]> found = new HashMap<>();
        if (!codes.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                            "SELECT code, id, portfolio, cycle_id IS NOT NULL FROM crime_priority WHERE code IN (:c)")
                    .setParameter("c", codes)
                    .getResultList();
            rows.forEach(r -> found.put((String) r[0], r));
        }
        return found;
    }

    private static Long priority(
            String field,
            String code,
            Map<String, Object[]> found,
            boolean portfolio,
            List<Problem.FieldError> problems) {
        if (blank(code)) {
            if (portfolio) {
                problems.add(new Problem.FieldError(field, "Choose the crime priority of the portfolio"));
            }
            return null;
        }
        Object[] row = found.get(code.strip());
        boolean fits = row != null && (portfolio ? ResultReads.truth(row[2]) : ResultReads.truth(row[3]));
        if (!fits) {
            problems.add(new Problem.FieldError(
                    field, portfolio ? "Not a crime priority of the portfolio" : "Not an EMPACT priority"));
            return null;
        }
        return ((Number) row[1]).longValue();
    }

    private static String text(
            String field, String value, int limit, boolean required, List<Problem.FieldError> problems) {
        if (blank(value)) {
            if (required) {
                problems.add(new Problem.FieldError(field, "Required"));
            }
            return null;
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > limit) {
            problems.add(new Problem.FieldError(field, "At most " + limit + " characters"));
        }
        TextInput.problem(text).ifPresent(p -> problems.add(new Problem.FieldError(field, p)));
        return text;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
