package eu.topcop.learn.networks.library;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkAccess;
import eu.topcop.learn.networks.NetworkFixture;
import eu.topcop.learn.networks.NetworkMember;
import eu.topcop.learn.networks.needs.NeedProposals;
import eu.topcop.learn.networks.needs.NeedViews;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Versions, the review workflow, the row rule, files checked by content, and bad input written nowhere. */
@QuarkusTest
class LibraryServiceTest {

    @Inject
    LibraryService library;

    @Inject
    LibraryFixture documents;

    @Inject
    NeedProposals needs;

    @Inject
    NetworkFixture networks;

    @Inject
    EnrolmentFixture people;

    @Inject
    EntityManager em;

    record Cast(
            Network network,
            NetworkAccess.Viewer author,
            NetworkAccess.Viewer moderator,
            NetworkAccess.Viewer named,
            NetworkAccess.Viewer unnamed,
            NetworkAccess.Viewer outsider,
            NetworkAccess.Viewer coordinator,
            NetworkAccess.Viewer manager,
            Person namedPerson) {}

    Cast cast() {
        Network network = networks.network();
        Person author = people.person("UA");
        Person moderator = people.person("MD");
        Person named = people.person("GE");
        Person unnamed = people.person("AM");
        Person outsider = people.person("UA");
        Person coordinator = people.person("AZ");
        Person manager = people.person("DE");
        networks.member(network, author);
        networks.moderator(network, moderator);
        networks.member(network, named);
        networks.member(network, unnamed);
        return new Cast(
                network,
                NetworkFixture.viewer(author),
                NetworkFixture.viewer(moderator),
                NetworkFixture.viewer(named),
                NetworkFixture.viewer(unnamed),
                NetworkFixture.viewer(outsider),
                NetworkFixture.viewer(coordinator, Roles.NATIONAL_COORDINATOR),
                NetworkFixture.viewer(manager, Roles.COURSE_MANAGER),
                named);
    }

    @Test
    void shouldShowDraftsOnlyToAuthorsAndModeratorsAndPublishedRestrictedDocumentsOnlyToNamedMembers() {
        Cast c = cast();
        String word = "zx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long id = documents.draft(
                c.network().code,
                c.author(),
                "Controlled deliveries",
                "Body " + word,
                "RESTRICTED",
                List.of(c.namedPerson().id));

        assertEquals(1, library.detail(id, null, c.author()).number());
        assertEquals(1, library.detail(id, null, c.moderator()).number());
        assertEquals(1, library.detail(id, null, c.manager()).number(), "course managers run every network");
        for (NetworkAccess.Viewer hidden : List.of(c.named(), c.unnamed(), c.outsider(), c.coordinator())) {
            assertThrows(DomainException.NotFound.class, () -> library.detail(id, null, hidden));
            assertTrue(search(word, hidden).isEmpty(), "a draft is found by nobody but its authors and moderators");
        }
        assertEquals(1, search(word, c.author()).size());

        assertThrows(ForbiddenException.class, () -> library.submit(id, c.moderator()), "only authors submit");
        library.submit(id, c.author());
        assertThrows(ForbiddenException.class, () -> library.publish(id, c.author()), "only moderators publish");
        library.publish(id, c.moderator());

        assertEquals("PUBLISHED", library.detail(id, null, c.named()).status().name());
        assertEquals(1, search(word, c.named()).size());
        for (NetworkAccess.Viewer hidden : List.of(c.unnamed(), c.outsider(), c.coordinator())) {
            assertThrows(DomainException.NotFound.class, () -> library.detail(id, null, hidden));
            assertTrue(search(word, hidden).isEmpty());
            assertThrows(DomainException.NotFound.class, () -> library.toggleUseful(id, hidden));
        }
        assertFalse(library.detail(id, null, c.named()).canPublish());
        assertTrue(library.detail(id, null, c.moderator()).canWithdraw());

        library.withdraw(id, c.moderator());
        assertThrows(DomainException.NotFound.class, () -> library.detail(id, null, c.named()));
        assertTrue(search(word, c.named()).isEmpty());
        assertEquals("WITHDRAWN", library.detail(id, null, c.author()).status().name());
    }

    @Test
    void shouldOpenMembersOnlyDocumentsToMembersAndSignedInDocumentsToEveryone() {
        Cast c = cast();
        long members = documents.published(
                c.network().code, c.author(), c.moderator(), "Members", "Text", "MEMBERS", List.of());
        long everyone =
                documents.published(c.network().code, c.author(), c.moderator(), "All", "Text", "SIGNED_IN", List.of());
        assertEquals("Members", library.detail(members, null, c.unnamed()).title());
        assertThrows(DomainException.NotFound.class, () -> library.detail(members, null, c.outsider()));
        assertThrows(DomainException.NotFound.class, () -> library.detail(members, null, c.coordinator()));
        assertEquals("All", library.detail(everyone, null, c.outsider()).title());
        assertEquals("All", library.detail(everyone, null, c.coordinator()).title());
        List<Long> seen = library
                .list(LibraryService.Filter.none().withNetwork(c.network().code), null, 20, c.outsider())
                .items()
                .stream()
                .map(LibraryViews.Card::id)
                .toList();
        assertEquals(List.of(everyone), seen);
    }

    @Test
    void shouldKeepOldVersionsReadableAndReadersOnThePublishedOneWhileANewDraftIsWritten() {
        Cast c = cast();
        String secret = "qv" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long id = documents.published(
                c.network().code, c.author(), c.moderator(), "First", "First text", "MEMBERS", List.of());
        library.revise(
                id, LibraryFixture.input("Second", "Second text " + secret, "MEMBERS", List.of()), null, c.author());

        LibraryViews.Detail asReader = library.detail(id, null, c.unnamed());
        assertEquals(1, asReader.number(), "readers read the published version");
        assertEquals("First", asReader.title());
        assertEquals(1, asReader.versions().size(), "readers do not see the draft version");
        assertThrows(DomainException.NotFound.class, () -> library.detail(id, 2, c.unnamed()));
        assertTrue(search(secret, c.unnamed()).isEmpty(), "a draft's words find nothing for readers");

        LibraryViews.Detail asAuthor = library.detail(id, null, c.author());
        assertEquals(2, asAuthor.number());
        assertEquals("DRAFT", asAuthor.status().name());
        assertEquals("First", library.detail(id, 1, c.author()).title(), "old versions stay readable");

        library.submit(id, c.author());
        library.publish(id, c.moderator());
        assertEquals("Second", library.detail(id, null, c.unnamed()).title());
        assertEquals("First", library.detail(id, 1, c.unnamed()).title());
        assertEquals(1, search(secret, c.unnamed()).size());
    }

    @Test
    void shouldStoreFilesCheckedByContentCountDownloadsAndRefuseDisguisedOnes() {
        Cast c = cast();
        long id = documents.published(
                c.network().code, c.author(), c.moderator(), "With file", "Text", "MEMBERS", List.of());
        library.attach(id, new LibraryService.Upload("guide.pdf", LibraryFixture.pdf()), "the PDF", c.author());
        library.attach(id, new LibraryService.Upload("guide.docx", LibraryFixture.docx()), null, c.author());
        LibraryViews.Detail detail = library.detail(id, null, c.author());
        assertEquals(LibraryFiles.DOCX, detail.file().mediaType());
        assertEquals(LibraryFiles.PDF, library.detail(id, 2, c.author()).file().mediaType());
        library.submit(id, c.author());
        library.publish(id, c.moderator());
        LibraryViews.Download download = library.download(id, 3, c.unnamed());
        assertEquals("guide.docx", download.name());
        library.download(id, 3, c.unnamed());
        assertThrows(
                DomainException.NotFound.class,
                () -> library.download(id, 2, c.unnamed()),
                "a version never published stays with its authors and moderators");
        assertEquals(LibraryFiles.PDF, library.download(id, 2, c.moderator()).mediaType());
        assertEquals(3, library.detail(id, null, c.author()).downloads());
        assertThrows(DomainException.NotFound.class, () -> library.download(id, 3, c.outsider()));
        assertThrows(DomainException.NotFound.class, () -> library.download(id, 1, c.unnamed()), "no file");

        long versions = versions(id);
        assertMistake(
                "disguised",
                () -> library.attach(
                        id, new LibraryService.Upload("photo.pdf", LibraryFixture.png()), null, c.author()));
        assertMistake(
                "file_type",
                () -> library.attach(
                        id, new LibraryService.Upload("report.pdf", LibraryFixture.html()), null, c.author()));
        assertMistake(
                "file_type",
                () -> library.attach(
                        id,
                        new LibraryService.Upload("archive.docx", LibraryFixture.zip(List.of("a.txt", "b.txt"))),
                        null,
                        c.author()));
        assertMistake(
                "too_large",
                () -> library.attach(
                        id, new LibraryService.Upload("big.pdf", new byte[20 * 1024 * 1024 + 1]), null, c.author()));
        assertMistake(
                "empty",
                () -> library.attach(id, new LibraryService.Upload("empty.pdf", new byte[0]), null, c.author()));
        assertEquals(versions, versions(id), "a refused file writes no version");
        library.attach(id, new LibraryService.Upload("chart", LibraryFixture.png()), null, c.author());
        assertEquals("chart.png", library.detail(id, null, c.author()).file().name(), "named by its content");
    }

    @Test
    void shouldRefuseBadInputNamingEachFieldAndWriteNothing() {
        Cast c = cast();
        long before = count("library_document");
        LibraryProblems.Refused refused = assertThrows(
                LibraryProblems.Refused.class,
                () -> library.create(
                        c.network().code,
                        new LibraryViews.DocumentInput(
                                "MEMO",
                                "x".repeat(301),
                                "",
                                "Hello <script>alert(1)</script>",
                                "fr",
                                "PUBLIC",
                                List.of("no-such-priority"),
                                List.of("XX"),
                                List.of(c.outsider().personId()),
                                List.of(),
                                null,
                                null),
                        new LibraryService.Upload("x.pdf", LibraryFixture.html()),
                        c.author()));
        List<String> fields =
                refused.mistakes().stream().map(m -> m.field() + ":" + m.code()).toList();
        assertEquals(
                List.of(
                        "kind:unknown",
                        "access:unknown",
                        "title:too_long",
                        "summary:required",
                        "body:script",
                        "language:unknown",
                        "priorities:unknown",
                        "countries:unknown",
                        "coAuthors:not_member",
                        "file:file_type"),
                fields);
        assertEquals(before, count("library_document"), "nothing half-written");
        assertMistake(
                "script",
                () -> library.create(
                        c.network().code,
                        LibraryFixture.input("Links", "[click](javascript:alert(1))", "MEMBERS", List.of()),
                        null,
                        c.author()));
        assertThrows(
                ForbiddenException.class,
                () -> documents.draft(c.network().code, c.outsider(), "Outsider", "Text", "MEMBERS", List.of()),
                "only members write");
        LibraryProblems.Refused filter = assertThrows(
                LibraryProblems.Refused.class,
                () -> library.list(
                        new LibraryService.Filter(null, "MEMO", "nope", null, null, null), null, 20, c.author()));
        assertEquals(
                List.of("kind", "priority"),
                filter.mistakes().stream().map(LibraryProblems.Mistake::field).toList());
    }

    @Test
    void shouldShowRawHtmlAsTextAndLinkTranslations() {
        Cast c = cast();
        long id = documents.draft(
                c.network().code, c.author(), "Raw", "Look: <img src=x alt=y> **bold**", "MEMBERS", List.of());
        String html = library.detail(id, null, c.author()).html();
        assertTrue(html.contains("&lt;img"), html);
        assertTrue(html.contains("<strong>bold</strong>"), html);

        LibraryViews.DocumentInput russian = new LibraryViews.DocumentInput(
                "GUIDELINE",
                "Перевод",
                "Кратко",
                "Текст",
                "ru",
                "MEMBERS",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                id,
                null);
        long translation = library.create(c.network().code, russian, null, c.author()).id;
        assertEquals(
                List.of(translation),
                library.detail(id, null, c.author()).translations().stream()
                        .map(LibraryViews.Translation::id)
                        .toList());
        assertEquals(
                "en",
                library.detail(translation, null, c.author())
                        .translations()
                        .get(0)
                        .language());
    }

    @Test
    void shouldLetAMutedAuthorReadButNotWriteAndCountUsefulMarksOncePerPerson() {
        Cast c = cast();
        long id = documents.published(
                c.network().code, c.author(), c.moderator(), "Useful", "Text", "MEMBERS", List.of());
        assertTrue(library.toggleUseful(id, c.unnamed()));
        assertTrue(library.toggleUseful(id, c.named()));
        assertEquals(2, library.detail(id, null, c.author()).useful());
        assertFalse(library.toggleUseful(id, c.unnamed()), "a second POST takes the mark back");
        assertEquals(1, library.detail(id, null, c.author()).useful());

        QuarkusTransaction.requiringNew().run(() -> {
            NetworkMember member = NetworkMember.find(
                            "network.id = ?1 and personId = ?2",
                            c.network().id,
                            c.author().personId())
                    .firstResult();
            member.mutedUntil = Instant.now().plus(1, ChronoUnit.DAYS);
        });
        assertNotNull(library.detail(id, null, c.author()));
        assertThrows(
                ForbiddenException.class,
                () -> library.revise(
                        id, LibraryFixture.input("Muted", "Text", "MEMBERS", List.of()), null, c.author()));
    }

    @Test
    void shouldThreadReviewCommentsOnTheVersionForItsReviewersOnlyAndCloseThemOncePublished() {
        Cast c = cast();
        long id = documents.draft(c.network().code, c.author(), "Reviewed", "Text", "SIGNED_IN", List.of());
        long first = library.comment(id, 1, new LibraryViews.CommentInput("Cite the **law**", null), c.moderator());
        long reply = library.comment(id, 1, new LibraryViews.CommentInput("Done", first), c.author());
        library.comment(id, 1, new LibraryViews.CommentInput("A second point", null), c.moderator());
        long deep = reply;
        for (int depth = 2; depth <= 4; depth++) {
            deep = library.comment(id, 1, new LibraryViews.CommentInput("Deeper " + depth, deep), c.author());
        }
        long lastDeep = deep;
        assertMistake(
                "too_deep",
                () -> library.comment(id, 1, new LibraryViews.CommentInput("Too deep", lastDeep), c.moderator()));
        assertMistake(
                "script",
                () -> library.comment(id, 1, new LibraryViews.CommentInput("<script>x</script>", null), c.moderator()));
        assertMistake(
                "required", () -> library.comment(id, 1, new LibraryViews.CommentInput(" ", null), c.moderator()));

        List<LibraryViews.Comment> thread = library.comments(id, 1, c.author());
        assertEquals(
                List.of(0, 1, 2, 3, 4, 0),
                thread.stream().map(LibraryViews.Comment::depth).toList(),
                "each reply after its parent");
        assertTrue(thread.get(0).html().contains("<strong>law</strong>"));
        assertThrows(
                DomainException.NotFound.class,
                () -> library.comment(id, 1, new LibraryViews.CommentInput("Member", null), c.unnamed()));
        assertThrows(DomainException.NotFound.class, () -> library.comments(id, 1, c.named()));

        library.submit(id, c.author());
        library.comment(id, 1, new LibraryViews.CommentInput("Ready", null), c.moderator());
        library.publish(id, c.moderator());
        assertMistake(
                "closed", () -> library.comment(id, 1, new LibraryViews.CommentInput("Late", null), c.moderator()));
        assertTrue(library.detail(id, null, c.outsider()).comments().isEmpty(), "readers do not see the review");
        assertEquals(7, library.detail(id, null, c.author()).comments().size());
    }

    @Test
    void shouldLetOnlyMembersProposeTrainingNeedsFromPublishedDocuments() {
        Cast c = cast();
        long draft = documents.draft(c.network().code, c.author(), "Draft", "Text", "SIGNED_IN", List.of());
        long id = documents.published(
                c.network().code, c.author(), c.moderator(), "Good practice", "Text", "SIGNED_IN", List.of());
        String need = "Joint investigation teams on firearms " + UUID.randomUUID();
        long proposal =
                library.propose(id, new NeedViews.ProposalInput(need, "firearms-trafficking", "ua"), c.unnamed());
        assertThrows(
                ForbiddenException.class,
                () -> library.propose(id, new NeedViews.ProposalInput("From outside", null, null), c.outsider()),
                "members propose");
        assertThrows(
                ForbiddenException.class,
                () -> library.propose(draft, new NeedViews.ProposalInput("From a draft", null, null), c.author()),
                "from published documents");
        LibraryProblems.Refused refused = assertThrows(
                LibraryProblems.Refused.class,
                () -> library.propose(id, new NeedViews.ProposalInput("", "nope", "XX"), c.unnamed()));
        assertEquals(
                List.of("need", "priority", "country"),
                refused.mistakes().stream().map(LibraryProblems.Mistake::field).toList());
        NeedViews.Proposal recorded = QuarkusTransaction.requiringNew()
                .call(() -> needs.get(proposal, c.manager(), Language.SUPPORTED.get(0)));
        assertEquals(need, recorded.need());
        assertEquals("firearms-trafficking", recorded.priority());
        assertEquals("UA", recorded.country());
        assertEquals(id, recorded.source().id());
    }

    private List<LibraryViews.Card> search(String word, NetworkAccess.Viewer viewer) {
        return library.list(new LibraryService.Filter(word, null, null, null, null, null), null, 20, viewer)
                .items();
    }

    private static void assertMistake(String code, Runnable action) {
        LibraryProblems.Refused refused = assertThrows(LibraryProblems.Refused.class, action::run);
        assertEquals(code, refused.mistakes().get(0).code(), refused.mistakes().toString());
    }

    private long versions(long id) {
        return QuarkusTransaction.requiringNew().call(() -> LibraryVersion.count("documentId", id));
    }

    private long count(String table) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table)
                                .getSingleResult())
                        .longValue());
    }
}
