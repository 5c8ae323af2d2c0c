package eu.topcop.learn.catalogue;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.CatalogueViews.PortfolioPriority;
import eu.topcop.learn.catalogue.CatalogueViews.Priority;
import eu.topcop.learn.platform.i18n.Language;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reference data the migrations seed, read back from the real MariaDB. */
@QuarkusTest
class ReferenceDataTest {

    @Inject
    CatalogueService catalogue;

    @Inject
    EntityManager em;

    @Test
    void shouldSeedTheFivePartnersAndTheEuMemberStates() {
        assertEquals(5L, count("select count(c) from Country c where c.eapPartner = true"));
        assertEquals(27L, count("select count(c) from Country c where c.euMember = true"));
        assertEquals(
                List.of("AM", "AZ", "GE", "MD", "UA"),
                em.createQuery("select c.code from Country c where c.eapPartner = true order by c.code", String.class)
                        .getResultList());
    }

    @Test
    void shouldTieTheEmpactPrioritiesToTheirCycles() {
        assertEquals(
                11, catalogue.empactPriorities("2022-2025", Language.ENGLISH).size());
        assertEquals(
                7, catalogue.empactPriorities("2026-2029", Language.ENGLISH).size());
        Priority last =
                catalogue.empactPriorities("2022-2025", Language.ENGLISH).get(10);
        assertTrue(last.horizontalGoal(), "the fraudulent documents goal closes the 2022-2025 list");
    }

    @Test
    void shouldMakeTheCycleRunningThisYearTheCurrentOne() {
        assertEquals("2026-2029", catalogue.currentCycle().code());
    }

    @Test
    void shouldNameEveryPriorityAndActivityTypeInAllSevenLanguages() {
        assertEquals(0L, count("select count(p) from CrimePriority p where size(p.names) <> 7"));
        assertEquals(0L, count("select count(a) from ActivityType a where size(a.names) <> 7"));
        assertEquals(9L, count("select count(a) from ActivityType a"));
    }

    @Test
    void shouldKeepOrganisedPropertyCrimeInThePortfolioWithoutAnEmpactPriorityFrom2026() {
        List<PortfolioPriority> portfolio = catalogue.portfolio("2026-2029", Language.ENGLISH);
        assertEquals(6, portfolio.size());
        PortfolioPriority propertyCrime = portfolio.stream()
                .filter(p -> p.code().equals("organised-property-crime"))
                .findFirst()
                .orElseThrow();
        assertTrue(propertyCrime.serves().isEmpty());
        PortfolioPriority earlier = catalogue.portfolio("2022-2025", Language.ENGLISH).stream()
                .filter(p -> p.code().equals("organised-property-crime"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "empact-2022-organised-property-crime", earlier.serves().get(0).code());
    }

    @Test
    void shouldShowEnglishNamesWithTheirTranslationFlag() {
        catalogue
                .portfolio("2026-2029", Language.of("ru").orElseThrow())
                .forEach(p -> assertTrue(p.translated(), p.code() + " has a Russian name"));
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
