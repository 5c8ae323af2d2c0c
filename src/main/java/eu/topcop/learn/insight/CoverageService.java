package eu.topcop.learn.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * How far the portfolio covers a round's capability gaps, read from insight's reporting views
 * ({@code insight_capability_course}, {@code insight_capability_completion}) in a fixed number of queries.
 *
 * <p>The rule of this first step: the officers trained for a gap are the distinct officers of the gap's country
 * who completed, since the start of the round's year, a course whose learning outcomes address the gap's
 * capability; coverage is officers trained ÷ officers to train (all proficiency levels together: courses do not
 * yet say which level they train to), and may pass 100 %. Discarded gaps are not counted.
 */
@ApplicationScoped
public class CoverageService {

    @Inject
    EntityManager em;

    @Inject
    OtnaService otna;

    public OtnaViews.Coverage coverage(String code, OtnaService.Viewer viewer, String country) {
        OtnaRound round = otna.round(code, false);
        // otna.gaps refuses a coordinator another country's gaps, and so their coverage.
        List<OtnaViews.Gap> gaps = otna.gaps(code, viewer, country).stream()
                .filter(g -> !"DISCARDED".equals(g.status()))
                .toList();
        Set<String> capabilities = new TreeSet<>();
        gaps.forEach(g -> capabilities.add(g.capability()));
        Map<String, List<String>> courses = new HashMap<>();
        Map<String, Map<String, Long>> trained = new HashMap<>();
        if (!capabilities.isEmpty()) {
            for (Object[] r : rows(
                    "SELECT capability_code, course_code FROM insight_capability_course"
                            + " WHERE capability_code IN (?1) ORDER BY course_code",
                    capabilities)) {
                courses.computeIfAbsent(((String) r[0]).toUpperCase(), k -> new ArrayList<>())
                        .add((String) r[1]);
            }
            var query = em.createNativeQuery("SELECT capability_code, country_code, COUNT(DISTINCT person_id)"
                            + " FROM insight_capability_completion WHERE capability_code IN (?1)"
                            + " AND completed_on >= ?2 GROUP BY capability_code, country_code")
                    .setParameter(1, capabilities)
                    .setParameter(2, LocalDate.of(round.year, 1, 1));
            for (Object r : query.getResultList()) {
                Object[] row = (Object[]) r;
                if (row[1] != null) {
                    trained.computeIfAbsent(((String) row[0]).toUpperCase(), k -> new HashMap<>())
                            .put((String) row[1], ((Number) row[2]).longValue());
                }
            }
        }
        List<OtnaViews.GapCoverage> covered = new ArrayList<>();
        List<OtnaViews.GapCoverage> uncovered = new ArrayList<>();
        for (OtnaViews.Gap gap : gaps) {
            String key = gap.capability().toUpperCase();
            long officers = trained.getOrDefault(key, Map.of()).getOrDefault(gap.country(), 0L);
            List<String> serving = courses.getOrDefault(key, List.of());
            OtnaViews.GapCoverage line =
                    new OtnaViews.GapCoverage(gap, serving, officers, percent(officers, gap.officersTotal()));
            (serving.isEmpty() ? uncovered : covered).add(line);
        }
        List<String> roundCourses = new ArrayList<>();
        for (Object[] r : rows(
                "SELECT DISTINCT k.code FROM course k JOIN curriculum_priority cp"
                        + " ON cp.curriculum_id = k.curriculum_id JOIN otna_round_priority rp"
                        + " ON rp.crime_priority_id = cp.crime_priority_id JOIN otna_round r ON r.id = rp.round_id"
                        + " WHERE r.code = ?1 AND k.code NOT IN (SELECT c.course_code FROM insight_capability_course c"
                        + " JOIN capability x ON UPPER(x.code) = UPPER(c.capability_code) WHERE x.round_id = r.id)"
                        + " ORDER BY k.code",
                code)) {
            roundCourses.add((String) r[0]);
        }
        return new OtnaViews.Coverage(round.code, covered, uncovered, roundCourses);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object parameter) {
        List<Object> result =
                em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
        List<Object[]> rows = new ArrayList<>(result.size());
        for (Object r : result) {
            rows.add(r instanceof Object[] a ? a : new Object[] {r});
        }
        return rows;
    }

    private static BigDecimal percent(long trained, int toTrain) {
        if (toTrain == 0) {
            return null;
        }
        return BigDecimal.valueOf(trained * 100L).divide(BigDecimal.valueOf(toTrain), 1, RoundingMode.HALF_UP);
    }
}
