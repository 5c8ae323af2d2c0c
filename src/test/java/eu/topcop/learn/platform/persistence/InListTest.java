package eu.topcop.learn.platform.persistence;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The IN list's parameters: padded to a power of two with the last value, so few sizes mean few cached plans. */
class InListTest {

    @Test
    void valuesArePaddedToAPowerOfTwoWithTheLastValue() {
        InList ids = InList.of("ids", List.of(7L, 8L, 9L));

        assertEquals("(:ids0, :ids1, :ids2, :ids3)", ids.toString());
        assertEquals(Map.of("ids0", 7L, "ids1", 8L, "ids2", 9L, "ids3", 9L), ids.parameters());
    }

    @Test
    void aPowerOfTwoIsNotPaddedButOneValueIsTwoParameters() {
        // A lone parameter in parentheses is one Hibernate lets take a collection, and never caches.
        assertEquals("(:s0, :s1)", InList.of("s", List.of("a")).toString());
        assertEquals("(:s0, :s1)", InList.of("s", List.of("a", "b")).toString());
        assertEquals(
                8, InList.of("s", List.of(1, 2, 3, 4, 5, 6, 7, 8)).parameters().size());
    }

    @Test
    void anEmptyListIsNullsWhichNoRowMatches() {
        InList none = InList.of("ids", List.of());

        assertEquals("(:ids0, :ids1)", none.toString());
        assertEquals(2, none.parameters().size());
        assertEquals(null, none.parameters().get("ids0"));
    }

    @Test
    void aNameThatIsNotAParameterNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> InList.of("ids) or (1=1", List.of(1)));
    }
}
