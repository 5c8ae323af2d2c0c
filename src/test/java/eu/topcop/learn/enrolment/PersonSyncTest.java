package eu.topcop.learn.enrolment;

import jakarta.inject.Inject;

import eu.topcop.learn.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The signed-in person is synced from their token only when the token says something new: the next request with
 * the same claims finds the person without a transaction of its own and writes nothing (Hibernate statistics).
 */
@QuarkusTest
class PersonSyncTest {

    @Inject
    People people;

    @Inject
    SessionFactory sessionFactory;

    @Test
    @TestSecurity(
            user = "sync.once",
            roles = Roles.TRAINEE,
            attributes = @SecurityAttribute(key = "country", value = "GE"))
    void shouldWriteNothingForASecondRequestWithTheSameToken() {
        Person first = people.current();
        assertEquals("GE", first.country);

        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        Person second = people.current();

        assertEquals(first.id, second.id);
        assertEquals(0, statistics.getEntityInsertCount() + statistics.getEntityUpdateCount(), "writes");
        assertEquals(0, statistics.getTransactionCount(), "transactions of its own");
        assertTrue(statistics.getPrepareStatementCount() <= 1, "at most one read of the person by id");
    }
}
