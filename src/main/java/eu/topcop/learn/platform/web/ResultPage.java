package eu.topcop.learn.platform.web;

import java.util.List;
import java.util.function.Function;

/** One page of a longer result: the items, where they are, and how many there are in all. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public static <T> ResultPage<T> empty() {
        return new ResultPage<>(List.of(), 0, 1, 0);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    /** Number of pages, at least one so that "page 1 of 1" reads well for an empty result. */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
