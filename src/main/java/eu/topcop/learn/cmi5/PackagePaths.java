package eu.topcop.learn.cmi5;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The package file a relative url names: its path, without query or fragment, percent-decoded, never outside. */
final class PackagePaths {

    private PackagePaths() {}

    static Optional<String> resolve(String url) {
        String path = url;
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        if (path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        try {
            // '+' is a plus in a path, not a space as in a form.
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                return Optional.empty();
            }
            if (!segment.equals(".") && !segment.isEmpty()) {
                segments.add(segment);
            }
        }
        if (segments.isEmpty() || path.endsWith("/")) {
            return Optional.empty();
        }
        return Optional.of(String.join("/", segments));
    }

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        if (i < 0) {
            return j;
        }
        return j < 0 ? i : Math.min(i, j);
    }
}
