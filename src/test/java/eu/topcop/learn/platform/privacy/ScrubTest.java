package eu.topcop.learn.platform.privacy;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The whole-word pattern that replaces mentions of an erased person (PCRE in MariaDB; Java reads it alike). */
class ScrubTest {

    private static String replace(String word, String text) {
        return Pattern.compile(Scrub.wholeWord(word)).matcher(text).replaceAll("erased-x");
    }

    @Test
    void shouldReplaceTheWordWhateverItsCaseAndItsCaseEnding() {
        assertEquals("erased-x-მა შეიტანა განაცხადი", replace("Tamuna Zhvania", "Tamuna Zhvania-მა შეიტანა განაცხადი"));
        assertEquals("Delivered by erased-x.", replace("Tamuna Zhvania", "Delivered by TAMUNA zhvania."));
        assertEquals(
                "„erased-x“ (erased-x)",
                replace("ana.k@police.example", "„ana.k@police.example“ (ANA.K@police.example)"));
    }

    @Test
    void shouldLeaveOtherWordsThatContainIt() {
        assertEquals("analysis by erased-x", replace("ana", "analysis by ana"));
        assertEquals("ana@police.example", replace("ana", "ana@police.example"));
        assertEquals("Tamuna Zhvania2", replace("Tamuna Zhvania", "Tamuna Zhvania2"));
    }
}
