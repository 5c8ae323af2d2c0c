package eu.topcop.learn.insight.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import eu.topcop.learn.insight.results.ResultViews.BeforeAfterCell;
import eu.topcop.learn.insight.results.ResultViews.Figures;
import eu.topcop.learn.insight.results.ResultViews.ResultCell;
import eu.topcop.learn.insight.results.ResultViews.TrainingCell;
import eu.topcop.learn.insight.results.ResultsViewer.Viewer;
import io.quarkus.security.ForbiddenException;

/**
 * Kirkpatrick's level 4 in figures, per country and portfolio crime priority, from validated results only (restricted
 * ones count: they are aggregated, never listed here). Four grouped statements whatever the data.
 *
 * <p>A <b>trained officer</b> of a priority is a person who completed a course of a curriculum of that priority; their
 * <b>training day</b> is their first such completion (view {@code insight_priority_training}). A result counts for
 * an officer when it names them and has the same crime priority. The 12 months <b>after</b> training are the days
 * after the training day up to the same day a year later; the 12 months <b>before</b> are the year up to the day
 * before it (the training day itself is in neither).
 *
 * <ul>
 *   <li>(a) <b>share involved</b>: of the officers whose 12 months after training are over (training day at least
 *       12 months ago), those named on a validated operational action, Joint Action Day or joint investigation team
 *       in those 12 months. Officers trained more recently are counted apart, so that they do not lower the share
 *       before they have had their year;
 *   <li>(b) <b>results</b>: validated results per kind, the arrests and the cross-border cases counted, the assets in
 *       euros, and the officers named on them;
 *   <li>(c) <b>before and after</b>: officers whose two windows both lie inside their country's data — training at
 *       least 12 months ago (the after window is over) and at least 12 months after the country's first validated
 *       result (results were being recorded before it) — and the validated results of the priority they were named on
 *       before and after, counted per officer (a result naming two of them counts twice), with the officers who had at
 *       least one.
 * </ul>
 *
 * A cell about fewer than {@value #MINIMUM_OFFICERS} officers is hidden, every figure of it withheld, as survey
 * answers are; no totals are given, since a total less the cells shown would give a hidden one away.
 */
@ApplicationScoped
public class ResultFigures {

    /** The fewest officers a figure may be about. */
    public static final int MINIMUM_OFFICERS = 5;

    private static final String OPERATIONAL = "('OPERATIONAL_ACTION', 'JOINT_ACTION_DAY', 'JOINT_INVESTIGATION_TEAM')";

    /** A validated result of the priority naming the trained officer t. */
    private static final String NAMED =
            "FROM operational_result_officer o JOIN operational_result r ON r.id = o.result_id"
                    + " WHERE o.person_id = t.person_id AND r.status = 'VALIDATED' AND r.crime_priority_id = t.crime_priority_id";

    private static final String AFTER = " AND r.occurred_on > t.first_completed_on"
            + " AND r.occurred_on <= DATE_ADD(t.first_completed_on, INTERVAL 12 MONTH)";

    private static final String BEFORE = " AND r.occurred_on < t.first_completed_on"
            + " AND r.occurred_on >= DATE_SUB(t.first_completed_on, INTERVAL 12 MONTH)";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * The figures of a country (null: every country the reader sees) and a priority (null: all). A coordinator gets
     * their own country whatever they ask; asking for another is refused.
     */
    public Figures figures(String country, String priority, Viewer viewer) {
        String chosen = country;
        if (!viewer.everyCountry()) {
            if (viewer.scope() != ResultsViewer.Scope.COUNTRY) {
                throw new ForbiddenException("Figures are for coordinators and course managers");
            }
            if (chosen != null && !chosen.equals(viewer.country())) {
                throw new ForbiddenException("A national coordinator reads their own country's figures only");
            }
            chosen = viewer.country();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate yearAgo = today.minusMonths(12);
        return new Figures(
                chosen,
                priority,
                today,
                MINIMUM_OFFICERS,
                training(chosen, priority, yearAgo),
                results(chosen, priority),
                beforeAfter(chosen, priority, yearAgo));
    }

    private List<TrainingCell> training(String country, String priority, LocalDate yearAgo) {
        List<TrainingCell> cells = new ArrayList<>();
        for (Object[] r : rows(
                "SELECT t.country_code, c.code, SUM(t.first_completed_on <= :yearAgo),"
                        + " SUM(t.first_completed_on <= :yearAgo AND EXISTS (SELECT 1 " + NAMED + AFTER
                        + " AND r.kind IN " + OPERATIONAL + ")), SUM(t.first_completed_on > :yearAgo)"
                        + " FROM insight_priority_training t JOIN crime_priority c ON c.id = t.crime_priority_id"
                        + where("t.country_code", country, priority) + " GROUP BY t.country_code, c.code",
                country,
                priority,
                yearAgo)) {
            long trained = number(r[2]);
            long involved = number(r[3]);
            boolean hidden = trained < MINIMUM_OFFICERS;
            cells.add(new TrainingCell(
                    (String) r[0],
                    (String) r[1],
                    hidden,
                    hidden ? null : trained,
                    hidden ? null : involved,
                    hidden ? null : percent(involved, trained),
                    hidden ? null : number(r[4])));
        }
        return cells;
    }

    private List<ResultCell> results(String country, String priority) {
        Map<String, Long> officers = new HashMap<>();
        for (Object[] r : rows(
                "SELECT r.country_code, c.code, COUNT(DISTINCT o.person_id) FROM operational_result r"
                        + " JOIN crime_priority c ON c.id = r.crime_priority_id"
                        + " JOIN operational_result_officer o ON o.result_id = r.id"
                        + where("r.country_code", country, priority) + " AND r.status = 'VALIDATED'"
                        + " GROUP BY r.country_code, c.code",
                country,
                priority,
                null)) {
            officers.put(r[0] + "|" + r[1], number(r[2]));
        }
        Map<String, Object[]> sums = new LinkedHashMap<>();
        Map<String, Map<ResultKind, Long>> kinds = new HashMap<>();
        for (Object[] r : rows(
                "SELECT r.country_code, c.code, r.kind, COUNT(*), SUM(COALESCE(r.quantity, 1)), SUM(r.amount_eur)"
                        + " FROM operational_result r JOIN crime_priority c ON c.id = r.crime_priority_id"
                        + where("r.country_code", country, priority) + " AND r.status = 'VALIDATED'"
                        + " GROUP BY r.country_code, c.code, r.kind",
                country,
                priority,
                null)) {
            String key = r[0] + "|" + r[1];
            Object[] sum = sums.computeIfAbsent(key, k -> new Object[] {r[0], r[1], 0L, 0L, BigDecimal.ZERO});
            ResultKind kind = ResultKind.valueOf((String) r[2]);
            kinds.computeIfAbsent(key, k -> new EnumMap<>(ResultKind.class)).put(kind, number(r[3]));
            if (kind == ResultKind.ARRESTS) {
                sum[2] = (Long) sum[2] + number(r[4]);
            } else if (kind == ResultKind.CROSS_BORDER_CASE) {
                // A case recorded without a count is one case (the COALESCE above).
                sum[3] = (Long) sum[3] + number(r[4]);
            } else if (kind == ResultKind.ASSETS && r[5] != null) {
                sum[4] = ((BigDecimal) sum[4]).add((BigDecimal) r[5]);
            }
        }
        List<ResultCell> cells = new ArrayList<>();
        sums.forEach((key, s) -> {
            long named = officers.getOrDefault(key, 0L);
            boolean hidden = named < MINIMUM_OFFICERS;
            Map<ResultKind, Long> perKind = new EnumMap<>(ResultKind.class);
            for (ResultKind k : ResultKind.values()) {
                perKind.put(k, kinds.get(key).getOrDefault(k, 0L));
            }
            cells.add(new ResultCell(
                    (String) s[0],
                    (String) s[1],
                    hidden,
                    hidden ? null : named,
                    hidden ? Map.of() : perKind,
                    hidden ? null : (Long) s[2],
                    hidden ? null : (Long) s[3],
                    hidden ? null : ((BigDecimal) s[4]).setScale(2, RoundingMode.UNNECESSARY)));
        });
        return cells;
    }

    private List<BeforeAfterCell> beforeAfter(String country, String priority, LocalDate yearAgo) {
        List<BeforeAfterCell> cells = new ArrayList<>();
        for (Object[] r : rows(
                "SELECT x.country_code, x.code, COUNT(*), SUM(x.before_n), SUM(x.after_n), SUM(x.before_n > 0),"
                        + " SUM(x.after_n > 0) FROM (SELECT t.country_code, c.code,"
                        + " (SELECT COUNT(*) " + NAMED + BEFORE + ") AS before_n,"
                        + " (SELECT COUNT(*) " + NAMED + AFTER + ") AS after_n"
                        + " FROM insight_priority_training t JOIN crime_priority c ON c.id = t.crime_priority_id"
                        + " JOIN (SELECT country_code, MIN(occurred_on) AS since FROM operational_result"
                        + " WHERE status = 'VALIDATED' GROUP BY country_code) s ON s.country_code = t.country_code"
                        + where("t.country_code", country, priority) + " AND t.first_completed_on <= :yearAgo"
                        + " AND DATE_SUB(t.first_completed_on, INTERVAL 12 MONTH) >= s.since) x"
                        + " GROUP BY x.country_code, x.code",
                country,
                priority,
                yearAgo)) {
            long officers = number(r[2]);
            boolean hidden = officers < MINIMUM_OFFICERS;
            cells.add(new BeforeAfterCell(
                    (String) r[0],
                    (String) r[1],
                    hidden,
                    hidden ? null : officers,
                    hidden ? null : number(r[3]),
                    hidden ? null : number(r[4]),
                    hidden ? null : number(r[5]),
                    hidden ? null : number(r[6])));
        }
        return cells;
    }

    private static String where(String countryColumn, String country, String priority) {
        return " WHERE 1 = 1" + (country == null ? "" : " AND " + countryColumn + " = :country")
                + (priority == null ? "" : " AND c.code = :priority");
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String country, String priority, LocalDate yearAgo) {
        Query query = em.createNativeQuery(sql);
        if (country != null) {
            query.setParameter("country", country);
        }
        if (priority != null) {
            query.setParameter("priority", priority);
        }
        if (yearAgo != null) {
            query.setParameter("yearAgo", yearAgo);
        }
        return query.getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
