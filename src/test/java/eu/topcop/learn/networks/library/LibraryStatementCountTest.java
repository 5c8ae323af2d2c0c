package eu.topcop.learn.networks.library;

import java.util.List;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkAccess;
import eu.topcop.learn.networks.NetworkFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A network's library, the search and a document cost the same statements for 3 and 300 documents. Three are written
 * the application's way (a restricted one with a named reader, two for members, each marked useful); the rest are
 * copies of them made with a few native statements, so that 300 stay quick.
 */
@QuarkusTest
class LibraryStatementCountTest {

    @Inject
    SessionFactory sessions;

    @Inject
    LibraryService library;

    @Inject
    LibraryFixture documents;

    @Inject
    NetworkFixture networks;

    @Inject
    EnrolmentFixture people;

    @Test
    void shouldListAndSearchWithTheSameStatementsForThreeAndThreeHundredDocuments() {
        long[] few = counts(3);
        long[] many = counts(300);
        assertEquals(few[0], many[0], "a network's library");
        assertEquals(few[1], many[1], "a search over every library");
        assertEquals(few[2], many[2], "a document");
    }

    /** The service behind /api/library/documents/{id}/versions/{number}/comments: one read, replies included. */
    @Test
    void shouldListAVersionsReviewCommentsWithTheSameStatementsForThreeAndThreeHundred() {
        assertEquals(commentStatements(3), commentStatements(300), "a version's review comments");
    }

    private long commentStatements(int size) {
        Network network = networks.network();
        Person author = people.person("UA");
        Person moderator = people.person("MD");
        networks.member(network, author);
        networks.moderator(network, moderator);
        NetworkAccess.Viewer asAuthor = NetworkFixture.viewer(author);
        NetworkAccess.Viewer asModerator = NetworkFixture.viewer(moderator);
        long id = documents.draft(network.code, asAuthor, "Comments counted", "Counted", "MEMBERS", List.of());
        long first = library.comment(id, 1, new LibraryViews.CommentInput("A first remark", null), asModerator);
        library.comment(id, 1, new LibraryViews.CommentInput("A reply", first), asAuthor);
        library.comment(id, 1, new LibraryViews.CommentInput("Another remark", null), asAuthor);
        // The rest as replies to the first and as remarks of their own, by both reviewers.
        QuarkusTransaction.requiringNew()
                .run(() -> sql("INSERT INTO library_comment (version_id, parent_id, depth, person_id, body, created_at)"
                        + " SELECT c.version_id, IF(s.i % 2 = 0, c.id, NULL), IF(s.i % 2 = 0, 1, 0),"
                        + " IF(s.i % 3 = 0, " + author.id + ", " + moderator.id + "), CONCAT('Remark ', s.i),"
                        + " c.created_at FROM library_comment c, (WITH RECURSIVE s (i) AS (SELECT 1 UNION ALL"
                        + " SELECT i + 1 FROM s WHERE i < " + (size - 3) + ") SELECT i FROM s) s WHERE c.id = "
                        + first + " AND " + size + " > 3"));
        assertEquals(size, library.comments(id, 1, asModerator).size());
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        QuarkusTransaction.requiringNew().run(() -> library.comments(id, 1, asModerator));
        return statistics.getPrepareStatementCount();
    }

    private long[] counts(int size) {
        Network network = networks.network();
        Person author = people.person("UA");
        Person moderator = people.person("MD");
        Person reader = people.person("GE");
        networks.member(network, author);
        networks.moderator(network, moderator);
        networks.member(network, reader);
        NetworkAccess.Viewer asAuthor = NetworkFixture.viewer(author);
        NetworkAccess.Viewer asModerator = NetworkFixture.viewer(moderator);
        NetworkAccess.Viewer asReader = NetworkFixture.viewer(reader);
        long last = 0;
        List<Long> written = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            last = documents.published(
                    network.code,
                    asAuthor,
                    asModerator,
                    "Statement counting " + i,
                    "Statements counted " + i,
                    i % 3 == 0 ? "RESTRICTED" : "MEMBERS",
                    List.of(reader.id));
            library.toggleUseful(last, asReader);
            written.add(last);
        }
        for (long source : written) {
            copies(source, (size - 3) / 3);
        }
        long id = last;
        Statistics statistics = sessions.getStatistics();
        long[] counts = new long[3];
        statistics.clear();
        QuarkusTransaction.requiringNew()
                .run(() -> library.list(LibraryService.Filter.none().withNetwork(network.code), null, 50, asReader));
        counts[0] = statistics.getPrepareStatementCount();
        statistics.clear();
        QuarkusTransaction.requiringNew()
                .run(() -> library.list(
                        new LibraryService.Filter(
                                "statements counted", "GUIDELINE", "firearms-trafficking", "UA", "en", null),
                        null,
                        50,
                        asReader));
        counts[1] = statistics.getPrepareStatementCount();
        statistics.clear();
        QuarkusTransaction.requiringNew().run(() -> library.detail(id, null, asReader));
        counts[2] = statistics.getPrepareStatementCount();
        return counts;
    }

    /** {@code count} copies of a published document: its versions, priorities, countries, authors, readers, marks. */
    private static void copies(long source, int count) {
        if (count == 0) {
            return;
        }
        String tag = "Copy of " + source + " ";
        QuarkusTransaction.requiringNew().run(() -> {
            sql("INSERT INTO library_document (network_id, kind, access, status, language, title, latest_version,"
                    + " created_by, created_at, updated_at, published_at, useful, search_text) SELECT d.network_id,"
                    + " d.kind, d.access, d.status, d.language, CONCAT('" + tag + "', s.i), d.latest_version,"
                    + " d.created_by, d.created_at, d.updated_at, d.published_at, d.useful, d.search_text"
                    + " FROM library_document d, (WITH RECURSIVE s (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s"
                    + " WHERE i < " + count + ") SELECT i FROM s) s WHERE d.id = " + source);
            sql("INSERT INTO library_version (document_id, number, title, summary, body, note, created_by,"
                    + " created_at, published_at) SELECT c.id, v.number, v.title, v.summary, v.body, v.note,"
                    + " v.created_by, v.created_at, v.published_at FROM library_document c JOIN library_version v"
                    + " ON v.document_id = " + source + " WHERE c.title LIKE '" + tag + "%'");
            Number published = (Number) LibraryDocument.getEntityManager()
                    .createNativeQuery("SELECT v.number FROM library_document d JOIN library_version v"
                            + " ON v.id = d.published_version_id WHERE d.id = " + source)
                    .getSingleResult();
            sql("UPDATE library_document c JOIN library_version v ON v.document_id = c.id AND v.number = " + published
                    + " SET c.published_version_id = v.id WHERE c.title LIKE '" + tag + "%'");
            sql("INSERT INTO library_document_priority (document_id, crime_priority_id) SELECT c.id,"
                    + " p.crime_priority_id FROM library_document c JOIN library_document_priority p"
                    + " ON p.document_id = " + source + " WHERE c.title LIKE '" + tag + "%'");
            sql("INSERT INTO library_document_country (document_id, country_code) SELECT c.id, x.country_code"
                    + " FROM library_document c JOIN library_document_country x ON x.document_id = " + source
                    + " WHERE c.title LIKE '" + tag + "%'");
            sql("INSERT INTO library_author (document_id, person_id, added_at) SELECT c.id, a.person_id, a.added_at"
                    + " FROM library_document c JOIN library_author a ON a.document_id = " + source
                    + " WHERE c.title LIKE '" + tag + "%'");
            sql("INSERT INTO library_reader (document_id, person_id) SELECT c.id, r.person_id"
                    + " FROM library_document c JOIN library_reader r ON r.document_id = " + source
                    + " WHERE c.title LIKE '" + tag + "%'");
            sql("INSERT INTO library_useful (document_id, person_id, marked_at) SELECT c.id, u.person_id, u.marked_at"
                    + " FROM library_document c JOIN library_useful u ON u.document_id = " + source
                    + " WHERE c.title LIKE '" + tag + "%'");
        });
    }

    private static void sql(String statement) {
        LibraryDocument.getEntityManager().createNativeQuery(statement).executeUpdate();
    }
}
