package eu.topcop.learn.content;

import java.util.ArrayList;
import java.util.List;

/** The problems found while reading one unit of content (a module or a curriculum). */
final class Problems {

    private final List<ContentProblem> list = new ArrayList<>();

    void add(String file, int line, String message) {
        list.add(new ContentProblem(file, line, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<ContentProblem> list() {
        return List.copyOf(list);
    }
}
