package eu.topcop.learn.cmi5;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.CurriculumService;
import eu.topcop.learn.platform.i18n.Language;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cmi5 list costs the same statements for one course and for several, and each query of the importer and the
 * list reads through an index of V66, as MariaDB's EXPLAIN plans it.
 */
@QuarkusTest
class Cmi5StatementsTest {

    @Inject
    Cmi5Importer importer;

    @Inject
    Cmi5Courses courses;

    @Inject
    CurriculumService curricula;

    @Inject
    SessionFactory sessions;

    @Inject
    EntityManager em;

    @BeforeEach
    void curriculum() {
        Cmi5Fixture.curriculum(curricula);
    }

    @Test
    void shouldListCoursesWithTheSameStatementsForOneAndFive() {
        importOne();
        long few = statements();
        for (int i = 0; i < 4; i++) {
            importOne();
        }
        long many = statements();
        assertEquals(few, many, "the cmi5 list");
    }

    @Test
    void shouldReadEveryCmi5QueryThroughAnIndex() {
        Cmi5Importer.Imported done = importOne();
        Cmi5Course stored = QuarkusTransaction.requiringNew()
                .call(() -> Cmi5Course.<Cmi5Course>find("code", done.code()).firstResult());
        long course = stored.id;
        long version = QuarkusTransaction.requiringNew()
                .call(() -> Cmi5CourseVersion.<Cmi5CourseVersion>find("course.id", course)
                        .firstResult()
                        .id);
        assertIndexed("SELECT id FROM cmi5_course WHERE iri_hash = '" + stored.iriHash + "'", "uq_cmi5_course_iri");
        assertIndexed("SELECT id FROM cmi5_course WHERE code = '" + done.code() + "'", "uq_cmi5_course_code");
        assertIndexed(
                "SELECT id FROM cmi5_course_version WHERE course_id = " + course + " AND version = 1",
                "uq_cmi5_course_version");
        assertIndexed(
                "SELECT * FROM cmi5_au WHERE version_id = " + version + " ORDER BY position", "ix_cmi5_au_version");
        assertIndexed(
                "SELECT content FROM cmi5_package_file WHERE version_id = " + version + " AND path = 'au1/index.html'",
                "uq_cmi5_package_file");
    }

    private Cmi5Importer.Imported importOne() {
        return importer.importPackage(
                Cmi5Fixture.coursePackage("https://learn.topcop.eu/test/cmi5/counted/" + UUID.randomUUID()),
                Cmi5Fixture.CURRICULUM,
                1,
                "cmi5-test");
    }

    private long statements() {
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        QuarkusTransaction.requiringNew()
                .run(() -> courses.list(Language.of("en").orElseThrow()));
        return statistics.getPrepareStatementCount();
    }

    private void assertIndexed(String sql, String expected) {
        String key = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("EXPLAIN " + sql).getResultList();
            return rows.stream().map(r -> String.valueOf(r[5])).collect(Collectors.joining(" "));
        });
        assertTrue(Set.of(key.split("[,| ]")).contains(expected), () -> sql + " read through " + key);
    }
}
