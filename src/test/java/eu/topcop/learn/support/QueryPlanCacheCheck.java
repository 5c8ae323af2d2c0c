package eu.topcop.learn.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * After every test of the suite: no JPQL query the application ran binds a list to one parameter ({@code in :ids},
 * {@code in ?1}, {@code in (:ids)}). Hibernate never keeps the plan of such a query and translates it to SQL again
 * on every execution (issue 17: more than half of the home page's deadline query, a quarter of the catalogue
 * page); {@code platform.persistence.InList} binds the values one parameter each.
 *
 * <p>The queries are those Hibernate's statistics (on in the test profile) saw executed, so every query any test
 * reaches is checked, whatever built its text. Native SQL may bind lists (its plan does not depend on them): a
 * query is JPQL when Hibernate parses it as such.
 */
public class QueryPlanCacheCheck implements QuarkusTestAfterEachCallback {

    /** An IN whose list is one parameter, bare or in parentheses: the two forms Hibernate lets take a collection. */
    private static final Pattern LIST_PARAMETER =
            Pattern.compile("(?i)\\bin\\s*(\\(\\s*)?(:[A-Za-z_]\\w*|\\?\\d+)\\s*(\\)|$|\\s)");

    /** Named once, not again after every later test while the statistics still hold it. */
    private static final Set<String> NAMED = ConcurrentHashMap.newKeySet();

    private static final Map<String, Boolean> JPQL = new ConcurrentHashMap<>();

    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        var factory = Arc.container().instance(SessionFactory.class);
        if (!factory.isAvailable()) {
            return;
        }
        Statistics statistics = factory.get().getStatistics();
        if (!statistics.isStatisticsEnabled()) {
            return;
        }
        List<String> uncached = new ArrayList<>();
        for (String query : statistics.getQueries()) {
            if (LIST_PARAMETER.matcher(query).find() && jpql(factory.get(), query) && NAMED.add(query)) {
                uncached.add(query);
            }
        }
        if (!uncached.isEmpty()) {
            throw new AssertionError("JPQL queries binding a list to one parameter, translated to SQL again on every"
                    + " execution (bind the values with platform.persistence.InList):\n  "
                    + String.join("\n  ", uncached));
        }
    }

    private static boolean jpql(SessionFactory factory, String query) {
        return JPQL.computeIfAbsent(query, q -> {
            try (Session session = factory.openSession()) {
                session.createQuery(q);
                return true;
            } catch (RuntimeException notJpql) {
                return false;
            }
        });
    }
}
