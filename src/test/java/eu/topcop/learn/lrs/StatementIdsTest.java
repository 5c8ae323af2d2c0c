package eu.topcop.learn.lrs;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ids the store gives are valid xAPI statement ids (RFC 4122 variant UUIDs, lower case) that begin with the time,
 * so that as text, which is how the store's indexes order them, each comes after the one before.
 */
class StatementIdsTest {

    @Test
    void shouldGiveTimeOrderedVersion7IdsThatSortAsTextInTheOrderGiven() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(StatementIds.next());
        }
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(ids.get(i - 1).compareTo(ids.get(i)) < 0, ids.get(i - 1) + " then " + ids.get(i));
        }
        for (String id : ids) {
            UUID uuid = UUID.fromString(id);
            assertEquals(7, uuid.version());
            assertEquals(2, uuid.variant());
            assertEquals(id, uuid.toString(), "lower case, as the store keeps ids");
        }
        long millis = UUID.fromString(ids.get(0)).getMostSignificantBits() >>> 16;
        assertTrue(Math.abs(System.currentTimeMillis() - millis) < 60_000, "begins with the time");
    }
}
