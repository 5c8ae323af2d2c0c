package eu.topcop.learn.insight.results;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.insight.results.ResultsViewer.Viewer;
import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The results list (a page of up to 100), a result and the figures are read with the same number of SQL statements
 * however many results, officers and trained officers there are (Hibernate statistics): Sweden with 2 results of 2
 * officers, Portugal with 40 results of 12 officers, each officer trained.
 */
@QuarkusTest
class ResultStatementCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    ResultFixture fixture;

    @Test
    void shouldReadTheListAResultAndTheFiguresWithTheSameStatementsForFewAndMany() {
        long few = seed("SE", 2, 2);
        long many = seed("PT", 40, 12);
        String[] what = {"the list", "a result", "the figures", "the list page", "the figures page"};
        long[] small = counts("SE", few);
        long[] large = counts("PT", many);
        for (int i = 0; i < what.length; i++) {
            assertTrue(small[i] > 0, what[i] + " is read from the database");
            assertEquals(small[i], large[i], what[i]);
        }
    }

    /** Results of a country, each naming every officer; returns the last one's id. */
    private long seed(String country, int results, int officers) {
        Viewer manager = fixture.manager();
        List<Person> people = fixture.officers(officers, country);
        LocalDate today = LocalDate.now();
        people.forEach(p -> fixture.completed(p, "drugs-regional-training", today.minusMonths(14)));
        long last = 0;
        for (int i = 0; i < results; i++) {
            ResultKind kind = ResultKind.values()[i % ResultKind.values().length];
            last = fixture.record(
                    manager,
                    kind,
                    today.minusDays(i),
                    "drug-trafficking",
                    people,
                    kind == ResultKind.ARRESTS ? 3 : null,
                    null,
                    i % 3 == 0);
        }
        return last;
    }

    private long[] counts(String country, long result) {
        return new long[] {
            statements("/api/insight/results?limit=100&country=" + country),
            statements("/api/insight/results/" + result),
            statements("/api/insight/results/figures?country=" + country),
            pageStatements("/insight/results?country=" + country),
            pageStatements("/insight/results/figures?country=" + country)
        };
    }

    private long statements(String path) {
        given().auth().oauth2(accessToken(Tokens.MANAGER)).get(path).then().statusCode(200);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().auth().oauth2(accessToken(Tokens.MANAGER)).get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private long pageStatements(String path) {
        eu.topcop.learn.support.WebSession session = sessions.computeIfAbsent(Tokens.MANAGER, u -> {
            eu.topcop.learn.support.WebSession s = new eu.topcop.learn.support.WebSession();
            s.signIn("/insight/results", u).then().statusCode(200);
            return s;
        });
        assertEquals(200, session.get(path).statusCode());
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        assertEquals(200, session.get(path).statusCode());
        return statistics.getPrepareStatementCount();
    }

    private final java.util.Map<String, eu.topcop.learn.support.WebSession> sessions = new java.util.HashMap<>();
}
