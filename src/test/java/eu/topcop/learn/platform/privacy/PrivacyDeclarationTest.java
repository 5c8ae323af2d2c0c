package eu.topcop.learn.platform.privacy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every table of the schema is declared by exactly one feature, as holding personal data (with its fate on erasure)
 * or as holding none, like Moodle's rule that every plugin has a privacy provider: a new table is a question its
 * author has to answer.
 */
@QuarkusTest
class PrivacyDeclarationTest {

    @Inject
    PrivacyService privacy;

    @Inject
    EntityManager em;

    @Test
    void shouldHaveEveryTableOfTheSchemaDeclaredByExactlyOneFeature() {
        Map<String, Set<String>> owners = new TreeMap<>();
        for (Declaration declaration : privacy.declarations()) {
            Set<String> tables = new TreeSet<>(declaration.tablesWithoutPersonalData());
            declaration.holdings().forEach(h -> tables.addAll(h.tables()));
            tables.forEach(t -> owners.computeIfAbsent(t, k -> new TreeSet<>()).add(declaration.feature()));
        }
        @SuppressWarnings("unchecked")
        List<String> schema = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("SELECT table_name FROM information_schema.tables"
                                + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name")
                        .getResultList());
        Set<String> undeclared = new TreeSet<>(schema);
        undeclared.removeAll(owners.keySet());
        assertEquals(Set.of(), undeclared, "tables no feature declares");
        Set<String> unknown = new TreeSet<>(owners.keySet());
        unknown.removeAll(schema);
        assertEquals(Set.of(), unknown, "declared tables the schema lacks");
        owners.forEach((table, features) -> assertEquals(1, features.size(), table + " is declared by " + features));
    }

    @Test
    void shouldDeclareEveryKindOfPersonalDataWithItsFate() {
        for (Declaration declaration : privacy.declarations()) {
            for (Declaration.Holding holding : declaration.holdings()) {
                assertTrue(
                        !holding.tables().isEmpty(), declaration.feature() + " " + holding.kind() + " names no table");
            }
        }
        List<String> features =
                privacy.declarations().stream().map(Declaration::feature).toList();
        assertEquals(features.stream().distinct().toList(), features, "one bean per feature");
    }
}
