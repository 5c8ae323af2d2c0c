package eu.topcop.learn.catalogue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import eu.topcop.learn.catalogue.CurriculumViews.CurriculumSummary;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.web.ResultPage;

/**
 * Pages of curricula kept while the curricula stay as they were. The catalogue page shows them to every reader,
 * and they change only when content is imported; reading them (curricula, courses, modules, activity types, with
 * their texts in seven languages) was three quarters of the catalogue page's own time (issue 17, P2). The stamp
 * is read from the database on every use, so a change made on another node is seen at once: nothing is kept
 * beyond what the stamp vouches for.
 */
final class KeptCurriculumPages {

    /** Priorities come from the query string: what is kept is bounded whatever readers send. */
    private static final int MOST = 256;

    record Key(String priority, int page, int size, Language language) {}

    private record Kept(List<Object> stamp, Map<Key, ResultPage<CurriculumSummary>> pages) {}

    private volatile Kept kept = new Kept(List.of(), new ConcurrentHashMap<>());

    /**
     * @param stamp what the curricula are now (read before the page, so a page read later is never older than it)
     */
    ResultPage<CurriculumSummary> page(List<Object> stamp, Key key, Supplier<ResultPage<CurriculumSummary>> read) {
        Kept now = kept;
        if (!now.stamp().equals(stamp)) {
            now = new Kept(stamp, new ConcurrentHashMap<>());
            kept = now;
        }
        ResultPage<CurriculumSummary> page = now.pages().get(key);
        if (page == null) {
            page = read.get();
            if (now.pages().size() < MOST) {
                now.pages().put(key, page);
            }
        }
        return page;
    }
}
