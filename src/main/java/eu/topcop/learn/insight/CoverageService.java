package eu.topcop.learn.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.topcop.learn.platform.persistence.InList;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.security.ForbiddenException;

/**
 * How far the portfolio covers a round's capability gaps, read from insight's reporting views (V31, V32) in a fixed
 * number of statements whatever the data size.
 *
 * <p>The rule. A course <em>addresses</em> a capability when one of its learning outcomes does (the content's
 * {@code capabilities} in curriculum.yaml) or a course manager mapped the outcome or the course to it (live
 * mappings only). A mapping may name the proficiency level it trains to. For a gap of country C, counting from 1
 * January of the round's year:
 *
 * <ul>
 *   <li><b>officers trained</b>: distinct officers of C who completed a course addressing the capability; coverage
 *       is officers trained ÷ officers to train, all levels together, and may pass 100 %;
 *   <li><b>per level</b>: for each level of the round's proficiency scale, distinct officers of C who completed a
 *       course mapped to the capability <em>at that level</em>, ÷ the gap's officers to train at that level. A
 *       mapping without a level, or with a level outside this round's scale, counts toward the gap's total only
 *       and is reported as level {@value OtnaViews#UNSPECIFIED} (no officers to train, no percentage). An officer
 *       trained at two levels counts at both; the total counts them once;
 *   <li><b>seats offered</b>: the quota seats C has in offerings of those courses that are not cancelled and start
 *       since then; <b>approved applications</b>: applications of officers of C in those offerings that are
 *       approved now;
 *   <li><b>completions</b>: completions of those courses by officers of C (an officer who completed two of the
 *       courses counts twice here, once in officers trained);
 *   <li><b>valid certificates</b>: course certificates of those courses held by officers of C, not revoked, for a
 *       course completed since then;
 *   <li><b>active trainers</b>: trainers of C whose certification in the capability's crime priority is neither
 *       withdrawn nor expired today (whatever the year: they are the cascade available now);
 *   <li><b>multiplication reached</b>: participants recorded as attending multiplication courses of those courses in
 *       C that start since then and whose report the coordinator validated (the cascade's rule).
 * </ul>
 *
 * Discarded gaps are not counted. A national coordinator reads their own country's gaps only.
 */
@ApplicationScoped
public class CoverageService {

    /** The most completions a trace gives at a time. */
    static final int MAX_TRACE_COMPLETIONS = 200;

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {};

    @Inject
    EntityManager em;

    @Inject
    OtnaService otna;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    /** Figures per capability (upper-case) and country. */
    private static final class Figures {
        final Map<String, Long> values = new HashMap<>();

        void put(Object capability, Object country, Object value) {
            if (country != null && value != null) {
                values.put(key(capability, country), ((Number) value).longValue());
            }
        }

        long get(String capability, String country) {
            return values.getOrDefault(key(capability, country), 0L);
        }

        static String key(Object capability, Object country) {
            return ((String) capability).toUpperCase(Locale.ROOT) + "|" + country;
        }
    }

    /**
     * The coverage of {@code country}'s gaps in its newest open round at a glance, or empty when no open round asks
     * the country: one statement however many gaps, courses and completions there are. A gap counts as addressed
     * and an officer as trained as {@link #coverage} counts them (a course mapped to the gap's capability;
     * completions in its capabilities since the round's year began, from the same views).
     */
    public java.util.Optional<OtnaViews.CoverageGlance> glance(String country) {
        if (country == null) {
            return java.util.Optional.empty();
        }
        String gaps = "FROM capability_gap g JOIN capability x ON x.id = g.capability_id"
                + " WHERE g.round_id = r.id AND g.country_code = ?1 AND g.status <> 'DISCARDED'";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.code, r.year, (SELECT COUNT(*) " + gaps + "),"
                        + " (SELECT COUNT(*) " + gaps + " AND x.code IN"
                        + " (SELECT c.capability_code FROM insight_capability_course c)),"
                        + " (SELECT COUNT(DISTINCT t.person_id) FROM insight_capability_completion t"
                        + " WHERE t.country_code = ?1 AND t.completed_on >= MAKEDATE(r.year, 1)"
                        + " AND t.capability_code IN (SELECT x.code " + gaps + "))"
                        + " FROM otna_round r JOIN otna_round_country rc ON rc.round_id = r.id"
                        + " WHERE rc.country_code = ?1 AND r.status <> 'CLOSED' ORDER BY r.year DESC, r.id DESC")
                .setParameter(1, country)
                .setMaxResults(1)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new OtnaViews.CoverageGlance(
                        (String) r[0],
                        ((Number) r[1]).intValue(),
                        ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue(),
                        ((Number) r[4]).longValue()));
    }

    public OtnaViews.Coverage coverage(String code, OtnaService.Viewer viewer, String country) {
        OtnaRound round = otna.round(code, false);
        // otna.gaps refuses a coordinator another country's gaps, and so their coverage.
        List<OtnaViews.Gap> gaps = otna.gaps(code, viewer, country).stream()
                .filter(g -> !"DISCARDED".equals(g.status()))
                .toList();
        Set<String> capabilities = new TreeSet<>();
        gaps.forEach(g -> capabilities.add(g.capability()));
        List<String> scale =
                round.proficiencyScale.stream().map(OtnaRound.Level::code).toList();
        LocalDate since = LocalDate.of(round.year, 1, 1);
        Map<String, List<String>> courses = new HashMap<>();
        Figures trained = new Figures();
        Figures completions = new Figures();
        Map<String, Figures> trainedAt = new HashMap<>();
        Figures seats = new Figures();
        Figures approved = new Figures();
        Figures certificates = new Figures();
        Figures trainers = new Figures();
        Figures reached = new Figures();
        if (!capabilities.isEmpty()) {
            for (Object[] r : rows(
                    "SELECT DISTINCT capability_code, course_code FROM insight_capability_course"
                            + " WHERE capability_code IN (?1) ORDER BY course_code",
                    capabilities)) {
                List<String> list =
                        courses.computeIfAbsent(((String) r[0]).toUpperCase(Locale.ROOT), k -> new ArrayList<>());
                if (!list.contains((String) r[1])) {
                    list.add((String) r[1]);
                }
            }
            for (Object[] r : rows(
                    "SELECT capability_code, country_code, COUNT(DISTINCT person_id), COUNT(DISTINCT completion_id)"
                            + " FROM insight_capability_completion WHERE capability_code IN (?1)"
                            + " AND completed_on >= ?2 GROUP BY capability_code, country_code",
                    capabilities,
                    since)) {
                trained.put(r[0], r[1], r[2]);
                completions.put(r[0], r[1], r[3]);
            }
            for (Object[] r : rows(
                    "SELECT capability_code, country_code, CASE WHEN level_code IN (?3) THEN LOWER(level_code) END"
                            + " AS lvl, COUNT(DISTINCT person_id) FROM insight_capability_completion"
                            + " WHERE capability_code IN (?1) AND completed_on >= ?2"
                            + " GROUP BY capability_code, country_code, lvl",
                    capabilities,
                    since,
                    scale)) {
                String level = r[2] == null ? OtnaViews.UNSPECIFIED : (String) r[2];
                trainedAt.computeIfAbsent(level, k -> new Figures()).put(r[0], r[1], r[3]);
            }
            String served = "(SELECT DISTINCT capability_code, course_id FROM insight_capability_course"
                    + " WHERE capability_code IN (?1)) c";
            for (Object[] r : rows(
                    "SELECT c.capability_code, s.country_code, SUM(s.seats) FROM " + served
                            + " JOIN insight_offering_seats s ON s.course_id = c.course_id"
                            + " WHERE s.status <> 'CANCELLED' AND s.starts_on >= ?2"
                            + " GROUP BY c.capability_code, s.country_code",
                    capabilities,
                    since)) {
                seats.put(r[0], r[1], r[2]);
            }
            for (Object[] r : rows(
                    "SELECT c.capability_code, a.country_code, COUNT(*) FROM " + served
                            + " JOIN insight_offering_approved a ON a.course_id = c.course_id"
                            + " WHERE a.offering_status <> 'CANCELLED' AND a.starts_on >= ?2"
                            + " GROUP BY c.capability_code, a.country_code",
                    capabilities,
                    since)) {
                approved.put(r[0], r[1], r[2]);
            }
            for (Object[] r : rows(
                    "SELECT c.capability_code, v.country_code, COUNT(DISTINCT v.certificate_id) FROM " + served
                            + " JOIN insight_valid_certificate v ON v.course_id = c.course_id"
                            + " WHERE v.completed_on >= ?2 GROUP BY c.capability_code, v.country_code",
                    capabilities,
                    since)) {
                certificates.put(r[0], r[1], r[2]);
            }
            for (Object[] r : rows(
                    "SELECT c.capability_code, m.country_code, COUNT(DISTINCT m.participant_id) FROM " + served
                            + " JOIN insight_multiplication_reach m ON m.course_id = c.course_id"
                            + " WHERE m.starts_on >= ?2 GROUP BY c.capability_code, m.country_code",
                    capabilities,
                    since)) {
                reached.put(r[0], r[1], r[2]);
            }
            for (Object[] r : rows(
                    "SELECT x.code, t.country_code, COUNT(DISTINCT t.person_id) FROM capability x"
                            + " JOIN insight_trainer_certification t ON t.crime_priority_id = x.crime_priority_id"
                            + " WHERE x.round_id = ?1 AND t.certified_on <= ?2 AND t.expires_on >= ?2"
                            + " GROUP BY x.code, t.country_code",
                    round.id,
                    LocalDate.now(clock))) {
                trainers.put(r[0], r[1], r[2]);
            }
        }
        List<OtnaViews.GapCoverage> covered = new ArrayList<>();
        List<OtnaViews.GapCoverage> uncovered = new ArrayList<>();
        for (OtnaViews.Gap gap : gaps) {
            String cap = gap.capability();
            String c = gap.country();
            long officers = trained.get(cap, c);
            List<OtnaViews.LevelCoverage> levels = new ArrayList<>();
            for (String level : scale) {
                Integer toTrain = gap.officers().getOrDefault(level, 0);
                long at = trainedAt.getOrDefault(level, new Figures()).get(cap, c);
                levels.add(new OtnaViews.LevelCoverage(level, toTrain, at, percent(at, toTrain)));
            }
            levels.add(new OtnaViews.LevelCoverage(
                    OtnaViews.UNSPECIFIED,
                    null,
                    trainedAt.getOrDefault(OtnaViews.UNSPECIFIED, new Figures()).get(cap, c),
                    null));
            List<String> serving = courses.getOrDefault(cap.toUpperCase(Locale.ROOT), List.of());
            OtnaViews.GapCoverage line = new OtnaViews.GapCoverage(
                    gap,
                    serving,
                    officers,
                    percent(officers, gap.officersTotal()),
                    levels,
                    seats.get(cap, c),
                    approved.get(cap, c),
                    completions.get(cap, c),
                    certificates.get(cap, c),
                    trainers.get(cap, c),
                    reached.get(cap, c));
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

    /**
     * A gap traced to what its figures count: the courses addressing it, the offerings (not cancelled, starting
     * since the round's year) that give its country seats or approved its officers, and the completions of its
     * country's officers, {@code limit} at a time after the completion record {@code after}. Five statements.
     */
    public OtnaViews.Trace trace(String code, long id, OtnaService.Viewer viewer, long after, int limit) {
        List<CapabilityGap> found = CapabilityGap.list(
                "from CapabilityGap g join fetch g.capability c join fetch c.priority join fetch g.round r"
                        + " where g.id = ?1 and r.code = ?2",
                id,
                code);
        if (found.isEmpty()) {
            throw new DomainException.NotFound("No capability gap " + id + " in round " + code);
        }
        CapabilityGap gap = found.get(0);
        if (!viewer.sees(gap.country)) {
            throw new ForbiddenException("A national coordinator reads their own country's gaps only");
        }
        OtnaRound round = gap.round;
        String capability = gap.capability.code;
        LocalDate since = LocalDate.of(round.year, 1, 1);

        Map<String, OtnaViews.TraceCourse> courses = new LinkedHashMap<>();
        Map<String, Set<String>> courseLevels = new HashMap<>();
        for (Object[] r : rows(
                "SELECT course_code, course_title, level_code FROM insight_capability_course"
                        + " WHERE capability_code = ?1 ORDER BY course_code",
                capability)) {
            String course = (String) r[0];
            courseLevels.computeIfAbsent(course, k -> new TreeSet<>()).add(level(round, (String) r[2]));
            if (!courses.containsKey(course)) {
                courses.put(course, new OtnaViews.TraceCourse(course, texts(r[1]), null));
            }
        }
        List<OtnaViews.TraceCourse> courseList = courses.values().stream()
                .map(c -> new OtnaViews.TraceCourse(c.code(), c.title(), List.copyOf(courseLevels.get(c.code()))))
                .toList();

        String served = "(SELECT DISTINCT course_id, course_code FROM insight_capability_course"
                + " WHERE capability_code = ?1) c";
        Map<String, long[]> figures = new HashMap<>();
        Map<String, Object[]> offerings = new TreeMap<>();
        for (Object[] r : rows(
                "SELECT s.offering_code, c.course_code, s.starts_on, s.ends_on, s.online, s.venue_country, s.seats"
                        + " FROM " + served + " JOIN insight_offering_seats s ON s.course_id = c.course_id"
                        + " WHERE s.country_code = ?2 AND s.status <> 'CANCELLED' AND s.starts_on >= ?3",
                capability,
                gap.country,
                since)) {
            offerings.put((String) r[0], r);
            figures.computeIfAbsent((String) r[0], k -> new long[2])[0] = ((Number) r[6]).longValue();
        }
        for (Object[] r : rows(
                "SELECT a.offering_code, c.course_code, a.starts_on, a.ends_on, a.online, a.venue_country, COUNT(*)"
                        + " FROM " + served + " JOIN insight_offering_approved a ON a.course_id = c.course_id"
                        + " WHERE a.country_code = ?2 AND a.offering_status <> 'CANCELLED' AND a.starts_on >= ?3"
                        + " GROUP BY a.offering_code, c.course_code, a.starts_on, a.ends_on, a.online, a.venue_country",
                capability,
                gap.country,
                since)) {
            offerings.putIfAbsent((String) r[0], r);
            figures.computeIfAbsent((String) r[0], k -> new long[2])[1] = ((Number) r[6]).longValue();
        }
        List<OtnaViews.TraceOffering> offeringList = offerings.values().stream()
                .map(r -> new OtnaViews.TraceOffering(
                        (String) r[0],
                        (String) r[1],
                        date(r[2]),
                        date(r[3]),
                        bool(r[4]),
                        (String) r[5],
                        figures.get((String) r[0])[0],
                        figures.get((String) r[0])[1]))
                .sorted(java.util.Comparator.comparing(OtnaViews.TraceOffering::startsOn)
                        .thenComparing(OtnaViews.TraceOffering::code))
                .toList();

        List<Object[]> rows = rows(
                "SELECT completion_id, person_name, course_code, completed_on, offering_code,"
                        + " GROUP_CONCAT(DISTINCT IFNULL(level_code, '') ORDER BY level_code SEPARATOR ',')"
                        + " FROM insight_capability_completion WHERE capability_code = ?1 AND country_code = ?2"
                        + " AND completed_on >= ?3 AND completion_id > ?4"
                        + " GROUP BY completion_id, person_name, course_code, completed_on, offering_code"
                        + " ORDER BY completion_id LIMIT " + (limit + 1),
                capability,
                gap.country,
                since,
                after);
        boolean more = rows.size() > limit;
        List<OtnaViews.TraceCompletion> completions = new ArrayList<>();
        for (Object[] r : rows.subList(0, Math.min(limit, rows.size()))) {
            Set<String> levels = new TreeSet<>();
            for (String l : ((String) r[5]).split(",", -1)) {
                levels.add(level(round, l.isEmpty() ? null : l));
            }
            completions.add(new OtnaViews.TraceCompletion(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    date(r[3]),
                    (String) r[4],
                    List.copyOf(levels)));
        }
        return new OtnaViews.Trace(
                round.code,
                OtnaViews.gap(gap),
                courseList,
                offeringList,
                completions,
                more,
                more ? completions.get(completions.size() - 1).id() : null);
    }

    /**
     * The gaps a course serves (its outcomes or itself address their capability): of the round asked for, or else
     * of every round not closed; not discarded; a national coordinator's own country only. Two statements.
     */
    public List<OtnaViews.ServedGap> servedByCourse(String course, String roundCode, OtnaService.Viewer viewer) {
        return served(
                rows(
                        "SELECT k.code, c.capability_code, c.level_code FROM course k LEFT JOIN"
                                + " insight_capability_course c ON c.course_id = k.id WHERE k.code = ?1",
                        course),
                "No course " + course,
                roundCode,
                viewer);
    }

    /** The gaps an offering's course serves, as {@link #servedByCourse}. Two statements. */
    public List<OtnaViews.ServedGap> servedByOffering(String offering, String roundCode, OtnaService.Viewer viewer) {
        return served(
                rows(
                        "SELECT o.code, c.capability_code, c.level_code FROM offering o LEFT JOIN"
                                + " insight_capability_course c ON c.course_id = o.course_id WHERE o.code = ?1",
                        offering),
                "No offering " + offering,
                roundCode,
                viewer);
    }

    private List<OtnaViews.ServedGap> served(
            List<Object[]> mapped, String unknown, String roundCode, OtnaService.Viewer viewer) {
        if (mapped.isEmpty()) {
            throw new DomainException.NotFound(unknown);
        }
        Map<String, List<String>> levels = new HashMap<>();
        for (Object[] r : mapped) {
            if (r[1] != null) {
                levels.computeIfAbsent(((String) r[1]).toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                        .add((String) r[2]);
            }
        }
        if (levels.isEmpty() || (!viewer.everyCountry() && viewer.country() == null)) {
            return List.of();
        }
        InList capabilities = InList.of("capabilities", levels.keySet());
        StringBuilder query = new StringBuilder("from CapabilityGap g join fetch g.capability c join fetch c.priority"
                + " join fetch g.round r where upper(c.code) in " + capabilities + " and g.status <> :discarded");
        Map<String, Object> parameters = new HashMap<>(capabilities.parameters());
        parameters.put("discarded", CapabilityGap.Status.DISCARDED);
        if (roundCode != null) {
            query.append(" and r.code = :round");
            parameters.put("round", roundCode);
        } else {
            query.append(" and r.status <> :closed");
            parameters.put("closed", OtnaRound.Status.CLOSED);
        }
        if (!viewer.everyCountry()) {
            query.append(" and g.country = :country");
            parameters.put("country", viewer.country());
        }
        query.append(" order by r.year desc, r.code, g.country, c.position, g.targetGroup");
        var gaps = em.createQuery(query.toString(), CapabilityGap.class);
        parameters.forEach(gaps::setParameter);
        List<OtnaViews.ServedGap> served = new ArrayList<>();
        for (CapabilityGap gap : gaps.getResultList()) {
            OtnaViews.Gap g = OtnaViews.gap(gap);
            Set<String> at = new TreeSet<>();
            levels.get(gap.capability.code.toUpperCase(Locale.ROOT)).forEach(l -> at.add(level(gap.round, l)));
            served.add(new OtnaViews.ServedGap(
                    gap.round.code,
                    gap.round.status.name(),
                    g.id(),
                    g.country(),
                    g.capability(),
                    g.priority(),
                    g.targetGroup(),
                    g.officers(),
                    g.officersTotal(),
                    g.status(),
                    List.copyOf(at)));
        }
        return served;
    }

    /** A mapping's level as a round reads it: a level of its proficiency scale, or unspecified. */
    private static String level(OtnaRound round, String level) {
        if (level == null) {
            return OtnaViews.UNSPECIFIED;
        }
        String lower = level.toLowerCase(Locale.ROOT);
        return round.proficiencyRank(lower) >= 0 ? lower : OtnaViews.UNSPECIFIED;
    }

    private Map<String, String> texts(Object value) {
        if (value == null) {
            return Map.of();
        }
        try {
            return json.readValue(value.toString(), TEXTS);
        } catch (java.io.IOException e) {
            return Map.of();
        }
    }

    private static LocalDate date(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) value;
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value != null && ((Number) value).intValue() != 0;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Object> result = query.getResultList();
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
