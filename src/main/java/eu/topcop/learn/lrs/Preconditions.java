package eu.topcop.learn.lrs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The concurrency headers of a document request (xAPI 1.0.3 Communication 3.1, 2.0.0 4.1.3): {@code If-Match} with
 * ETags or {@code *}, {@code If-None-Match} with {@code *} or ETags, checked as RFC 7232 says against the document
 * as it is stored. A failed condition is 412 and changes nothing.
 */
record Preconditions(String ifMatch, String ifNoneMatch) {

    boolean none() {
        return ifMatch == null && ifNoneMatch == null;
    }

    /** Refuses the request when a condition fails for {@code current} (null when no document is stored). */
    void check(XapiDocument current) {
        if (ifMatch != null) {
            Set<String> tags = tags(ifMatch);
            if (current == null || !(tags.contains("*") || tags.contains(current.etag))) {
                throw new XapiRefusal.PreconditionFailed(
                        current == null
                                ? "If-Match names a document, and none is stored here."
                                : "If-Match does not name the document's current ETag: it changed since it was read.");
            }
        }
        if (ifNoneMatch != null && current != null) {
            Set<String> tags = tags(ifNoneMatch);
            if (tags.contains("*") || tags.contains(current.etag)) {
                throw new XapiRefusal.PreconditionFailed(
                        "If-None-Match refuses an existing document, and one is stored here.");
            }
        }
    }

    /** The tags of a header: quotes and weak marks dropped, hex compared in lower case. */
    private static Set<String> tags(String header) {
        return Arrays.stream(header.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .map(tag -> tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")
                        ? tag.substring(1, tag.length() - 1)
                        : tag)
                .map(tag -> tag.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }
}
