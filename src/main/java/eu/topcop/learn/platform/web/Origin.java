package eu.topcop.learn.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a person came from, carried as a {@code from} parameter so that a page can lead back there (the queue with
 * its filters, a coordinator's list, an offering's page). Only a path on this site is followed: anything else could
 * send a person to another site after a decision, so it is ignored.
 */
public final class Origin {

    static final int MAX_LENGTH = 500;

    private Origin() {}

    /** The path when it is a relative path on this site, else null. */
    public static String safe(String from) {
        if (from == null || from.isEmpty() || from.length() > MAX_LENGTH) {
            return null;
        }
        if (!from.startsWith("/") || from.startsWith("//") || from.startsWith("/\\")) {
            return null;
        }
        for (int i = 0; i < from.length(); i++) {
            char c = from.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return null;
            }
        }
        return from;
    }

    /** The path with {@code done=<code>} added, so that the page shows what was just done. */
    public static String withDone(String path, String done) {
        String without = path.replaceAll("([?&])done=[^&]*&?", "$1").replaceAll("[?&]$", "");
        return without + (without.contains("?") ? "&" : "?") + "done=" + encode(done);
    }

    /** A value for a query parameter. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
