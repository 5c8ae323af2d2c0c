package eu.topcop.learn.trainers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The cascade: from each train-the-trainer offering to the trainers it certified, their validated
 * multiplication courses and the officers those reached, over as many generations as officers reached become
 * trainers in turn. Reach is counted per trainer, country, crime priority and year, and the multiplier is the
 * officers reached per trainer trained.
 *
 * <p>Counting rules: an officer reached is a participant who attended a validated multiplication course; a user
 * counts once however many courses they attended, an officer recorded by name only counts per course. Trainers
 * trained are people with a certification that was not withdrawn (expired ones were trained all the same). A
 * course of a curriculum with several crime priorities counts for each. Every figure is one SQL aggregate: the
 * statement count does not depend on how many officers were reached.
 */
@ApplicationScoped
public class CascadeService {

    /**
     * Officers reached, as a distinct key: the person, or (negated, so the two never meet) the participant row of
     * someone recorded by name. A number, not a string: the distinct counts over L's 280,000 participants built a
     * string per row, several times a page (issue 17, P7).
     */
    static final String OFFICER = "COALESCE(p.person_id, -p.id)";

    static final String REACHED = " FROM multiplication_course m JOIN multiplication_participant p"
            + " ON p.course_id = m.id AND p.attended JOIN course k ON k.id = m.course_id"
            + " JOIN curriculum_priority cp ON cp.curriculum_id = k.curriculum_id"
            + " JOIN crime_priority cr ON cr.id = cp.crime_priority_id AND cr.portfolio WHERE m.status = 'VALIDATED'";

    private static final String TRAINED = " FROM trainer_certification c JOIN person pe ON pe.id = c.person_id"
            + " JOIN crime_priority cr ON cr.id = c.crime_priority_id WHERE c.withdrawn_at IS NULL";

    /**
     * The figures; exchange guests who reported, and the officers they say they shared their learning with, are
     * counted beside the courses (not in the multiplier, which is about trainers).
     */
    public record Totals(
            long trainersTrained,
            long courses,
            long officersReached,
            BigDecimal multiplier,
            long exchangeVisits,
            long sharedThroughExchanges) {}

    /** One bar of the chart: a country and a crime priority. */
    public record Cell(
            String country,
            String priority,
            long trainersTrained,
            long courses,
            long officersReached,
            BigDecimal multiplier) {}

    public record Year(int year, long trainersTrained, long courses, long officersReached) {}

    public record TrainerReach(long person, String name, String country, long courses, long officersReached) {}

    /** One generation of a lineage: the trainers in it, their courses and the officers they reached. */
    public record Generation(int generation, long trainers, long courses, long officersReached) {}

    /** The lineage of one train-the-trainer or regional offering. */
    public record Lineage(
            String offering,
            String course,
            String activityType,
            LocalDate startsOn,
            List<Generation> generations,
            long officersReached) {}

    public record Cascade(
            String country,
            String priority,
            Totals totals,
            List<Cell> byCountryAndPriority,
            List<Year> byYear,
            List<TrainerReach> topTrainers,
            List<Lineage> lineages) {}

    @Inject
    EntityManager em;

    @Inject
    eu.topcop.learn.exchange.ExchangeQueries exchanges;

    /** The cascade, for everyone or one country (a coordinator's), optionally one crime priority. */
    public Cascade of(String country, String priority) {
        String reached = REACHED
                + (country == null ? "" : " AND m.country_code = :country")
                + (priority == null ? "" : " AND cr.code = :priority");
        String trained = TRAINED
                + (country == null ? "" : " AND pe.country_code = :country")
                + (priority == null ? "" : " AND cr.code = :priority");

        long trainers = number(
                single(bind(em.createNativeQuery("SELECT COUNT(DISTINCT c.person_id)" + trained), country, priority)));
        Object[] reach = (Object[]) single(bind(
                em.createNativeQuery("SELECT COUNT(DISTINCT m.id), COUNT(DISTINCT " + OFFICER + ")" + reached),
                country,
                priority));
        long[] shared = exchanges.sharing(country);
        Totals totals = new Totals(
                trainers,
                number(reach[0]),
                number(reach[1]),
                multiplier(number(reach[1]), trainers),
                shared[0],
                shared[1]);

        Map<String, long[]> cells = new TreeMap<>();
        rows(bind(
                        em.createNativeQuery("SELECT pe.country_code, cr.code, COUNT(DISTINCT c.person_id)" + trained
                                + " AND pe.country_code IS NOT NULL GROUP BY pe.country_code, cr.code"),
                        country,
                        priority))
                .forEach(r -> cells.computeIfAbsent(r[0] + "|" + r[1], k -> new long[3])[0] = number(r[2]));
        rows(bind(
                        em.createNativeQuery("SELECT m.country_code, cr.code, COUNT(DISTINCT m.id), COUNT(DISTINCT "
                                + OFFICER + ")" + reached + " GROUP BY m.country_code, cr.code"),
                        country,
                        priority))
                .forEach(r -> {
                    long[] cell = cells.computeIfAbsent(r[0] + "|" + r[1], k -> new long[3]);
                    cell[1] = number(r[2]);
                    cell[2] = number(r[3]);
                });
        List<Cell> byCell = new ArrayList<>();
        cells.forEach((key, c) -> {
            String[] parts = key.split("\\|", 2);
            byCell.add(new Cell(parts[0], parts[1], c[0], c[1], c[2], multiplier(c[2], c[0])));
        });

        Map<Integer, long[]> years = new TreeMap<>();
        rows(bind(
                        em.createNativeQuery("SELECT YEAR(c.certified_on), COUNT(DISTINCT c.person_id)" + trained
                                + " GROUP BY YEAR(c.certified_on)"),
                        country,
                        priority))
                .forEach(r -> years.computeIfAbsent((int) number(r[0]), k -> new long[3])[0] = number(r[1]));
        rows(bind(
                        em.createNativeQuery("SELECT YEAR(m.starts_on), COUNT(DISTINCT m.id), COUNT(DISTINCT " + OFFICER
                                + ")" + reached + " GROUP BY YEAR(m.starts_on)"),
                        country,
                        priority))
                .forEach(r -> {
                    long[] year = years.computeIfAbsent((int) number(r[0]), k -> new long[3]);
                    year[1] = number(r[1]);
                    year[2] = number(r[2]);
                });
        List<Year> byYear = new ArrayList<>();
        years.forEach((year, y) -> byYear.add(new Year(year, y[0], y[1], y[2])));

        List<TrainerReach> top = rows(bind(
                        em.createNativeQuery(
                                "SELECT t.id, t.name, t.country_code, COUNT(DISTINCT m.id), COUNT(DISTINCT "
                                        + OFFICER + ")"
                                        + reached.replace(
                                                " WHERE m.status",
                                                " JOIN person t ON t.id = m.trainer_id" + " WHERE m.status")
                                        + " GROUP BY t.id, t.name, t.country_code ORDER BY 5 DESC, t.name LIMIT 20"),
                        country,
                        priority))
                .stream()
                .map(r -> new TrainerReach(number(r[0]), (String) r[1], (String) r[2], number(r[3]), number(r[4])))
                .toList();

        return new Cascade(country, priority, totals, byCell, byYear, top, lineages(country, priority));
    }

    /**
     * Generation 1 are trainers who were not themselves reached by a validated course; generation n + 1 are
     * officers reached by generation n who became trainers. Each keeps the train-the-trainer offering it descends
     * from. Two statements: the recursive aggregate and the offerings it names.
     */
    private List<Lineage> lineages(String country, String priority) {
        String rootFilter = (country == null ? "" : " AND pe.country_code = :country")
                + (priority == null ? "" : " AND cr.code = :priority");
        String notReached = " AND NOT EXISTS (SELECT 1 FROM multiplication_participant mp JOIN multiplication_course mc"
                + " ON mc.id = mp.course_id AND mc.status = 'VALIDATED' WHERE mp.person_id = c.person_id AND mp.attended)";
        String trainedHere = " FROM trainer_certification c JOIN person pe ON pe.id = c.person_id"
                + " JOIN crime_priority cr ON cr.id = c.crime_priority_id";
        // Roots: the train-the-trainer offering that certified a trainer, and the regional training of the same
        // crime priority the trainer completed before.
        Query query = em.createNativeQuery("WITH RECURSIVE lineage (person_id, generation, source) AS ("
                + " SELECT person_id, 1, source FROM (SELECT c.person_id, c.offering_id AS source" + trainedHere
                + " WHERE c.withdrawn_at IS NULL" + rootFilter + notReached
                + " UNION SELECT c.person_id, cc.offering_id" + trainedHere
                + " JOIN course_completion cc ON cc.person_id = c.person_id AND cc.offering_id IS NOT NULL"
                + " JOIN course rk ON rk.id = cc.course_id AND rk.activity_type_code = 'regional-training'"
                + " JOIN curriculum_priority rp ON rp.curriculum_id = rk.curriculum_id"
                + " AND rp.crime_priority_id = c.crime_priority_id"
                + " WHERE c.withdrawn_at IS NULL" + rootFilter + notReached + ") roots"
                + " UNION SELECT c.person_id, l.generation + 1, l.source FROM lineage l"
                + " JOIN multiplication_course m ON m.trainer_id = l.person_id AND m.status = 'VALIDATED'"
                + " JOIN multiplication_participant p ON p.course_id = m.id AND p.attended"
                + " JOIN trainer_certification c ON c.person_id = p.person_id AND c.withdrawn_at IS NULL"
                + " WHERE l.generation < 6)"
                + " SELECT l.source, l.generation, COUNT(DISTINCT l.person_id), COUNT(DISTINCT m.id),"
                + " COUNT(DISTINCT CASE WHEN p.id IS NULL THEN NULL ELSE " + OFFICER + " END)"
                + " FROM (SELECT person_id, source, MIN(generation) AS generation FROM lineage GROUP BY person_id, source) l"
                + " LEFT JOIN multiplication_course m ON m.trainer_id = l.person_id AND m.status = 'VALIDATED'"
                + " LEFT JOIN multiplication_participant p ON p.course_id = m.id AND p.attended"
                + " GROUP BY l.source, l.generation ORDER BY l.source DESC, l.generation");
        Map<Long, List<Generation>> bySource = new java.util.LinkedHashMap<>();
        rows(bind(query, country, priority))
                .forEach(r -> bySource.computeIfAbsent(number(r[0]), k -> new ArrayList<>())
                        .add(new Generation((int) number(r[1]), number(r[2]), number(r[3]), number(r[4]))));
        if (bySource.isEmpty()) {
            return List.of();
        }
        List<Long> sources = bySource.keySet().stream().limit(50).toList();
        Map<Long, Object[]> offerings = new HashMap<>();
        rows(em.createNativeQuery("SELECT o.id, o.code, k.code, o.starts_on, k.activity_type_code FROM offering o"
                                + " JOIN course k"
                                + " ON k.id = o.course_id WHERE o.id IN (:ids)")
                        .setParameter("ids", sources))
                .forEach(r -> offerings.put(number(r[0]), r));
        List<Lineage> lineages = new ArrayList<>();
        for (long source : sources) {
            Object[] o = offerings.get(source);
            List<Generation> generations = bySource.get(source);
            lineages.add(new Lineage(
                    (String) o[1],
                    (String) o[2],
                    (String) o[4],
                    o[3] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o[3],
                    generations,
                    generations.stream().mapToLong(Generation::officersReached).sum()));
        }
        return lineages;
    }

    private static Query bind(Query query, String country, String priority) {
        if (country != null) {
            query.setParameter("country", country);
        }
        if (priority != null) {
            query.setParameter("priority", priority);
        }
        return query;
    }

    private static Object single(Query query) {
        return query.getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return (List<Object[]>) query.getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal multiplier(long reached, long trainers) {
        return trainers == 0
                ? null
                : BigDecimal.valueOf(reached).divide(BigDecimal.valueOf(trainers), 2, RoundingMode.HALF_UP);
    }
}
