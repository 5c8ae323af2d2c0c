package eu.topcop.learn.catalogue;

import java.time.LocalDate;
import java.util.List;

/** Read models of the catalogue's reference data, named in one language, for pages and the API alike. */
public final class CatalogueViews {

    private CatalogueViews() {}

    public record Cycle(String code, int firstYear, int lastYear, LocalDate adoptedOn, String threatAssessment) {
        static Cycle of(EmpactCycle cycle) {
            return new Cycle(cycle.code, cycle.firstYear, cycle.lastYear, cycle.adoptedOn, cycle.threatAssessment);
        }
    }

    /**
     * A priority named in the requested language; {@code translated} is false when the name is the English
     * fallback, so that pages can say so.
     */
    public record Priority(String code, String name, boolean translated, boolean horizontalGoal) {}

    /** A portfolio priority and the EMPACT priorities of one cycle that it serves (none is a real case). */
    public record PortfolioPriority(String code, String name, boolean translated, List<Priority> serves) {}

    /** An EMPACT priority and the portfolio priorities that serve it. */
    public record Coverage(Priority empact, List<Priority> servedBy) {}

    public record ActivityKind(String code, String name, boolean translated, boolean online) {}

    public record PartnerCountry(String code, String name) {}
}
