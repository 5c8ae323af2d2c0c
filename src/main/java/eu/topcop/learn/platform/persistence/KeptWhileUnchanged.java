package eu.topcop.learn.platform.persistence;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values read from the database, kept while a stamp of the rows behind them (counts, greatest ids or update times,
 * read by the caller in one cheap statement) stays the same. The stamp is the caller's to read from the database,
 * never from memory, so a change made by another node is seen as soon as it is committed; nothing is kept beyond
 * what the stamp vouches for. Kept values are shared between requests: they must be immutable.
 *
 * <p>Read the stamp before the value: a value read after a change, kept under the stamp from before it, is only
 * read again; a stamp from after a change never vouches for a value from before it.
 */
public final class KeptWhileUnchanged {

    private record Kept(List<Object> stamp, Map<Object, Object> values) {}

    /** Keys may come from requests: what is kept is bounded whatever readers send. */
    private final int most;

    private volatile Kept kept = new Kept(null, new ConcurrentHashMap<>());

    /** Every instance, so that tests can start from nothing ({@link #forgetAll}). */
    private static final Set<KeptWhileUnchanged> ALL = ConcurrentHashMap.newKeySet();

    public KeptWhileUnchanged(int most) {
        this.most = most;
        ALL.add(this);
    }

    /**
     * Forgets every kept value. For tests that count the statements of a page as a first reader meets it: what is
     * kept depends on which requests came before, and the count would too.
     */
    public static void forgetAll() {
        ALL.forEach(k -> k.kept = new Kept(null, new ConcurrentHashMap<>()));
    }

    /**
     * The value kept under the key for this stamp, or what {@code read} gives (kept if there is room). A value
     * {@code read} fails to give (it throws) is not kept.
     */
    @SuppressWarnings("unchecked")
    public <V> V get(List<Object> stamp, Object key, Supplier<V> read) {
        Kept now = kept;
        if (!Objects.equals(now.stamp(), stamp)) {
            now = new Kept(stamp, new ConcurrentHashMap<>());
            kept = now;
        }
        Object value = now.values().get(key);
        if (value == null) {
            value = Objects.requireNonNull(read.get(), "a kept value");
            if (now.values().size() < most) {
                now.values().put(key, value);
            }
        }
        return (V) value;
    }
}
