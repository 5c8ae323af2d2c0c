package eu.topcop.learn.cmi5;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded cmi5 package into memory: a zip with {@code cmi5.xml} at its root (cmi5 section 14.1), or a bare
 * {@code cmi5.xml} (14.2). The zip is read as a stream, entry by entry, and every limit is checked on the bytes actually
 * inflated: the sizes a zip's headers declare are the attacker's to choose. Nothing is written anywhere; a zip inside
 * the package is just one more file.
 */
final class PackageReader {

    static final String STRUCTURE = "cmi5.xml";

    /** Entry names are stored as paths of at most this many characters (cmi5_package_file.path). */
    static final int MAX_PATH = 512;

    /** Below this many inflated bytes a file is not judged by its ratio: a short text of spaces compresses 100 times. */
    private static final long RATIO_FLOOR = 1024 * 1024;

    /** What a package holds: its course structure and, for a zip, every file by path (cmi5.xml included). */
    record Read(byte[] structure, Map<String, byte[]> files, boolean zipped) {}

    /** The limits of {@link Cmi5Settings}, as numbers a test can choose. */
    record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {

        static Limits of(Cmi5Settings settings) {
            return new Limits(
                    settings.maxEntries(), settings.maxEntryBytes(), settings.maxTotalBytes(), settings.maxRatio());
        }
    }

    private PackageReader() {}

    /**
     * The package, or empty when it cannot be read further; every reason is added to {@code problems}, and a package
     * with any is refused.
     */
    static Optional<Read> read(byte[] upload, Limits limits, List<Cmi5Problem> problems) {
        if (upload == null || upload.length == 0) {
            problems.add(new Cmi5Problem("package", "the package is empty: upload a zip or a cmi5.xml"));
            return Optional.empty();
        }
        if (!zip(upload)) {
            return Optional.of(new Read(upload, Map.of(), false));
        }
        Map<String, byte[]> files = readZip(upload, limits, problems);
        if (files == null) {
            return Optional.empty();
        }
        byte[] structure = files.get(STRUCTURE);
        if (structure == null) {
            problems.add(new Cmi5Problem("package", "no cmi5.xml at the root of the zip (cmi5 section 14.1)"));
            return Optional.empty();
        }
        // Unsafe entries were left out and named: the structure is still read, so that every problem is listed.
        return Optional.of(new Read(structure, files, true));
    }

    private static boolean zip(byte[] upload) {
        // A local file header, or the end record of an empty zip.
        return upload.length >= 4
                && upload[0] == 'P'
                && upload[1] == 'K'
                && ((upload[2] == 3 && upload[3] == 4) || (upload[2] == 5 && upload[3] == 6));
    }

    /** The files of the zip, or null when reading had to stop (a limit passed, the zip broken). */
    private static Map<String, byte[]> readZip(byte[] upload, Limits limits, List<Cmi5Problem> problems) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Counting counted = new Counting(new ByteArrayInputStream(upload));
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(counted)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries++;
                if (entries > limits.maxEntries()) {
                    problems.add(new Cmi5Problem(
                            "package", "more than " + limits.maxEntries() + " entries: the package is refused"));
                    return null;
                }
                String name = entry.getName();
                Optional<String> unsafe = unsafe(name);
                unsafe.ifPresent(reason -> problems.add(new Cmi5Problem(name, reason)));
                if (entry.isDirectory()) {
                    continue;
                }
                // Every entry is read through the same counts, an unsafe one too: skipping it would inflate it unseen.
                long compressedAtStart = counted.count;
                long size = 0;
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    long compressed = Math.max(1, counted.count - compressedAtStart);
                    if (size > RATIO_FLOOR && size / compressed > limits.maxRatio()) {
                        problems.add(new Cmi5Problem(
                                name,
                                "inflates more than " + limits.maxRatio()
                                        + " times its compressed size (a zip bomb): the package is refused"));
                        return null;
                    }
                    if (size > limits.maxEntryBytes()) {
                        problems.add(
                                new Cmi5Problem(name, "larger than " + limits.maxEntryBytes() + " bytes uncompressed"));
                        return null;
                    }
                    if (total > limits.maxTotalBytes()) {
                        problems.add(new Cmi5Problem(
                                "package",
                                "more than " + limits.maxTotalBytes() + " bytes uncompressed in all, at " + name));
                        return null;
                    }
                    if (unsafe.isEmpty()) {
                        content.write(buffer, 0, n);
                    }
                }
                if (unsafe.isEmpty() && files.putIfAbsent(name, content.toByteArray()) != null) {
                    problems.add(new Cmi5Problem(name, "appears twice in the zip"));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new Cmi5Problem("package", "not a readable zip (" + e.getMessage() + ")"));
            return null;
        }
        return files;
    }

    /** Why an entry's name cannot be a path inside the package, if it cannot. */
    static Optional<String> unsafe(String name) {
        if (name.isEmpty()) {
            return Optional.of("an entry without a name");
        }
        if (name.length() > MAX_PATH) {
            return Optional.of("a path longer than " + MAX_PATH + " characters");
        }
        if (name.indexOf('\\') >= 0) {
            return Optional.of("a backslash in the path: zip paths use '/'");
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return Optional.of("an absolute path: the package's paths are relative to its root");
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return Optional.of("a path that leaves the package ('..')");
            }
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.of("a control character in the path");
        }
        return Optional.empty();
    }

    /** What type a package's file is served with, by its name's ending. */
    static String contentType(String path) {
        String name = path.toLowerCase(java.util.Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ending = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ending) {
            case "html", "htm" -> "text/html; charset=UTF-8";
            case "js", "mjs" -> "text/javascript; charset=UTF-8";
            case "css" -> "text/css; charset=UTF-8";
            case "json" -> "application/json";
            case "xml" -> "application/xml";
            case "txt" -> "text/plain; charset=UTF-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "mp3" -> "audio/mpeg";
            case "mp4" -> "video/mp4";
            case "webm" -> "video/webm";
            case "woff" -> "font/woff";
            case "woff2" -> "font/woff2";
            case "pdf" -> "application/pdf";
            case "zip" -> "application/zip";
            default -> "application/octet-stream";
        };
    }

    /** The compressed bytes read so far (give or take the inflater's small look-ahead). */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
