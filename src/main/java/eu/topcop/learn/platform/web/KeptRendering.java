package eu.topcop.learn.platform.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A part of a page rendered once and given again while what it was rendered from is equal: the page's inputs,
 * themselves read or kept by the caller as usual (so a change in the database is seen as soon as it is read), and
 * the key (a language, a page number) for all that the inputs do not say. Rendering a long list costs a page more than
 * reading it once the list is kept (issue 17: half of the catalogue page's time was Qute's). Only for parts that
 * are the same for every reader of the key: nothing of the reader's own (their name, a token) may be in them.
 */
public final class KeptRendering {

    private record Rendered(List<Object> from, String html) {}

    /** Keys may come from requests: what is kept is bounded whatever readers send. */
    private final int most;

    private final Map<Object, Rendered> kept = new ConcurrentHashMap<>();

    public KeptRendering(int most) {
        this.most = most;
    }

    /** The part as rendered last for the key from equal inputs, else what {@code render} gives now (kept). */
    public String get(Object key, List<Object> from, Supplier<String> render) {
        Rendered last = kept.get(key);
        if (last != null && same(last.from(), from)) {
            return last.html();
        }
        String html = render.get();
        if (last != null || kept.size() < most) {
            kept.put(key, new Rendered(from, html));
        }
        return html;
    }

    /** Kept inputs are usually the very same objects: they are compared by identity first, by value only if not. */
    private static boolean same(List<Object> kept, List<Object> now) {
        if (kept.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < kept.size(); i++) {
            Object a = kept.get(i);
            Object b = now.get(i);
            if (a != b && (a == null || !a.equals(b))) {
                return false;
            }
        }
        return true;
    }
}
