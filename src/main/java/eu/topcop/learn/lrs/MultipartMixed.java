package eu.topcop.learn.lrs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/mixed} body (RFC 2046 section 5.1), read and written in memory: xAPI sends a statement request
 * with attachments this way (Communication 1.5.2), and Quarkus REST reads only {@code multipart/form-data}. The
 * caller bounds the body's size before it gets here; a part's headers are bounded here.
 */
final class MultipartMixed {

    /** One part: its headers (names in lower case) and its octets, as sent (binary transfer encoding). */
    record Part(Map<String, String> headers, byte[] content) {
        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    /** The request is not a multipart/mixed body this parser can read; the message says where it breaks. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    static final int MAX_HEADER_BYTES = 8 * 1024;
    private static final byte[] CRLF = {'\r', '\n'};
    private static final Pattern BOUNDARY =
            Pattern.compile("(?i);\\s*boundary\\s*=\\s*(\"([^\"]{1,200})\"|([^\\s;\"]{1,200}))");

    private MultipartMixed() {}

    /** The boundary of a {@code multipart/mixed} Content-Type header, if it is one and names its boundary. */
    static Optional<String> boundary(String contentType) {
        if (contentType == null || !contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/mixed")) {
            return Optional.empty();
        }
        Matcher matcher = BOUNDARY.matcher(contentType);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
    }

    /** The parts of {@code body} between its boundaries; the preamble and the epilogue are ignored. */
    static List<Part> parse(byte[] body, String boundary) throws Malformed {
        byte[] dashBoundary = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] delimiter = concat(CRLF, dashBoundary);
        int at = startsWith(body, 0, dashBoundary) ? 0 : indexOf(body, delimiter, 0);
        if (at < 0) {
            throw new Malformed("the body has no part: its boundary '" + boundary + "' is missing");
        }
        at += at == 0 && startsWith(body, 0, dashBoundary) ? dashBoundary.length : delimiter.length;
        List<Part> parts = new ArrayList<>();
        while (true) {
            if (startsWith(body, at, new byte[] {'-', '-'})) {
                return parts;
            }
            int lineEnd = indexOf(body, CRLF, at);
            if (lineEnd < 0 || !isPadding(body, at, lineEnd)) {
                throw new Malformed("part " + (parts.size() + 1) + ": the boundary line does not end with CRLF");
            }
            int headersStart = lineEnd + 2;
            int headersEnd = startsWith(body, headersStart, CRLF)
                    ? headersStart
                    : indexOf(body, new byte[] {'\r', '\n', '\r', '\n'}, headersStart);
            if (headersEnd < 0 || headersEnd - headersStart > MAX_HEADER_BYTES) {
                throw new Malformed("part " + (parts.size() + 1) + ": its headers do not end with an empty line");
            }
            Map<String, String> headers = headers(body, headersStart, headersEnd, parts.size() + 1);
            int contentStart = headersEnd + (headersEnd == headersStart ? 2 : 4);
            int next = indexOf(body, delimiter, contentStart);
            if (next < 0) {
                throw new Malformed("part " + (parts.size() + 1) + " is not closed by the boundary");
            }
            parts.add(new Part(headers, Arrays.copyOfRange(body, contentStart, next)));
            at = next + delimiter.length;
        }
    }

    /** A multipart/mixed body of {@code parts} with {@code boundary}, closed by the close delimiter. */
    static byte[] write(String boundary, List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            out.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            part.headers()
                    .forEach((name, value) ->
                            out.writeBytes((name + ": " + value + "\r\n").getBytes(StandardCharsets.ISO_8859_1)));
            out.writeBytes(CRLF);
            out.writeBytes(part.content());
            out.writeBytes(CRLF);
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static Map<String, String> headers(byte[] body, int from, int to, int part) throws Malformed {
        Map<String, String> headers = new LinkedHashMap<>();
        if (from == to) {
            return headers;
        }
        String block = new String(body, from, to - from, StandardCharsets.ISO_8859_1);
        String name = null;
        for (String line : block.split("\r\n")) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
                // RFC 5322 folding: a line starting with white space continues the header before it.
                headers.merge(name, " " + line.strip(), String::concat);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new Malformed("part " + part + ": the header line '" + shorten(line) + "' has no name");
            }
            name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            headers.put(name, line.substring(colon + 1).strip());
        }
        return headers;
    }

    /** RFC 2046 allows linear white space between a boundary and its CRLF. */
    private static boolean isPadding(byte[] body, int from, int to) {
        for (int i = from; i < to; i++) {
            if (body[i] != ' ' && body[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String shorten(String line) {
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }

    static boolean startsWith(byte[] body, int at, byte[] prefix) {
        if (at < 0 || at + prefix.length > body.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] body, byte[] needle, int from) {
        int last = body.length - needle.length;
        for (int i = Math.max(from, 0); i <= last; i++) {
            if (body[i] == needle[0] && startsWith(body, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
