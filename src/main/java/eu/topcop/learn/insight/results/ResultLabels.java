package eu.topcop.learn.insight.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.CatalogueService;
import eu.topcop.learn.catalogue.CatalogueViews;
import eu.topcop.learn.platform.i18n.Language;

/** What the results pages name, in the reader's language: countries, portfolio and EMPACT priorities. */
@ApplicationScoped
public class ResultLabels {

    /** An EMPACT cycle's priorities, for a grouped choice. */
    public record Cycle(String code, List<CatalogueViews.Priority> priorities) {}

    /** Code to name; an unknown code is shown as itself. */
    public record Names(
            Map<String, String> countries,
            Map<String, String> priorities,
            Map<String, String> empact,
            List<Cycle> cycles) {

        public String country(String code) {
            return code == null ? "" : countries.getOrDefault(code, code);
        }

        public String priority(String code) {
            return code == null ? "" : priorities.getOrDefault(code, code);
        }

        public String empactPriority(String code) {
            return code == null ? "" : empact.getOrDefault(code, code);
        }
    }

    @Inject
    CatalogueService catalogue;

    public Names names(Language language) {
        Map<String, String> countries = new LinkedHashMap<>();
        catalogue.venueCountries(language).forEach(c -> countries.put(c.code(), c.name()));
        Map<String, String> empact = new LinkedHashMap<>();
        List<Cycle> cycles = new ArrayList<>();
        // Newest cycle first: a result is usually recent, and its action belongs to the cycle of its day.
        List<CatalogueViews.Cycle> all = new ArrayList<>(catalogue.cycles());
        java.util.Collections.reverse(all);
        for (CatalogueViews.Cycle cycle : all) {
            List<CatalogueViews.Priority> priorities = catalogue.empactPriorities(cycle.code(), language);
            priorities.forEach(p -> empact.put(p.code(), p.name()));
            cycles.add(new Cycle(cycle.code(), priorities));
        }
        return new Names(countries, catalogue.portfolioNames(language), empact, cycles);
    }
}
