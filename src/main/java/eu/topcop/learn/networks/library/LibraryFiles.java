package eu.topcop.learn.networks.library;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file of the library really is, told by its content and never by its name: PDF, Word, Excel and PowerPoint
 * (OOXML), OpenDocument text, PNG, JPEG or plain text. A file whose content is none of these, or whose name claims
 * another type than its content (a script named {@code report.pdf}, a picture named {@code notes.docx}), is
 * refused as disguised. The size limit is {@code lms.library.file-max-bytes}.
 */
@ApplicationScoped
public class LibraryFiles {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    static final String ODT = "application/vnd.oasis.opendocument.text";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String TEXT = "text/plain";

    /** Each allowed type with the name endings a file of that type may have. */
    static final Map<String, List<String>> ALLOWED = Map.of(
            PDF, List.of("pdf"),
            DOCX, List.of("docx"),
            XLSX, List.of("xlsx"),
            PPTX, List.of("pptx"),
            ODT, List.of("odt"),
            PNG, List.of("png"),
            JPEG, List.of("jpg", "jpeg"),
            TEXT, List.of("txt", "text", "md", "csv"));

    /** The parts whose presence tells one OOXML package from another. */
    private static final Map<String, String> OOXML_PARTS = Map.of(
            "word/document.xml", DOCX,
            "xl/workbook.xml", XLSX,
            "ppt/presentation.xml", PPTX);

    private static final Set<String> ENDINGS = new HashSet<>();

    static {
        ALLOWED.values().forEach(ENDINGS::addAll);
    }

    /** A file as stored: its safe name, its true type, its bytes. */
    public record Stored(String name, String mediaType, byte[] content) {}

    private final Detector detector = MimeTypes.getDefaultMimeTypes();

    @Inject
    LibrarySettings settings;

    /**
     * The file checked, or the problem with it: {@code file} (empty or too large) or {@code fileType} (a type the
     * library does not keep, or a disguised one).
     */
    public Stored check(String fileName, byte[] content, LibraryProblems problems) {
        if (content == null || content.length == 0) {
            problems.add("file", "empty", "The file is empty");
            return null;
        }
        if (content.length > settings.fileMaxBytes()) {
            problems.add("file", "too_large", "The file is larger than " + settings.fileMaxBytes() + " bytes");
            return null;
        }
        String type = typeOf(content);
        if (!ALLOWED.containsKey(type)) {
            problems.add(
                    "file",
                    "file_type",
                    "The file's content is " + type + ", which the library does not keep (PDF, DOCX, XLSX, PPTX,"
                            + " ODT, PNG, JPEG or plain text)");
            return null;
        }
        String name = safeName(fileName);
        String ending = ending(name);
        if (ending != null && ENDINGS.contains(ending) && !ALLOWED.get(type).contains(ending)) {
            problems.add(
                    "file",
                    "disguised",
                    "The file is named ." + ending + " but its content is " + type + ": rename or convert it");
            return null;
        }
        if (ending == null || !ALLOWED.get(type).contains(ending)) {
            name = name + "." + ALLOWED.get(type).get(0);
        }
        return new Stored(name, type, content);
    }

    /** The type by content alone: Tika's magic, then the parts inside a ZIP package. */
    String typeOf(byte[] content) {
        MediaType detected;
        try {
            detected = detector.detect(new ByteArrayInputStream(content), new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String type = detected.getBaseType().toString();
        if (type.equals("application/zip") || type.equals("application/x-tika-ooxml")) {
            return ooxml(content);
        }
        return type;
    }

    /** Which OOXML document a ZIP package holds, by its parts' names only (nothing is unpacked). */
    private static String ooxml(byte[] content) {
        boolean contentTypes = false;
        String found = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
                String name = entry.getName();
                contentTypes |= name.equals("[Content_Types].xml");
                if (found == null) {
                    found = OOXML_PARTS.get(name);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return "application/zip";
        }
        return contentTypes && found != null ? found : "application/zip";
    }

    static String safeName(String fileName) {
        String name = fileName == null
                ? ""
                : fileName.replaceAll("[/\\\\\\p{Cntrl}\"]", "_").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name;
    }

    private static String ending(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1
                ? null
                : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
