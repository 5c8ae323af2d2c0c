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

/** A network's library, the search and a document cost the same statements for 3 and 30 documents. */
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
    void shouldListAndSearchWithTheSameStatementsForThreeAndThirtyDocuments() {
        long[] few = counts(3);
        long[] many = counts(30);
        assertEquals(few[0], many[0], "a network's library");
        assertEquals(few[1], many[1], "a search over every library");
        assertEquals(few[2], many[2], "a document");
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
        for (int i = 0; i < size; i++) {
            last = documents.published(
                    network.code,
                    asAuthor,
                    asModerator,
                    "Statement counting " + i,
                    "Statements counted " + i,
                    i % 3 == 0 ? "RESTRICTED" : "MEMBERS",
                    List.of(reader.id));
            library.toggleUseful(last, asReader);
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
}
