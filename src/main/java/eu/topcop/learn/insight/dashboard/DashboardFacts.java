package eu.topcop.learn.insight.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.topcop.learn.platform.jobs.ClusterLock;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

/**
 * The dashboards' figures ({@code insight_dashboard_fact}), rebuilt whole from the other features' records: one
 * transaction that empties the table and fills it again with one {@code INSERT … SELECT … GROUP BY} per measure,
 * then records when ({@code insight_dashboard_refresh}). Readers keep seeing the previous figures until it commits
 * (InnoDB's consistent reads), so a dashboard never shows half a refresh.
 *
 * <p><b>Why a periodic rebuild and not incremental updates.</b> The measures come from nine features' tables
 * (gaps, applications, completions, certificates, quiz attempts, trainer certifications, multiplication courses,
 * exchanges, network events, survey answers, knowledge tests), and their rules change what counts after the fact: an application is approved and
 * later withdrawn, a certificate is revoked, a gap is discarded, a multiplication course is validated weeks after it
 * ran, a person is erased. Keeping counters right incrementally would put a hook into every one of those writers —
 * across feature lines the architecture forbids — and any missed hook would drift for ever. A rebuild is idempotent,
 * needs nobody else's code, and corrects itself at the next run; its cost is a few grouped scans that the benchmark
 * ({@code DashboardBenchmark}) measures against a production-sized store. The job runs every
 * {@code lms.insight.refresh-every} (2 minutes by default, at most 5 so the figures are never older than that) on
 * one node at a time (cluster lock), and once shortly after start.
 *
 * <p>Counting rules: a course counts for each portfolio priority of its curriculum; a trainer certification, an
 * exchange offer or a network event of an EMPACT priority counts for the portfolio priorities linked to it; the
 * officers to train are the validated gaps' figures, all proficiency levels together, booked to the first quarter of
 * their round's year; the cascade counts as {@code trainers.CascadeService} does (attended participants of validated
 * multiplication courses, a user once per cell, someone recorded by name once per course).
 *
 * <p>Evaluation (issue 14, Kirkpatrick's levels): the reaction score (level 1) from the scored question of reaction
 * surveys, each answer scored 0 to 100 on its instrument version's scale ({@code survey_instrument_measure}); the
 * face-to-face knowledge test gain (level 2), the pre-test and post-test pairs of {@code learning.KnowledgeTests}
 * booked to the person's country and the quarter of the post-test, distinct from the online module gain
 * ({@code gain_*}, quiz attempts 0 and 1); the "applied" share (level 3), follow-up responses whose answer to the
 * applied question counts as applying the learning. A survey response is booked to the respondent's country as the
 * response keeps it (also when anonymous), to the day it was submitted, and to the portfolio priorities of the
 * survey's course, or of its exchange offer's or network event's crime priority; a survey without any is left out.
 * Besides the counts, each response carries the weight 1 / (its number of portfolio priorities), so that a figure
 * spanning several priorities counts a respondent once ({@code DashboardService} says how they are read and hidden).
 */
@ApplicationScoped
public class DashboardFacts {

    static final String LOCK = "topcop.insight-dashboard";

    private static final Logger LOG = Logger.getLogger(DashboardFacts.class);

    /** A portfolio priority for any priority: itself, or the portfolio priorities linked to an EMPACT one. */
    private static final String TO_PORTFOLIO = "(SELECT id AS any_id, id AS portfolio_id FROM crime_priority"
            + " WHERE portfolio UNION SELECT empact_priority_id, portfolio_priority_id FROM crime_priority_link)";

    /** The portfolio priorities of a course, through its curriculum. */
    private static final String COURSE_PRIORITY = " JOIN curriculum_priority cp ON cp.curriculum_id = k.curriculum_id"
            + " JOIN crime_priority cr ON cr.id = cp.crime_priority_id AND cr.portfolio";

    /**
     * The portfolio priorities of every survey, with how many it has ({@code priorities}): its course's (offerings,
     * online and multiplication courses), else the exchange offer's or network event's crime priority through
     * {@link #TO_PORTFOLIO}.
     */
    private static final String SURVEY_PRIORITY = "(SELECT sp0.survey_id, sp0.portfolio_id,"
            + " COUNT(*) OVER (PARTITION BY sp0.survey_id) AS priorities FROM ("
            + "SELECT s.id AS survey_id, cr.id AS portfolio_id FROM survey s JOIN course k ON k.id = s.course_id"
            + COURSE_PRIORITY
            + " UNION SELECT s.id, pm.portfolio_id FROM survey s JOIN exchange_offer x ON x.id = s.subject_id"
            + " JOIN " + TO_PORTFOLIO + " pm ON pm.any_id = x.crime_priority_id"
            + " WHERE s.course_id IS NULL AND s.subject_kind = 'EXCHANGE_PLACEMENT'"
            + " UNION SELECT s.id, pm.portfolio_id FROM survey s JOIN network_event e ON e.id = s.subject_id"
            + " JOIN " + TO_PORTFOLIO + " pm ON pm.any_id = e.crime_priority_id"
            + " WHERE s.course_id IS NULL AND s.subject_kind = 'NETWORK_EVENT') sp0)";

    /** An answer's reaction score, 0 to 100, from its instrument version's scale ({@code survey_instrument_measure}). */
    private static final String REACTION_SCORE = "100 * (a.number - m.lowest) / (m.highest - m.lowest)";

    /** A weight precise enough that the weights of thousands of responses still add up to whole respondents. */
    private static final String WEIGHT = "CAST(1 AS DECIMAL(21, 10)) / sp.priorities";

    /** Every measure: the columns it fills and the grouped SELECT of country, priority, year, quarter and them. */
    static final List<String[]> MEASURES = List.of(
            new String[] {
                "officers_to_train",
                "SELECT g.country_code, x.crime_priority_id, r.year, 1, SUM(o.n)"
                        + " FROM capability_gap g JOIN capability x ON x.id = g.capability_id"
                        + " JOIN otna_round r ON r.id = g.round_id"
                        + " JOIN JSON_TABLE(JSON_EXTRACT(g.officers, '$.*'), '$[*]' COLUMNS (n INT PATH '$')) o"
                        + " WHERE g.status = 'VALIDATED'"
            },
            new String[] {
                "applications, approvals",
                // Applications counted per offering in one scan first, then joined to the offerings' priorities. Joined
                // row by row, MariaDB read each application through the offering index and then its row: at size L (1M
                // applications) 3.8 s quiet and 35 s under the bench's load, every refresh; this way 1.2 s, same
                // figures.
                "SELECT a.country_code, cr.id, a.y, a.q, SUM(a.n), SUM(a.approved)"
                        + " FROM (SELECT offering_id, country_code, YEAR(submitted_at) AS y, QUARTER(submitted_at) AS q,"
                        + " COUNT(*) AS n, SUM(status = 'APPROVED') AS approved FROM application"
                        + " WHERE country_code IS NOT NULL GROUP BY offering_id, country_code, y, q) a"
                        + " JOIN offering o ON o.id = a.offering_id JOIN course k ON k.id = o.course_id"
                        + COURSE_PRIORITY
            },
            new String[] {
                "offerings",
                "SELECT a.country_code, cr.id, YEAR(o.starts_on), QUARTER(o.starts_on), COUNT(DISTINCT o.id)"
                        + " FROM application a JOIN offering o ON o.id = a.offering_id JOIN course k ON k.id = o.course_id"
                        + COURSE_PRIORITY + " WHERE a.country_code IS NOT NULL AND a.status = 'APPROVED'"
            },
            new String[] {
                "completions",
                "SELECT p.country_code, cr.id, YEAR(c.completed_on), QUARTER(c.completed_on), COUNT(*)"
                        + " FROM course_completion c JOIN person p ON p.id = c.person_id"
                        + " JOIN course k ON k.id = c.course_id" + COURSE_PRIORITY
                        + " WHERE p.country_code IS NOT NULL"
            },
            new String[] {
                "certificates",
                "SELECT p.country_code, cr.id, YEAR(c.issued_at), QUARTER(c.issued_at), COUNT(*)"
                        + " FROM certificate c JOIN person p ON p.id = c.person_id"
                        + " JOIN crime_priority cr ON cr.portfolio AND FIND_IN_SET(cr.code, c.crime_priorities)"
                        + " WHERE p.country_code IS NOT NULL AND c.revoked_at IS NULL"
            },
            new String[] {
                "gain_pairs, gain_points",
                "SELECT p.country_code, cr.id, YEAR(post.submitted_at), QUARTER(post.submitted_at), COUNT(*),"
                        + " SUM(post.score - pre.score)"
                        + " FROM module_progress m JOIN person p ON p.id = m.person_id"
                        + " JOIN quiz_attempt pre ON pre.progress_id = m.id AND pre.number = 0"
                        + " JOIN quiz_attempt post ON post.progress_id = m.id AND post.number = 1"
                        + " JOIN content_module cm ON cm.code = m.module_code"
                        + " JOIN module_version v ON v.module_id = cm.id AND v.version = m.version"
                        + " JOIN crime_priority cr ON cr.portfolio AND FIND_IN_SET(cr.code, v.crime_priorities)"
                        + " WHERE p.country_code IS NOT NULL AND pre.submitted_at IS NOT NULL"
                        + " AND post.submitted_at IS NOT NULL AND NOT pre.late AND NOT post.late"
                        + " AND pre.score IS NOT NULL AND post.score IS NOT NULL"
            },
            new String[] {
                "reaction_responses, reaction_points, reaction_weight, reaction_weighted_points",
                "SELECT r.country_code, sp.portfolio_id, YEAR(r.submitted_on), QUARTER(r.submitted_on), COUNT(*),"
                        + " SUM(" + REACTION_SCORE + "), SUM(" + WEIGHT + "), SUM(" + REACTION_SCORE + " * " + WEIGHT
                        + ")"
                        + " FROM survey_instrument_measure m"
                        + " JOIN survey s ON s.instrument_version_id = m.instrument_version_id"
                        + " JOIN survey_answer a ON a.survey_id = s.id AND a.question_code = m.question_code"
                        + " AND COALESCE(a.option_code, '') = m.option_code"
                        + " JOIN survey_response r ON r.id = a.response_id"
                        + " JOIN " + SURVEY_PRIORITY + " sp ON sp.survey_id = s.id"
                        + " WHERE m.measure = 'reaction' AND a.number IS NOT NULL AND r.country_code IS NOT NULL"
            },
            new String[] {
                // The applied question is a single-choice one (SurveyReader): one answer per response.
                "applied_respondents, applied_yes, applied_weight, applied_weighted_yes",
                "SELECT r.country_code, sp.portfolio_id, YEAR(r.submitted_on), QUARTER(r.submitted_on), COUNT(*),"
                        + " SUM(m.applied), SUM(" + WEIGHT + "), SUM(m.applied * " + WEIGHT + ")"
                        + " FROM survey_instrument_measure m"
                        + " JOIN survey s ON s.instrument_version_id = m.instrument_version_id"
                        + " JOIN survey_answer a ON a.survey_id = s.id AND a.question_code = m.question_code"
                        + " AND a.option_code = m.option_code"
                        + " JOIN survey_response r ON r.id = a.response_id"
                        + " JOIN " + SURVEY_PRIORITY + " sp ON sp.survey_id = s.id"
                        + " WHERE m.measure = 'applied' AND r.country_code IS NOT NULL"
            },
            new String[] {
                // The pairs as learning.KnowledgeTests counts them (PAIRS), read here like every other fact.
                "test_pairs, test_gain_points",
                "SELECT p.country_code, cr.id, YEAR(post.submitted_at), QUARTER(post.submitted_at), COUNT(*),"
                        + " SUM(post.score - pre.score)"
                        + " FROM knowledge_test_attempt pre JOIN knowledge_test_attempt post"
                        + " ON post.offering_id = pre.offering_id AND post.person_id = pre.person_id"
                        + " AND post.phase = 'POST' AND post.submitted_at IS NOT NULL AND NOT post.late"
                        + " JOIN person p ON p.id = pre.person_id JOIN offering o ON o.id = pre.offering_id"
                        + " JOIN course k ON k.id = o.course_id" + COURSE_PRIORITY
                        + " WHERE pre.phase = 'PRE' AND pre.submitted_at IS NOT NULL AND NOT pre.late"
                        + " AND pre.score IS NOT NULL AND post.score IS NOT NULL AND p.country_code IS NOT NULL"
            },
            new String[] {
                "trainers_certified",
                "SELECT p.country_code, pm.portfolio_id, YEAR(c.certified_on), QUARTER(c.certified_on),"
                        + " COUNT(DISTINCT c.person_id)"
                        + " FROM trainer_certification c JOIN person p ON p.id = c.person_id"
                        + " JOIN " + TO_PORTFOLIO + " pm ON pm.any_id = c.crime_priority_id"
                        + " WHERE c.withdrawn_at IS NULL AND p.country_code IS NOT NULL"
            },
            new String[] {
                "cascade_reach",
                "SELECT m.country_code, cr.id, YEAR(m.starts_on), QUARTER(m.starts_on),"
                        + " COUNT(DISTINCT COALESCE(CONCAT('u', p.person_id), CONCAT('r', p.id)))"
                        + " FROM multiplication_course m JOIN multiplication_participant p"
                        + " ON p.course_id = m.id AND p.attended JOIN course k ON k.id = m.course_id"
                        + COURSE_PRIORITY + " WHERE m.status = 'VALIDATED'"
            },
            new String[] {
                "exchange_placements",
                "SELECT a.guest_country, pm.portfolio_id, YEAR(x.starts_on), QUARTER(x.starts_on), COUNT(*)"
                        + " FROM exchange_application a JOIN exchange_offer x ON x.id = a.offer_id"
                        + " JOIN " + TO_PORTFOLIO + " pm ON pm.any_id = x.crime_priority_id"
                        + " WHERE a.status IN ('MATCHED', 'REPORTED') AND x.status <> 'CANCELLED'"
            },
            new String[] {
                "event_participants",
                "SELECT p.country_code, pm.portfolio_id, YEAR(e.starts_at), QUARTER(e.starts_at), COUNT(*)"
                        + " FROM network_event_registration r JOIN network_event e ON e.id = r.event_id"
                        + " JOIN person p ON p.id = r.person_id"
                        + " JOIN " + TO_PORTFOLIO + " pm ON pm.any_id = e.crime_priority_id"
                        + " WHERE r.attended AND e.status <> 'CANCELLED' AND p.country_code IS NOT NULL"
            });

    /** What a refresh did. */
    public record Refresh(Instant at, long tookMillis, int factRows) {}

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ClusterLock locks;

    /** Every {@code lms.insight.refresh-every}, and soon after start; on one node at a time. */
    @Scheduled(
            identity = "insight-dashboard-facts",
            every = "${lms.insight.refresh-every:2m}",
            delayed = "${lms.insight.refresh-delay:20s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        locks.runExclusively(LOCK, () -> {
            Refresh done = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .timeout(1800)
                    .call(this::rebuild);
            LOG.debugf("Dashboard facts: %d rows in %d ms", done.factRows(), done.tookMillis());
        });
    }

    /**
     * Rebuilds the facts now, in one transaction (the tests and the administrators' refresh button call it).
     * Waits for nothing: when another node is rebuilding, returns empty and that node's figures will do.
     */
    public java.util.Optional<Refresh> refresh() {
        java.util.concurrent.atomic.AtomicReference<Refresh> done = new java.util.concurrent.atomic.AtomicReference<>();
        locks.runExclusively(
                LOCK,
                () -> done.set(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                        .timeout(1800)
                        .call(this::rebuild)));
        return java.util.Optional.ofNullable(done.get());
    }

    /** When the facts were last rebuilt, if ever. */
    @Transactional
    public java.util.Optional<Instant> refreshedAt() {
        List<?> at = em.createNativeQuery("SELECT refreshed_at FROM insight_dashboard_refresh WHERE id = 1")
                .getResultList();
        return at.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(instant(at.get(0)));
    }

    Refresh rebuild() {
        long start = System.nanoTime();
        em.createNativeQuery("DELETE FROM insight_dashboard_fact").executeUpdate();
        for (String[] measure : MEASURES) {
            String columns = measure[0];
            StringBuilder update = new StringBuilder();
            for (String column : columns.split(",\\s*")) {
                update.append(update.isEmpty() ? "" : ", ")
                        .append(column)
                        .append(" = VALUES(")
                        .append(column)
                        .append(')');
            }
            em.createNativeQuery("INSERT INTO insight_dashboard_fact (country_code, crime_priority_id, year, quarter, "
                            + columns + ") " + measure[1] + " GROUP BY 1, 2, 3, 4 ON DUPLICATE KEY UPDATE " + update)
                    .executeUpdate();
        }
        int rows = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM insight_dashboard_fact")
                        .getSingleResult())
                .intValue();
        long took = (System.nanoTime() - start) / 1_000_000;
        Instant now = Instant.now(clock);
        em.createNativeQuery("INSERT INTO insight_dashboard_refresh (id, refreshed_at, took_ms, fact_rows)"
                        + " VALUES (1, ?1, ?2, ?3) ON DUPLICATE KEY UPDATE refreshed_at = VALUES(refreshed_at),"
                        + " took_ms = VALUES(took_ms), fact_rows = VALUES(fact_rows)")
                .setParameter(1, java.sql.Timestamp.from(now))
                .setParameter(2, took)
                .setParameter(3, rows)
                .executeUpdate();
        return new Refresh(now, took, rows);
    }

    static Instant instant(Object value) {
        return eu.topcop.learn.platform.persistence.SqlValues.instant(value);
    }
}
