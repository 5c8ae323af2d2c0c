package eu.topcop.learn.cmi5;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The rows of a learner's cmi5 attempts: one registration per learner and course (kept with the version started),
 * the AUs' states and the sessions. Plain SQL in the caller's transaction; the rules live in {@link Cmi5Rules}.
 */
@ApplicationScoped
class Cmi5Attempts {

    /** A learner's registration in a course. */
    record Attempt(
            long id,
            String registration,
            long personId,
            long courseId,
            long versionId,
            String courseCode,
            String courseIri,
            Instant startedAt,
            Instant satisfiedAt) {}

    /** One launch of an AU, from launched to terminated or abandoned. */
    record Session(
            long id,
            String sessionId,
            long registrationId,
            long auId,
            String launchMode,
            Instant launchedAt,
            Instant initializedAt,
            Instant lastAt,
            Instant endedAt,
            Instant fetchedAt,
            Instant fetchExpiresAt) {}

    /** What an AU has reached in an attempt; {@code waivedAt} when a manager waived it instead (cmi5 9.3.7). */
    record AuState(Instant completedAt, Instant passedAt, Instant failedAt, Instant satisfiedAt, Instant waivedAt) {
        static final AuState NONE = new AuState(null, null, null, null, null);
    }

    private static final String ATTEMPT = "SELECT r.id, r.registration, r.person_id, r.course_id, r.version_id, c.code,"
            + " c.iri, r.started_at, r.satisfied_at FROM cmi5_registration r JOIN cmi5_course c ON c.id = r.course_id";

    private static final String SESSION = "SELECT id, session_id, registration_id, au_id, launch_mode, launched_at,"
            + " initialized_at, last_at, ended_at, fetched_at, fetch_expires_at FROM cmi5_session";

    @Inject
    EntityManager em;

    /** The learner's attempt at the course, begun now at its current version if there is none. */
    Attempt begin(long personId, Cmi5Course course, Instant now) {
        em.createNativeQuery(
                        "INSERT INTO cmi5_registration (registration, person_id, course_id, version_id, started_at)"
                                + " SELECT :registration, :person, c.id, v.id, :now FROM cmi5_course c"
                                + " JOIN cmi5_course_version v ON v.course_id = c.id AND v.version = c.current_version"
                                + " WHERE c.id = :course ON DUPLICATE KEY UPDATE cmi5_registration.id = cmi5_registration.id")
                .setParameter("registration", UUID.randomUUID().toString())
                .setParameter("person", personId)
                .setParameter("course", course.id)
                .setParameter("now", Timestamp.from(now))
                .executeUpdate();
        return of(personId, course.id).orElseThrow();
    }

    Optional<Attempt> of(long personId, long courseId) {
        return attempt(ATTEMPT + " WHERE r.person_id = :a AND r.course_id = :b", personId, courseId, false);
    }

    /** The attempt of a registration, locked for the rest of the transaction: its statements take turns. */
    Optional<Attempt> locked(String registration) {
        return attempt(ATTEMPT + " WHERE r.registration = :a AND :b = :b FOR UPDATE", registration, 0, true);
    }

    Optional<Attempt> byRegistrationId(long id) {
        return attempt(ATTEMPT + " WHERE r.id = :a AND :b = :b", id, 0, false);
    }

    Optional<Attempt> byRegistration(String registration) {
        return attempt(ATTEMPT + " WHERE r.registration = :a AND :b = :b", registration, 0, false);
    }

    void satisfied(long attemptId, Instant now) {
        em.createNativeQuery("UPDATE cmi5_registration SET satisfied_at = :now WHERE id = :id AND satisfied_at IS NULL")
                .setParameter("now", Timestamp.from(now))
                .setParameter("id", attemptId)
                .executeUpdate();
    }

    AuState state(long attemptId, long auId) {
        List<?> rows = em.createNativeQuery("SELECT completed_at, passed_at, failed_at, satisfied_at, waived_at"
                        + " FROM cmi5_au_state WHERE registration_id = :r AND au_id = :a")
                .setParameter("r", attemptId)
                .setParameter("a", auId)
                .getResultList();
        if (rows.isEmpty()) {
            return AuState.NONE;
        }
        Object[] r = (Object[]) rows.get(0);
        return new AuState(instant(r[0]), instant(r[1]), instant(r[2]), instant(r[3]), instant(r[4]));
    }

    /** Sets one fact of an AU's state ({@code column} is one of ours, never a caller's text), if not yet set. */
    void mark(long attemptId, long auId, String column, Instant now) {
        if (!List.of("completed_at", "passed_at", "failed_at", "satisfied_at").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        em.createNativeQuery("INSERT INTO cmi5_au_state (registration_id, au_id, " + column + ") VALUES (:r, :a, :now)"
                        + " ON DUPLICATE KEY UPDATE " + column + " = COALESCE(" + column + ", :now)")
                .setParameter("r", attemptId)
                .setParameter("a", auId)
                .setParameter("now", Timestamp.from(now))
                .executeUpdate();
    }

    /** Records the AU waived, with why and by whom; a waiver already there stays (one per AU and registration). */
    void waived(long attemptId, long auId, String reason, String by, Instant now) {
        em.createNativeQuery("INSERT INTO cmi5_au_state (registration_id, au_id, waived_at, waived_reason, waived_by)"
                        + " VALUES (:r, :a, :now, :reason, :by) ON DUPLICATE KEY UPDATE"
                        + " waived_reason = IF(waived_at IS NULL, VALUES(waived_reason), waived_reason),"
                        + " waived_by = IF(waived_at IS NULL, VALUES(waived_by), waived_by),"
                        + " waived_at = COALESCE(waived_at, VALUES(waived_at))")
                .setParameter("r", attemptId)
                .setParameter("a", auId)
                .setParameter("now", Timestamp.from(now))
                .setParameter("reason", reason)
                .setParameter("by", by)
                .executeUpdate();
    }

    /** The reasons of the AUs waived in the attempt, by AU. */
    Map<Long, String> waivedAus(long attemptId) {
        Map<Long, String> waived = new HashMap<>();
        for (Object row : em.createNativeQuery(
                        "SELECT au_id, waived_reason FROM cmi5_au_state WHERE registration_id = :r"
                                + " AND waived_at IS NOT NULL")
                .setParameter("r", attemptId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            waived.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return waived;
    }

    /** The AUs of the attempt's version that are satisfied. */
    @SuppressWarnings("unchecked")
    List<Long> satisfiedAus(long attemptId) {
        return ((List<Number>) em.createNativeQuery("SELECT au_id FROM cmi5_au_state WHERE registration_id = :r"
                                + " AND satisfied_at IS NOT NULL")
                        .setParameter("r", attemptId)
                        .getResultList())
                .stream().map(Number::longValue).toList();
    }

    /** Records a block satisfied; true the first time. */
    boolean blockSatisfied(long attemptId, long blockId, Instant now) {
        return em.createNativeQuery("INSERT IGNORE INTO cmi5_block_state (registration_id, block_id, satisfied_at)"
                                + " VALUES (:r, :b, :now)")
                        .setParameter("r", attemptId)
                        .setParameter("b", blockId)
                        .setParameter("now", Timestamp.from(now))
                        .executeUpdate()
                > 0;
    }

    void openSession(
            String sessionId, long attemptId, long auId, String mode, String fetchHash, Instant now, Instant expires) {
        em.createNativeQuery("INSERT INTO cmi5_session (session_id, registration_id, au_id, launch_mode, fetch_hash,"
                        + " fetch_expires_at, launched_at, last_at) VALUES (:s, :r, :a, :m, :f, :e, :now, :now)")
                .setParameter("s", sessionId)
                .setParameter("r", attemptId)
                .setParameter("a", auId)
                .setParameter("m", mode)
                .setParameter("f", fetchHash)
                .setParameter("e", Timestamp.from(expires))
                .setParameter("now", Timestamp.from(now))
                .executeUpdate();
    }

    Optional<Session> session(String sessionId, long attemptId) {
        return sessions(SESSION + " WHERE session_id = :a AND registration_id = :b", sessionId, attemptId).stream()
                .findFirst();
    }

    /** The session of a fetch URL's token, locked: the token is one-time even when two requests race. */
    Optional<Session> byFetch(String fetchHash) {
        return sessions(SESSION + " WHERE fetch_hash = :a AND :b = :b FOR UPDATE", fetchHash, 0).stream()
                .findFirst();
    }

    /** The sessions of an attempt at an AU still open (through ix_cmi5_session_open). */
    List<Session> open(long attemptId, long auId) {
        return sessions(
                SESSION + " WHERE registration_id = :a AND au_id = :b AND ended_at IS NULL FOR UPDATE",
                attemptId,
                auId);
    }

    /** Open sessions whose last sign of life is older than {@code before} (through ix_cmi5_session_idle). */
    List<Session> idle(Instant before, int limit) {
        return sessions(
                SESSION + " WHERE ended_at IS NULL AND last_at < :a AND :b = :b ORDER BY last_at LIMIT " + limit,
                Timestamp.from(before),
                0);
    }

    void fetched(long sessionId, Instant now) {
        update("UPDATE cmi5_session SET fetched_at = :now WHERE id = :id", sessionId, now);
    }

    void initialized(long sessionId, Instant now) {
        update("UPDATE cmi5_session SET initialized_at = :now, last_at = :now WHERE id = :id", sessionId, now);
    }

    void alive(long sessionId, Instant now) {
        update("UPDATE cmi5_session SET last_at = :now WHERE id = :id", sessionId, now);
    }

    /** Ends an open session: {@code by} is terminated or abandoned. True if it was open. */
    boolean end(long sessionId, String by, Instant now) {
        return em.createNativeQuery("UPDATE cmi5_session SET ended_at = :now, ended_by = :by, last_at = :now"
                                + " WHERE id = :id AND ended_at IS NULL")
                        .setParameter("now", Timestamp.from(now))
                        .setParameter("by", by)
                        .setParameter("id", sessionId)
                        .executeUpdate()
                > 0;
    }

    private void update(String sql, long sessionId, Instant now) {
        em.createNativeQuery(sql)
                .setParameter("now", Timestamp.from(now))
                .setParameter("id", sessionId)
                .executeUpdate();
    }

    private Optional<Attempt> attempt(String sql, Object a, Object b, boolean lock) {
        List<?> rows = em.createNativeQuery(sql)
                .setParameter("a", a)
                .setParameter("b", b)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new Attempt(
                    ((Number) r[0]).longValue(),
                    r[1].toString(),
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(),
                    r[5].toString(),
                    r[6].toString(),
                    instant(r[7]),
                    instant(r[8]));
        });
    }

    private List<Session> sessions(String sql, Object a, Object b) {
        List<?> rows = em.createNativeQuery(sql)
                .setParameter("a", a)
                .setParameter("b", b)
                .getResultList();
        return rows.stream()
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new Session(
                            ((Number) r[0]).longValue(),
                            r[1].toString(),
                            ((Number) r[2]).longValue(),
                            ((Number) r[3]).longValue(),
                            r[4].toString(),
                            instant(r[5]),
                            instant(r[6]),
                            instant(r[7]),
                            instant(r[8]),
                            instant(r[9]),
                            instant(r[10]));
                })
                .toList();
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(ZoneId.systemDefault()).toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
