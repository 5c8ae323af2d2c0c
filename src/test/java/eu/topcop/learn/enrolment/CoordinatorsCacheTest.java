package eu.topcop.learn.enrolment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Vetoed;

import eu.topcop.learn.platform.security.AccountsChanged;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The coordinators of a country are found among every member of the role, however many pages that takes, and kept
 * for a few minutes: the next plan, report or application of that country asks Keycloak nothing, until the time
 * passes or the LMS changes an account itself. Keycloak and the database are stood in for: what is counted is the
 * admin calls.
 */
class CoordinatorsCacheTest {

    /** 450 coordinators, one in three of Moldova; the admin calls counted. Not a bean: only this test makes it. */
    @Vetoed
    static class Counted extends Coordinators {
        final List<UserRepresentation> realm = new ArrayList<>();
        int calls;

        Counted() {
            for (int i = 0; i < 450; i++) {
                UserRepresentation user = new UserRepresentation();
                user.setId("sub-" + i);
                user.setEnabled(true);
                user.setAttributes(Map.of("country", List.of(i % 3 == 0 ? "md" : "GE")));
                realm.add(user);
            }
        }

        @Override
        List<UserRepresentation> members(int first, int max) {
            calls++;
            return realm.subList(Math.min(first, realm.size()), Math.min(first + max, realm.size()));
        }

        @Override
        Long bound(UserRepresentation user, String country) {
            return Long.valueOf(user.getId().substring(4));
        }

        @Override
        List<Person> people(List<Long> ids) {
            return ids.stream()
                    .map(id -> {
                        Person person = new Person();
                        person.id = id;
                        return person;
                    })
                    .toList();
        }
    }

    private final MovingClock clock = new MovingClock();

    private Counted coordinators() {
        Counted coordinators = new Counted();
        coordinators.enabled = true;
        coordinators.clock = clock;
        return coordinators;
    }

    @Test
    void shouldFindEveryCoordinatorOfTheCountryPastTheFirstPages() {
        Counted coordinators = coordinators();
        assertEquals(150, coordinators.of("MD").size(), "all of Moldova's, not only those in the first 200");
        assertEquals(300, coordinators.of("GE").size());
        assertEquals(5 + 5, coordinators.calls, "450 members in pages of " + Coordinators.PAGE);
    }

    @Test
    void shouldAskKeycloakNothingForTheSameCountryWhileKept() {
        Counted coordinators = coordinators();
        coordinators.of("MD");
        int asked = coordinators.calls;
        assertEquals(150, coordinators.of("md").size());
        assertEquals(asked, coordinators.calls, "the second call makes no admin call");

        clock.pass(Duration.ofMinutes(6));
        coordinators.of("MD");
        assertEquals(2 * asked, coordinators.calls, "asked again once the time has passed");
    }

    @Test
    void shouldAskAgainAfterTheLmsChangedAnAccount() {
        Counted coordinators = coordinators();
        coordinators.of("MD");
        int asked = coordinators.calls;
        coordinators.realm.subList(0, 30).clear();
        coordinators.forget(new AccountsChanged("sub-0"));
        assertEquals(140, coordinators.of("MD").size());
        assertEquals(2 * asked, coordinators.calls);
    }

    /** A clock the test moves. */
    static class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-03T10:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
