package eu.topcop.learn.networks.discussions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import eu.topcop.learn.platform.web.Mistakes;
import org.apache.tika.Tika;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * What may be attached to a post: at most {@code lms.networks.attachments-per-post} files, each at most
 * {@code lms.networks.attachment-max-bytes}, of a type detected from the bytes (magic numbers and text statistics),
 * never from the name: an executable or a web page renamed {@code .pdf} is what its bytes say it is, and refused.
 * The name only tells apart the Office formats that share one ZIP container (DOCX, XLSX, PPTX).
 */
@ApplicationScoped
@Named("discussionAttachments")
public class AttachmentRules {

    public static final String FIELD = "attachments";

    /** The longest file name kept (the column's length). */
    public static final int NAME_MAX = 255;

    static final Set<String> ALLOWED = Set.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "image/png",
            "image/jpeg",
            "text/plain");

    /** An uploaded file as received: the name its sender gave, its size, its bytes (null when too large to read). */
    public record Upload(String fileName, long size, byte[] bytes) {

        public static Upload of(String fileName, byte[] bytes) {
            return new Upload(fileName, bytes.length, bytes);
        }
    }

    /** A file that passed: its cleaned name, its detected media type and its bytes. */
    public record Accepted(String fileName, String mediaType, byte[] bytes) {}

    private final Tika tika = new Tika();

    @ConfigProperty(name = "lms.networks.attachment-max-bytes", defaultValue = "10485760")
    long maxBytes;

    @ConfigProperty(name = "lms.networks.attachments-per-post", defaultValue = "5")
    int maxPerPost;

    public long maxBytes() {
        return maxBytes;
    }

    public int maxPerPost() {
        return maxPerPost;
    }

    /** The size limit in whole megabytes, for the forms' hint. */
    public long maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }

    /** The files of a multipart form, read only when within the limit (a larger one is refused unread). */
    public List<Upload> read(List<FileUpload> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(f -> f != null && f.fileName() != null && !f.fileName().isBlank())
                .map(f -> {
                    try {
                        return new Upload(
                                f.fileName(),
                                f.size(),
                                f.size() > maxBytes ? null : Files.readAllBytes(f.uploadedFile()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }

    /** {@code Content-Disposition} of a download: an ASCII name for old clients, the exact one in RFC 5987 form. */
    public static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]|[\"\\\\;%]", "_");
        String exact = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + exact;
    }

    /** The files that pass; every one that does not adds a problem naming {@value #FIELD}. */
    public List<Accepted> check(List<Upload> uploads, Mistakes problems) {
        List<Accepted> accepted = new ArrayList<>();
        List<Upload> files = uploads == null
                ? List.of()
                : uploads.stream()
                        .filter(u -> u != null
                                && u.fileName() != null
                                && !u.fileName().isBlank())
                        .toList();
        if (files.size() > maxPerPost) {
            problems.add(
                    FIELD,
                    "too many files: at most " + maxPerPost + " per post",
                    "err_attachments_many",
                    String.valueOf(maxPerPost));
            return accepted;
        }
        for (Upload file : files) {
            String name = cleanName(file.fileName());
            byte[] bytes = file.bytes();
            if (file.size() == 0) {
                problems.add(FIELD, "is empty: " + name, "err_attachment_empty", name);
            } else if (file.size() > maxBytes || bytes == null) {
                problems.add(
                        FIELD,
                        "is larger than " + maxBytes + " bytes: " + name,
                        "err_attachment_large",
                        name,
                        String.valueOf(maxBytes / (1024 * 1024)));
            } else {
                String type = detect(bytes, name);
                if (ALLOWED.contains(type)) {
                    accepted.add(new Accepted(name, type, bytes));
                } else {
                    problems.add(
                            FIELD,
                            "is not an allowed type (PDF, DOCX, XLSX, PPTX, ODT, PNG, JPEG or plain text); its content is "
                                    + type + ": " + name,
                            "err_attachment_type",
                            name);
                }
            }
        }
        return accepted;
    }

    /** The media type of the bytes; the name only picks among the Office formats of one ZIP container. */
    String detect(byte[] bytes, String name) {
        String byContent = tika.detect(bytes);
        if (byContent.equals("application/x-tika-ooxml")) {
            String refined = tika.detect(bytes, name);
            return refined.startsWith("application/vnd.openxmlformats-officedocument.") ? refined : byContent;
        }
        return byContent;
    }

    /** The name without a path, control characters or quotes, at most {@link #NAME_MAX} characters (the end kept). */
    static String cleanName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            base = "file";
        }
        return base.length() > NAME_MAX ? base.substring(base.length() - NAME_MAX) : base;
    }
}
