package eu.topcop.learn.insight.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import eu.topcop.learn.insight.dashboard.DashboardViews.Cell;
import eu.topcop.learn.insight.dashboard.DashboardViews.Dashboard;
import eu.topcop.learn.insight.dashboard.DashboardViews.EmpactRow;
import eu.topcop.learn.insight.dashboard.DashboardViews.Figures;
import eu.topcop.learn.insight.dashboard.DashboardViews.Filter;
import eu.topcop.learn.insight.dashboard.DashboardViews.Gap;
import eu.topcop.learn.insight.dashboard.DashboardViews.Period;
import eu.topcop.learn.insight.dashboard.DashboardViews.YearRow;

/**
 * The dashboards, read from {@code insight_dashboard_fact} and the small reference tables only: a fixed number of
 * grouped statements, whatever the years of data behind the facts.
 *
 * <p>"Uncovered" is computed from the facts: per country and priority, the officers to train (validated gaps)
 * minus the officers who completed a course of that priority in the same years. It is the portfolio-wide view; a
 * round's gap-by-gap coverage (capabilities, courses addressing them) is {@code CoverageService}'s, on the round's
 * own pages.
 */
@ApplicationScoped
public class DashboardService {

    /** How many uncovered gaps the dashboard lists, largest first. */
    static final int TOP_GAPS = 10;

    private static final String SUMS = "SUM(f.officers_to_train), SUM(f.applications), SUM(f.approvals),"
            + " SUM(f.offerings), SUM(f.completions), SUM(f.certificates), SUM(f.gain_pairs), SUM(f.gain_points),"
            + " SUM(f.trainers_certified), SUM(f.cascade_reach), SUM(f.exchange_placements),"
            + " SUM(f.event_participants)";

    private static final String FROM =
            " FROM insight_dashboard_fact f JOIN crime_priority cr ON cr.id = f.crime_priority_id";

    @Inject
    EntityManager em;

    @Inject
    DashboardFacts facts;

    /**
     * The dashboard for a filter whose country the caller has already been held to (a coordinator's own).
     * {@code cycle} names the EMPACT cycle of the breakdown per EMPACT priority.
     */
    @Transactional
    public Dashboard dashboard(Filter filter, String cycle) {
        String where = where(filter, true);
        Figures totals = figures(single(bind(em.createNativeQuery("SELECT " + SUMS + FROM + where), filter, true)), 0);

        List<Cell> cells = new ArrayList<>();
        for (Object[] r : rows(bind(
                em.createNativeQuery("SELECT f.country_code, cr.code, " + SUMS + FROM + where
                        + " GROUP BY f.country_code, cr.code, cr.position ORDER BY f.country_code, cr.position"),
                filter,
                true))) {
            cells.add(new Cell((String) r[0], (String) r[1], figures(r, 2)));
        }

        List<EmpactRow> empact = new ArrayList<>();
        for (Object[] r : rows(bind(
                        em.createNativeQuery("SELECT e.code, " + SUMS + FROM
                                + " JOIN crime_priority_link l ON l.portfolio_priority_id = f.crime_priority_id"
                                + " JOIN crime_priority e ON e.id = l.empact_priority_id"
                                + " JOIN empact_cycle y ON y.id = e.cycle_id AND y.code = :cycle" + where
                                + " GROUP BY e.code, e.position ORDER BY e.position"),
                        filter,
                        true)
                .setParameter("cycle", cycle))) {
            empact.add(new EmpactRow((String) r[0], figures(r, 1)));
        }

        // The trend shows every year, whatever year is chosen: a year alone has no trend.
        String allYears = where(filter, false);
        List<YearRow> years = new ArrayList<>();
        for (Object[] r : rows(bind(
                em.createNativeQuery("SELECT f.year, " + SUMS + FROM + allYears + " GROUP BY f.year ORDER BY f.year"),
                filter,
                false))) {
            years.add(new YearRow(((Number) r[0]).intValue(), figures(r, 1)));
        }
        List<Period> quarters = new ArrayList<>();
        for (Object[] r : rows(bind(
                em.createNativeQuery("SELECT f.year, f.quarter, " + SUMS + FROM + where
                        + " GROUP BY f.year, f.quarter ORDER BY f.year, f.quarter"),
                filter,
                true))) {
            quarters.add(new Period(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), figures(r, 2)));
        }

        List<Gap> gaps = cells.stream()
                .filter(c -> c.figures().uncovered() > 0)
                .sorted(Comparator.comparingLong((Cell c) -> c.figures().uncovered())
                        .reversed()
                        .thenComparing(Cell::country)
                        .thenComparing(Cell::priority))
                .limit(TOP_GAPS)
                .map(c -> new Gap(
                        c.country(),
                        c.priority(),
                        c.figures().officersToTrain(),
                        c.figures().completions(),
                        c.figures().uncovered()))
                .toList();

        Instant refreshedAt = facts.refreshedAt().orElse(null);
        return new Dashboard(filter, cycle, refreshedAt, totals, cells, empact, years, quarters, gaps);
    }

    /** The years the facts hold, for the year filter (one statement). */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Integer> years() {
        return ((List<Object>)
                        em.createNativeQuery("SELECT DISTINCT year FROM insight_dashboard_fact ORDER BY year DESC")
                                .getResultList())
                .stream().map(y -> ((Number) y).intValue()).toList();
    }

    /** The codes of the OTNA rounds asking about a priority (every round for null), newest first (one statement). */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> rounds(String priority) {
        Query query = em.createNativeQuery("SELECT r.code FROM otna_round r WHERE :priority = '' OR EXISTS"
                        + " (SELECT 1 FROM otna_round_priority rp JOIN crime_priority cr ON cr.id = rp.crime_priority_id"
                        + " WHERE rp.round_id = r.id AND cr.code = :priority) ORDER BY r.year DESC, r.id DESC")
                .setParameter("priority", priority == null ? "" : priority);
        return ((List<Object>) query.getResultList())
                .stream().map(Object::toString).toList();
    }

    private static String where(Filter filter, boolean withYear) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.country() != null) {
            where.append(" AND f.country_code = :country");
        }
        if (filter.priority() != null) {
            where.append(" AND cr.code = :priority");
        }
        if (filter.empact() != null) {
            where.append(" AND f.crime_priority_id IN (SELECT l2.portfolio_priority_id FROM crime_priority_link l2"
                    + " JOIN crime_priority e2 ON e2.id = l2.empact_priority_id WHERE e2.code = :empact)");
        }
        if (withYear && filter.year() != null) {
            where.append(" AND f.year = :year");
        }
        return where.toString();
    }

    private static Query bind(Query query, Filter filter, boolean withYear) {
        if (filter.country() != null) {
            query.setParameter("country", filter.country());
        }
        if (filter.priority() != null) {
            query.setParameter("priority", filter.priority());
        }
        if (filter.empact() != null) {
            query.setParameter("empact", filter.empact());
        }
        if (withYear && filter.year() != null) {
            query.setParameter("year", filter.year());
        }
        return query;
    }

    /** The twelve sums from {@code offset} on. */
    static Figures figures(Object[] r, int offset) {
        long pairs = number(r[offset + 6]);
        BigDecimal points = r[offset + 7] == null ? BigDecimal.ZERO : new BigDecimal(r[offset + 7].toString());
        BigDecimal gain = pairs == 0 ? null : points.divide(BigDecimal.valueOf(pairs), 1, RoundingMode.HALF_UP);
        return Figures.of(
                number(r[offset]),
                number(r[offset + 1]),
                number(r[offset + 2]),
                number(r[offset + 3]),
                number(r[offset + 4]),
                number(r[offset + 5]),
                pairs,
                gain,
                number(r[offset + 8]),
                number(r[offset + 9]),
                number(r[offset + 10]),
                number(r[offset + 11]));
    }

    private static Object[] single(Query query) {
        Object result = query.getSingleResult();
        return result instanceof Object[] a ? a : new Object[] {result};
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return (List<Object[]>) query.getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
