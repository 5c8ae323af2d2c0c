package eu.topcop.learn.cmi5;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every query of a launch, a statement's rules, the abandonment job and the learner's page reads through an index of
 * V67 (as MariaDB's EXPLAIN plans it), and the learner's page costs the same statements with one launch as with many.
 */
@QuarkusTest
class Cmi5LaunchIndexTest {

    @Inject
    Cmi5LaunchFixture fixture;

    @Inject
    Cmi5Progress progress;

    @Inject
    SessionFactory sessions;

    @Inject
    EntityManager em;

    @Test
    void shouldReadEveryLaunchQueryThroughAnIndex() {
        String code = fixture.course();
        Cmi5LaunchFixture.Au au = fixture.start(fixture.learner(), code, 0);
        au.send(Cmi5Vocabulary.INITIALIZED, null);
        au.send(Cmi5Vocabulary.COMPLETED, java.util.Map.of("completion", true));
        String registration = au.launched().registration();
        Object auId = fixture.rows("SELECT au_id FROM cmi5_session WHERE session_id = ?", au.sessionId())
                .get(0);
        Object[] row = (Object[]) fixture.rows(
                        "SELECT id, person_id, course_id FROM cmi5_registration WHERE registration = ?", registration)
                .get(0);
        long attempt = ((Number) row[0]).longValue();
        assertIndexed(
                "SELECT id FROM cmi5_registration WHERE registration = '" + registration + "'", "uq_cmi5_registration");
        assertIndexed(
                "SELECT id FROM cmi5_registration WHERE person_id = " + row[1] + " AND course_id = " + row[2],
                "uq_cmi5_registration_person");
        assertIndexed(
                "SELECT satisfied_at FROM cmi5_au_state WHERE registration_id = " + attempt + " AND au_id = " + auId,
                "PRIMARY");
        assertIndexed("SELECT au_id FROM cmi5_au_state WHERE registration_id = " + attempt, "PRIMARY");
        assertIndexed("SELECT id FROM cmi5_session WHERE session_id = '" + au.sessionId() + "'", "uq_cmi5_session");
        assertIndexed(
                "SELECT id FROM cmi5_session WHERE fetch_hash = '"
                        + Cmi5Launches.sha256(au.launched()
                                .fetch()
                                .substring(au.launched().fetch().lastIndexOf('/') + 1))
                        + "'",
                "uq_cmi5_session_fetch");
        assertIndexed(
                "SELECT id FROM cmi5_session WHERE registration_id = " + attempt + " AND au_id = " + auId
                        + " AND ended_at IS NULL",
                "ix_cmi5_session_open");
        assertIndexed(
                "SELECT DISTINCT au_id FROM cmi5_session WHERE registration_id = " + attempt, "ix_cmi5_session_open");
        assertIndexed(
                "SELECT id FROM cmi5_session WHERE ended_at IS NULL AND last_at < NOW() ORDER BY last_at LIMIT 500",
                "ix_cmi5_session_idle");
    }

    @Test
    void shouldShowTheLearnersCourseWithTheSameStatementsForOneLaunchAndMany() {
        String code = fixture.course();
        Person learner = fixture.learner();
        fixture.launch(learner, code, 0);
        long few = statements(learner, code);
        for (int i = 0; i < 3; i++) {
            fixture.launch(learner, code, 0);
            fixture.launch(learner, code, 1);
        }
        assertEquals(few, statements(learner, code), "the learner's cmi5 course page");
    }

    private long statements(Person learner, String code) {
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        Cmi5Progress.CourseProgress shown = QuarkusTransaction.requiringNew()
                .call(() -> progress.of(learner, code, Language.of("en").orElseThrow()));
        assertFalse(shown.aus().isEmpty());
        return statistics.getPrepareStatementCount();
    }

    private void assertIndexed(String sql, String expected) {
        String key = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("EXPLAIN " + sql).getResultList();
            return rows.stream()
                    .map(r -> String.valueOf(r[5]) + (String.valueOf(r[9]).contains("filesort") ? " filesort" : ""))
                    .collect(Collectors.joining(" "));
        });
        assertTrue(Set.of(key.split("[,| ]")).contains(expected), () -> sql + " read through " + key);
        assertFalse(key.contains("filesort"), () -> sql + " sorts: " + key);
    }
}
