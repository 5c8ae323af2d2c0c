package eu.topcop.learn.platform.web;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The token bucket per client on a clock the test moves: a burst, then the rate, each client on their own. */
class ClientThrottleTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(42 * SECOND);

    @Test
    void shouldLetABurstThroughThenOnePerIntervalAndSayHowLongToWait() {
        ClientThrottle throttle = new ClientThrottle(3, 30, now::get);
        for (int i = 0; i < 3; i++) {
            throttle.acquire("203.0.113.1", "tries");
        }
        var refused =
                assertThrows(DomainException.TooManyRequests.class, () -> throttle.acquire("203.0.113.1", "tries"));
        assertEquals(429, refused.status());
        assertEquals(2, refused.retryAfterSeconds(), "30 a minute: one every 2 seconds");
        assertDoesNotThrow(() -> throttle.acquire("203.0.113.2", "tries"), "another client has their own bucket");

        now.addAndGet(2 * SECOND);
        throttle.acquire("203.0.113.1", "tries");
        assertThrows(DomainException.TooManyRequests.class, () -> throttle.acquire("203.0.113.1", "tries"));

        now.addAndGet(3600 * SECOND);
        for (int i = 0; i < 3; i++) {
            throttle.acquire("203.0.113.1", "tries");
        }
        assertThrows(
                DomainException.TooManyRequests.class,
                () -> throttle.acquire("203.0.113.1", "tries"),
                "an idle hour refills the burst, no more");
    }

    @Test
    void shouldForgetClientsWhoseBucketIsFullAgainBeforeForgettingAnyoneElse() {
        ClientThrottle throttle = new ClientThrottle(1, 60, now::get);
        for (int i = 0; i < ClientThrottle.MAX_CLIENTS - 1; i++) {
            throttle.acquire("idle-" + i, "tries");
        }
        now.addAndGet(SECOND);
        throttle.acquire("busy", "tries");
        throttle.acquire("newcomer", "tries");
        assertEquals(2, throttle.clients(), "the idle ones, full again, are forgotten");
        assertThrows(DomainException.TooManyRequests.class, () -> throttle.acquire("busy", "tries"));
    }

    @Test
    void shouldKeepNoMoreBucketsThanItsLimit() {
        ClientThrottle throttle = new ClientThrottle(1, 60, now::get);
        for (int i = 0; i < ClientThrottle.MAX_CLIENTS + 500; i++) {
            throttle.acquire("client-" + i, "tries");
            assertTrue(throttle.clients() <= ClientThrottle.MAX_CLIENTS);
        }
        assertThrows(
                DomainException.TooManyRequests.class,
                () -> throttle.acquire("client-" + (ClientThrottle.MAX_CLIENTS + 499), "tries"),
                "a recent client is still remembered");
    }
}
