package eu.topcop.learn.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The measured questions of every published instrument version, as the importer writes them, are exactly what the
 * migration that introduced them reads from the versions' JSON: so versions published before it and after it are
 * reported alike.
 */
@QuarkusTest
class SurveyMeasureTest {

    @Inject
    EntityManager em;

    @Test
    void shouldWriteTheMeasuredQuestionsOfEachVersionAsTheMigrationReadsThemFromItsJson() throws Exception {
        String migration =
                Files.readString(Path.of("src/main/resources/db/migration/V40__survey_instrument_measures.sql"));
        Matcher selects = Pattern.compile("(SELECT v\\.id.*?);", Pattern.DOTALL).matcher(migration);
        List<String> fromJson = new java.util.ArrayList<>();
        while (selects.find()) {
            fromJson.addAll(rows(selects.group(1)));
        }
        List<String> written =
                rows("SELECT instrument_version_id, question_code, option_code, measure, lowest, highest,"
                        + " applied FROM survey_instrument_measure");
        assertFalse(written.isEmpty(), "the shipped instruments have measured questions");
        assertEquals(
                written.stream().sorted().toList(), fromJson.stream().sorted().toList());
        assertTrue(written.stream().anyMatch(r -> r.contains("|reaction|0|10|")), "the reaction rating: 0 to 10");
        assertTrue(written.stream().anyMatch(r -> r.contains("|yes-regularly|applied|")), "the applied options");
    }

    @SuppressWarnings("unchecked")
    private List<String> rows(String select) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = em.createNativeQuery(select).getResultList();
            return rows.stream()
                    .map(r -> {
                        StringBuilder line = new StringBuilder();
                        for (int i = 0; i < 7; i++) {
                            Object v = i < r.length ? r[i] : null;
                            if (v instanceof Boolean b) {
                                v = b ? 1 : 0;
                            }
                            line.append(v == null ? "" : v.toString()).append('|');
                        }
                        return line.toString();
                    })
                    .toList();
        });
    }
}
