package eu.topcop.learn.networks;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.exchange.NetworkEvents;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A workshop scheduled as a network's meeting shows in its space, for its members only. */
@QuarkusTest
class NetworkMeetingTest {

    @Inject
    NetworkEvents events;

    @Inject
    NetworkService networks;

    @Inject
    NetworkFixture fixture;

    @Inject
    EnrolmentFixture people;

    @Test
    void shouldShowTheMeetingsOfANetworkToItsMembers() {
        Network network = fixture.network();
        Person member = people.person("GE");
        Person outsider = people.person("GE");
        fixture.member(network, member);
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusDays(9).withNano(0);
        String code = events.schedule(
                        new NetworkEvents.Schedule(
                                "WORKSHOP",
                                "Controlled deliveries across the Black Sea ports",
                                "drug-trafficking",
                                start,
                                start.plusHours(6),
                                "Batumi",
                                null,
                                "en",
                                30,
                                "1. Cases. 2. Channels.",
                                network.code),
                        EnrolmentFixture.MANAGER)
                .code;
        NetworkViews.Space space = QuarkusTransaction.requiringNew()
                .call(() -> networks.space(network.code, NetworkFixture.viewer(member), Language.ENGLISH));
        assertEquals(code, space.meetings().get(0).code());
        assertTrue(QuarkusTransaction.requiringNew()
                .call(() -> networks.space(network.code, NetworkFixture.viewer(outsider), Language.ENGLISH))
                .meetings()
                .isEmpty());

        DomainException.Invalid refused = assertThrows(
                DomainException.Invalid.class,
                () -> events.schedule(
                        new NetworkEvents.Schedule(
                                "WORKSHOP",
                                "x",
                                null,
                                start,
                                start.plusHours(1),
                                "Batumi",
                                null,
                                "en",
                                3,
                                "x",
                                "no-such-network"),
                        EnrolmentFixture.MANAGER));
        assertEquals("network", refused.errors().get(0).field());
    }
}
