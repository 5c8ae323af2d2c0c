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
import eu.topcop.learn.insight.dashboard.DashboardViews.Surveyed;
import eu.topcop.learn.insight.dashboard.DashboardViews.YearRow;
import eu.topcop.learn.insight.evaluation.EvaluationSettings;

/**
 * The dashboards, read from {@code insight_dashboard_fact} and the small reference tables only: a fixed number of
 * grouped statements, whatever the years of data behind the facts.
 *
 * <p>"Uncovered" is computed from the facts: per country and priority, the officers to train (validated gaps)
 * minus the officers who completed a course of that priority in the same years. It is the portfolio-wide view; a
 * round's gap-by-gap coverage (capabilities, courses addressing them) is {@code CoverageService}'s, on the round's
 * own pages.
 *
 * <p><b>Evaluation figures and anonymity.</b> The reaction score (level 1) is the mean score, 0 to 100, of the
 * respondents' answers; the applied share (level 3) the percentage of follow-up respondents whose answer counts as
 * applying; both are whole numbers. The face-to-face knowledge test gain (level 2) is the mean post-test minus
 * pre-test score of the pairs, like the online module gain beside it, and like it is never hidden: it is not a survey
 * answer. A survey figure is hidden ({@link DashboardViews.Hidden}):
 *
 * <ul>
 *   <li>when fewer than {@code lms.evaluation.smallest-cell} (5) respondents stand behind it;
 *   <li>when it is a total (the totals, an EMPACT priority's row) of rows that are also shown (the cells per country
 *       and priority) and the hidden rows under it have together between 1 and 4 respondents: shown, the total minus
 *       the rows shown would give their figure. A total is shown only when its own respondents are 5 or more and its
 *       hidden rows have together none or 5 or more.
 * </ul>
 *
 * <p>Respondents are counted once: over one priority the facts' counts are exact; over several, where a response is
 * in the facts once per priority of its course, its weights are summed instead ({@code DashboardFacts}), which counts
 * each respondent at most once, so the 5 is never reached by counting someone twice. For the same reason the
 * respondents of several hidden cells are taken as the larger of their weights' sum and the largest sum over the
 * cells of one priority, a number they are known to reach.
 *
 * <p>The per-year and per-quarter rows carry no survey figure: beside the cells they would be a second breakdown of
 * the same totals, and a quarter of few answers could be worked out from the cells' sum. The rule holds within one
 * dashboard only: comparing dashboards of different filters (a year against all years, one country's totals against
 * every country's) is not covered and can still isolate a hidden figure. Closing that would need the hiding decided
 * once for every slice, at the finest grain, when the facts are rebuilt.
 */
@ApplicationScoped
public class DashboardService {

    /** How many uncovered gaps the dashboard lists, largest first. */
    static final int TOP_GAPS = 10;

    private static final String SUMS = "SUM(f.officers_to_train), SUM(f.applications), SUM(f.approvals),"
            + " SUM(f.offerings), SUM(f.completions), SUM(f.certificates), SUM(f.gain_pairs), SUM(f.gain_points),"
            + " SUM(f.trainers_certified), SUM(f.cascade_reach), SUM(f.exchange_placements),"
            + " SUM(f.event_participants), SUM(f.test_pairs), SUM(f.test_gain_points)"
            + surveyed("reaction_responses", "reaction_points", "reaction_weight", "reaction_weighted_points")
            + surveyed("applied_respondents", "applied_yes", "applied_weight", "applied_weighted_yes");

    private static final String FROM =
            " FROM insight_dashboard_fact f JOIN crime_priority cr ON cr.id = f.crime_priority_id";

    @Inject
    EntityManager em;

    @Inject
    DashboardFacts facts;

    @Inject
    EvaluationSettings evaluation;

    /**
     * The dashboard for a filter whose country the caller has already been held to (a coordinator's own).
     * {@code cycle} names the EMPACT cycle of the breakdown per EMPACT priority.
     */
    @Transactional
    public Dashboard dashboard(Filter filter, String cycle) {
        int smallest = evaluation.smallestCell();
        String where = where(filter, true);
        Figures totals =
                figures(single(bind(em.createNativeQuery("SELECT " + SUMS + FROM + where), filter, true)), 0, smallest);

        List<Cell> cells = new ArrayList<>();
        for (Object[] r : rows(bind(
                em.createNativeQuery("SELECT f.country_code, cr.code, " + SUMS + FROM + where
                        + " GROUP BY f.country_code, cr.code, cr.position ORDER BY f.country_code, cr.position"),
                filter,
                true))) {
            cells.add(new Cell((String) r[0], (String) r[1], figures(r, 2, smallest)));
        }

        List<EmpactRow> empact = new ArrayList<>();
        for (Object[] r : rows(bind(
                        em.createNativeQuery("SELECT e.code, GROUP_CONCAT(DISTINCT cr.code ORDER BY cr.code), " + SUMS
                                + FROM
                                + " JOIN crime_priority_link l ON l.portfolio_priority_id = f.crime_priority_id"
                                + " JOIN crime_priority e ON e.id = l.empact_priority_id"
                                + " JOIN empact_cycle y ON y.id = e.cycle_id AND y.code = :cycle" + where
                                + " GROUP BY e.code, e.position ORDER BY e.position"),
                        filter,
                        true)
                .setParameter("cycle", cycle))) {
            List<String> linked = List.of(r[1].toString().split(","));
            Figures figures = figures(r, 2, smallest);
            List<Figures> under = cells.stream()
                    .filter(c -> linked.contains(c.priority()))
                    .map(Cell::figures)
                    .toList();
            List<String> priorities = cells.stream()
                    .filter(c -> linked.contains(c.priority()))
                    .map(Cell::priority)
                    .toList();
            empact.add(new EmpactRow((String) r[0], linked, guard(figures, under, priorities, smallest)));
        }

        // Survey figures stand over the cells only: the totals hide what would reveal a hidden cell.
        totals = guard(
                totals,
                cells.stream().map(Cell::figures).toList(),
                cells.stream().map(Cell::priority).toList(),
                smallest);

        // The trend shows every year, whatever year is chosen: a year alone has no trend.
        String allYears = where(filter, false);
        List<YearRow> years = new ArrayList<>();
        for (Object[] r : rows(bind(
                em.createNativeQuery("SELECT f.year, " + SUMS + FROM + allYears + " GROUP BY f.year ORDER BY f.year"),
                filter,
                false))) {
            years.add(new YearRow(
                    ((Number) r[0]).intValue(), figures(r, 1, smallest).withoutSurveys()));
        }
        List<Period> quarters = new ArrayList<>();
        for (Object[] r : rows(bind(
                em.createNativeQuery("SELECT f.year, f.quarter, " + SUMS + FROM + where
                        + " GROUP BY f.year, f.quarter ORDER BY f.year, f.quarter"),
                filter,
                true))) {
            quarters.add(new Period(
                    ((Number) r[0]).intValue(),
                    ((Number) r[1]).intValue(),
                    figures(r, 2, smallest).withoutSurveys()));
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
        return new Dashboard(filter, cycle, refreshedAt, smallest, totals, cells, empact, years, quarters, gaps);
    }

    /**
     * The aggregate with its survey figures hidden ({@link DashboardViews.Hidden#DIFFERENCING}) where the rows
     * under it that are hidden add up to between 1 and {@code smallest - 1} respondents: shown, the aggregate minus
     * the rows shown would tell their figure. {@code priorities} names each row's single crime priority when the rows
     * are cells (they may hold the same respondents under several priorities), null when the rows are disjoint.
     */
    static Figures guard(Figures aggregate, List<Figures> under, List<String> priorities, int smallest) {
        Surveyed reaction = aggregate.reaction();
        if (reaction.value() != null && reveals(under, priorities, Figures::reaction, smallest)) {
            reaction = reaction.guard();
        }
        Surveyed applied = aggregate.applied();
        if (applied.value() != null && reveals(under, priorities, Figures::applied, smallest)) {
            applied = applied.guard();
        }
        return aggregate.withSurveys(reaction, applied);
    }

    /**
     * Whether the hidden rows hold some respondents but, as far as can be told, fewer than {@code smallest}. Their
     * respondents together are at least the sum of their weights (a respondent weighs 1 over all their priorities)
     * and at least the sum over disjoint rows (cells of one priority, or rows that never share a respondent); taking
     * the larger of these lower bounds hides only where it cannot be shown that 5 or more people stand behind them.
     */
    private static boolean reveals(
            List<Figures> under,
            List<String> priorities,
            java.util.function.Function<Figures, Surveyed> measure,
            int smallest) {
        BigDecimal weight = BigDecimal.ZERO;
        java.util.Map<String, Long> disjoint = new java.util.HashMap<>();
        boolean any = false;
        for (int i = 0; i < under.size(); i++) {
            Surveyed s = measure.apply(under.get(i));
            if (!s.withheld()) {
                continue;
            }
            any = true;
            weight = weight.add(s.weight());
            disjoint.merge(priorities == null ? "" : priorities.get(i), s.respondents(), Long::sum);
        }
        if (!any) {
            return false;
        }
        long atLeast = Math.max(
                weight.setScale(0, RoundingMode.DOWN).longValue(),
                disjoint.values().stream().mapToLong(Long::longValue).max().orElse(0));
        return atLeast < smallest;
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

    /**
     * A survey measure's three sums: its respondents and summed figure, and its weight. Over one priority (a cell, or
     * any slice of a single priority) the counts are exact; over several, a response is in the facts once per
     * priority, so the weights stand in for the counts: each respondent weighs 1 when every priority of their
     * course is in the slice, less when only some are, never more.
     */
    private static String surveyed(String count, String sum, String weight, String weightedSum) {
        String several = "COUNT(DISTINCT CASE WHEN f." + count + " > 0 THEN f.crime_priority_id END) > 1";
        return ", CASE WHEN " + several + " THEN ROUND(SUM(f." + weight + "), 6) ELSE SUM(f." + count + ") END"
                + ", CASE WHEN " + several + " THEN SUM(f." + weightedSum + ") ELSE SUM(f." + sum + ") END"
                + ", ROUND(SUM(f." + weight + "), 6)";
    }

    /** The sums of {@link #SUMS} from {@code offset} on; survey figures of fewer than {@code smallest} hidden. */
    static Figures figures(Object[] r, int offset, int smallest) {
        long pairs = number(r[offset + 6]);
        BigDecimal gain = mean(r[offset + 7], pairs);
        long testPairs = number(r[offset + 12]);
        BigDecimal testGain = mean(r[offset + 13], testPairs);
        Surveyed reaction =
                Surveyed.of(decimal(r[offset + 14]), decimal(r[offset + 15]), decimal(r[offset + 16]), smallest);
        Surveyed applied = Surveyed.of(
                decimal(r[offset + 17]),
                decimal(r[offset + 18]).multiply(BigDecimal.valueOf(100)),
                decimal(r[offset + 19]),
                smallest);
        return Figures.of(
                number(r[offset]),
                number(r[offset + 1]),
                number(r[offset + 2]),
                number(r[offset + 3]),
                number(r[offset + 4]),
                number(r[offset + 5]),
                pairs,
                gain,
                testPairs,
                testGain,
                number(r[offset + 8]),
                number(r[offset + 9]),
                number(r[offset + 10]),
                number(r[offset + 11]),
                reaction,
                applied);
    }

    private static BigDecimal mean(Object points, long pairs) {
        return pairs == 0 ? null : decimal(points).divide(BigDecimal.valueOf(pairs), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
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
