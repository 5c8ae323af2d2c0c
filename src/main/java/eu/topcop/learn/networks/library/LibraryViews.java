package eu.topcop.learn.networks.library;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the library shows, on the API and the pages alike. */
public final class LibraryViews {

    private LibraryViews() {}

    /** A document as written or revised: its text, what it is about, and who writes and reads it. */
    @Schema(description = "A new document or a new version of one")
    public record DocumentInput(
            @Schema(
                    description =
                            "GUIDELINE, METHODOLOGY, GOOD_PRACTICE, LEGAL_SUMMARY, CASE_STUDY or TRAINING_MATERIAL")
            @Size(max = 20)
            String kind,

            @Size(max = LibraryService.TITLE_MAX) String title,
            @Size(max = LibraryService.SUMMARY_MAX) String summary,

            @Schema(description = "Markdown; raw HTML is shown as text, scripts are refused")
            @Size(max = LibraryService.BODY_MAX)
            String body,

            @Schema(description = "en, ru, uk, ka, hy, az or ro") @Size(max = 8)
            String language,

            @Schema(description = "SIGNED_IN, MEMBERS or RESTRICTED") @Size(max = 12)
            String access,

            @Schema(description = "Codes of crime priorities and EMPACT priorities")
            @Size(max = LibraryService.LIST_MAX)
            List<@NotNull @Size(max = 80) String> priorities,

            @Schema(description = "ISO 3166-1 alpha-2 codes") @Size(max = LibraryService.LIST_MAX)
            List<@NotNull @Size(max = 2) String> countries,

            @Schema(description = "Person ids of co-authors, active members of the network") @Size(max = 500)
            List<@NotNull Long> coAuthors,

            @Schema(description = "Person ids of the members who read a RESTRICTED document") @Size(max = 500)
            List<@NotNull Long> readers,

            @Schema(description = "On a new document: the id of the document it translates")
            Long translationOf,

            @Schema(description = "What changed") @Size(max = LibraryService.NOTE_MAX)
            String note) {}

    /** A document in a list: what the viewer may read of it. */
    public record Card(
            long id,
            String network,
            LibraryDocument.Kind kind,
            LibraryDocument.Status status,
            LibraryDocument.Access access,
            String language,
            String title,
            String summary,
            List<String> priorities,
            List<String> countries,
            long downloads,
            long useful,
            Instant updatedAt) {}

    /** One page of a list, newest first; {@code next} is the cursor of the following page (null at the end). */
    public record Page(List<Card> items, Long next) {
        public boolean isEmpty() {
            return items.isEmpty();
        }
    }

    public record Person(long id, String name) {}

    public record FileInfo(String name, String mediaType, long size) {}

    public record VersionLine(int number, Instant createdAt, String note, boolean published, FileInfo file) {}

    public record Translation(long id, String language, String title) {}

    /** One version of a document as the viewer reads it, with what they may do. */
    public record Detail(
            long id,
            String network,
            LibraryDocument.Kind kind,
            LibraryDocument.Access access,
            LibraryDocument.Status status,
            String language,
            int number,
            String title,
            String summary,
            String body,

            @Schema(description = "The body rendered to safe HTML")
            String html,

            String note,
            Instant createdAt,
            FileInfo file,
            List<VersionLine> versions,
            List<Translation> translations,
            List<Person> authors,
            List<Person> readers,
            List<String> priorities,
            List<String> countries,
            long downloads,
            long useful,
            boolean markedUseful,
            List<Comment> comments,
            boolean canComment,
            boolean canPropose,

            @Schema(description = "May write a translation of it in the network")
            boolean canTranslate,

            boolean canRevise,
            boolean canSubmit,
            boolean canPublish,
            boolean canWithdraw) {}

    /** A review comment on a version; {@code depth} 0 for a comment, more for replies. */
    public record Comment(long id, Long parent, int depth, String author, String body, String html, Instant at) {}

    public record CommentInput(
            @Schema(description = "Markdown, as the body of a document") @Size(max = LibraryService.COMMENT_MAX)
            String body,

            @Schema(description = "The comment replied to, in the same version")
            Long parent) {}

    /** A file to download. */
    public record Download(String name, String mediaType, byte[] content) {}
}
