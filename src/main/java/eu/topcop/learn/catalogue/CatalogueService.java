package eu.topcop.learn.catalogue;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.CatalogueViews.ActivityKind;
import eu.topcop.learn.catalogue.CatalogueViews.Coverage;
import eu.topcop.learn.catalogue.CatalogueViews.Cycle;
import eu.topcop.learn.catalogue.CatalogueViews.PartnerCountry;
import eu.topcop.learn.catalogue.CatalogueViews.PortfolioPriority;
import eu.topcop.learn.catalogue.CatalogueViews.Priority;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.persistence.KeptWhileUnchanged;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.arc.Arc;

/**
 * Reads the catalogue's reference data, named in the reader's language with English as the visible
 * fallback. Every method issues a fixed number of statements, however many priorities a cycle has.
 */
@ApplicationScoped
public class CatalogueService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ReferenceStamp stamp;

    /**
     * What pages read of the reference data, kept while it stays as it was: every page names priorities or
     * activity types, and the home page alone read them in six statements (issue 17, P2). Migrations write them;
     * the stamp (read once a request) also sees rows added while the application runs.
     */
    private final KeptWhileUnchanged kept = new KeptWhileUnchanged(1_024);

    private <V> V kept(String what, Supplier<V> read, Object... arguments) {
        List<Object> key = new ArrayList<>(Arrays.asList(arguments));
        key.add(what);
        boolean inRequest = Arc.container().requestContext().isActive();
        return kept.get(inRequest ? stamp.now() : ReferenceStamp.read(em), key, read);
    }

    public Cycle currentCycle() {
        int year = LocalDate.now(clock).getYear();
        return kept("currentCycle", () -> readCurrentCycle(year), year);
    }

    private Cycle readCurrentCycle(int year) {
        return EmpactCycle.current(year)
                .map(Cycle::of)
                .orElseThrow(() -> new DomainException.NotFound("No EMPACT cycle is recorded for " + year));
    }

    public Cycle cycle(String code) {
        return kept("cycle", () -> readCycle(code), code);
    }

    private Cycle readCycle(String code) {
        return EmpactCycle.byCode(code)
                .map(Cycle::of)
                .orElseThrow(() -> new DomainException.NotFound("No EMPACT cycle with code '" + code + "'"));
    }

    public List<Cycle> cycles() {
        return kept("cycles", this::readCycles);
    }

    private List<Cycle> readCycles() {
        return EmpactCycle.<EmpactCycle>list("order by firstYear").stream()
                .map(Cycle::of)
                .toList();
    }

    /** The EU priorities of a cycle, in the Council's order, the horizontal goal last. */
    public List<Priority> empactPriorities(String cycleCode, Language language) {
        return kept("empactPriorities", () -> readEmpactPriorities(cycleCode, language), cycleCode, language);
    }

    private List<Priority> readEmpactPriorities(String cycleCode, Language language) {
        return named("where p.cycle.code = :cycle order by p.position", Map.of("cycle", cycleCode), language);
    }

    /** The portfolio's own priorities, each with the EMPACT priorities of the given cycle that it serves. */
    /** The portfolio's crime priorities of the current cycle, code to name in the language, in their order. */
    public Map<String, String> portfolioNames(Language language) {
        Map<String, String> names = new LinkedHashMap<>();
        portfolio(currentCycle().code(), language).forEach(p -> names.put(p.code(), p.name()));
        return names;
    }

    public List<PortfolioPriority> portfolio(String cycleCode, Language language) {
        return kept("portfolio", () -> readPortfolio(cycleCode, language), cycleCode, language);
    }

    private List<PortfolioPriority> readPortfolio(String cycleCode, Language language) {
        Map<String, Priority> empact = byCode(readEmpactPriorities(cycleCode, language));
        Map<String, List<Priority>> served = new LinkedHashMap<>();
        for (String[] link : links(cycleCode)) {
            served.computeIfAbsent(link[0], k -> new ArrayList<>()).add(empact.get(link[1]));
        }
        return named("where p.portfolio = true order by p.position", Map.of(), language).stream()
                .map(p -> new PortfolioPriority(
                        p.code(), p.name(), p.translated(), unmodifiable(served.getOrDefault(p.code(), List.of()))))
                .toList();
    }

    /** For each EMPACT priority of a cycle, the portfolio priorities serving it: the planners' gap view. */
    public List<Coverage> coverage(String cycleCode, Language language) {
        return kept("coverage", () -> readCoverage(cycleCode, language), cycleCode, language);
    }

    private List<Coverage> readCoverage(String cycleCode, Language language) {
        List<Priority> empact = readEmpactPriorities(cycleCode, language);
        Map<String, Priority> portfolio =
                byCode(named("where p.portfolio = true order by p.position", Map.of(), language));
        Map<String, List<Priority>> servedBy = new LinkedHashMap<>();
        for (String[] link : links(cycleCode)) {
            servedBy.computeIfAbsent(link[1], k -> new ArrayList<>()).add(portfolio.get(link[0]));
        }
        return empact.stream()
                .map(e -> new Coverage(e, unmodifiable(servedBy.getOrDefault(e.code(), List.of()))))
                .toList();
    }

    public List<ActivityKind> activityTypes(Language language) {
        return kept("activityTypes", () -> readActivityTypes(language), language);
    }

    private List<ActivityKind> readActivityTypes(Language language) {
        return em.createQuery("""
                        select a.code, value(t), value(e), a.online from ActivityType a
                        left join a.names t on key(t) = :language
                        left join a.names e on key(e) = 'en'
                        order by a.position""", Object[].class).setParameter("language", language.code()).getResultList().stream()
                .map(r -> new ActivityKind((String) r[0], name(r[1], r[2], r[0]), r[1] != null, (Boolean) r[3]))
                .toList();
    }

    /** The Eastern Partnership partners, named and sorted in the reader's language. */
    public List<PartnerCountry> partnerCountries(Language language) {
        return kept("partnerCountries", () -> readPartnerCountries(language), language);
    }

    private List<PartnerCountry> readPartnerCountries(Language language) {
        Locale locale = language.locale();
        Collator collator = Collator.getInstance(locale);
        return Country.<Country>list("eapPartner", true).stream()
                .map(c -> new PartnerCountry(c.code, new Locale("", c.code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(PartnerCountry::name, collator))
                .toList();
    }

    /** Every country an offering may take place in, named and sorted in the reader's language. */
    public List<PartnerCountry> venueCountries(Language language) {
        return kept("venueCountries", () -> readVenueCountries(language), language);
    }

    private List<PartnerCountry> readVenueCountries(Language language) {
        Locale locale = language.locale();
        Collator collator = Collator.getInstance(locale);
        return Country.<Country>listAll().stream()
                .map(c -> new PartnerCountry(c.code, new Locale("", c.code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(PartnerCountry::name, collator))
                .toList();
    }

    private List<Priority> named(String where, Map<String, Object> parameters, Language language) {
        var query = em.createQuery(
                "select p.code, value(t), value(e), p.horizontalGoal from CrimePriority p"
                        + " left join p.names t on key(t) = :language"
                        + " left join p.names e on key(e) = 'en' "
                        + where,
                Object[].class);
        query.setParameter("language", language.code());
        parameters.forEach(query::setParameter);
        return query.getResultList().stream()
                .map(r -> new Priority((String) r[0], name(r[1], r[2], r[0]), r[1] != null, (Boolean) r[3]))
                .toList();
    }

    /** Pairs of (portfolio priority code, EMPACT priority code) for the EMPACT priorities of one cycle. */
    private List<String[]> links(String cycleCode) {
        return em
                .createQuery(
                        "select p.code, e.code from CrimePriority p join p.serves e where e.cycle.code = :cycle"
                                + " order by p.position, e.position",
                        Object[].class)
                .setParameter("cycle", cycleCode)
                .getResultList()
                .stream()
                .map(r -> new String[] {(String) r[0], (String) r[1]})
                .toList();
    }

    /** A kept list, shared between requests: read-only, as it was (List.copyOf would refuse a null). */
    private static <T> List<T> unmodifiable(List<T> list) {
        return Collections.unmodifiableList(list);
    }

    private static Map<String, Priority> byCode(List<Priority> priorities) {
        Map<String, Priority> map = new LinkedHashMap<>();
        priorities.forEach(p -> map.put(p.code(), p));
        return map;
    }

    private static String name(Object translated, Object english, Object code) {
        return translated != null ? (String) translated : english != null ? (String) english : (String) code;
    }
}
