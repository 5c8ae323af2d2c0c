package eu.topcop.learn.platform.i18n;

import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every counted word is written for every plural form the language has (CLDR's rules, from ICU): a Russian count
 * has one, few and many forms, a Romanian one and few, English one; a missing form would print the wrong word.
 */
class CountsTest {

    private static final Pattern SELECTOR = Pattern.compile("(?<![=\\w])(zero|one|two|few|many|other)\\s*\\{");

    @Test
    void shouldWriteEveryCountedWordInEveryPluralFormOfEachLanguage() {
        Set<String> english = new TreeSet<>(Counts.load("en").stringPropertyNames());
        assertTrue(!english.isEmpty());
        for (Language language : Language.SUPPORTED) {
            Properties patterns = Counts.load(language.code());
            assertEquals(english, new TreeSet<>(patterns.stringPropertyNames()), language.code() + ": the keys");
            Set<String> forms = PluralRules.forLocale(ULocale.forLanguageTag(language.code()))
                    .getKeywords();
            for (String key : english) {
                String pattern = patterns.getProperty(key);
                new MessageFormat(pattern, ULocale.forLanguageTag(language.code())); // parses, or throws
                Set<String> written = new TreeSet<>();
                Matcher m = SELECTOR.matcher(pattern);
                while (m.find()) {
                    written.add(m.group(1));
                }
                assertTrue(
                        written.containsAll(forms),
                        language.code() + " " + key + " lacks forms: " + forms + " needed, " + written + " written");
            }
        }
    }

    @Test
    void shouldChooseTheFormByTheLanguagesRules() {
        Counts counts = new Counts();
        Language en = Language.of("en").orElseThrow();
        Language ru = Language.of("ru").orElseThrow();
        assertEquals("1 post", counts.of(en, "posts", 1));
        assertEquals("2 posts", counts.of(en, "posts", 2));
        assertEquals("1 сообщение", counts.of(ru, "posts", 1));
        assertEquals("3 сообщения", counts.of(ru, "posts", 3));
        assertEquals("5 сообщений", counts.of(ru, "posts", 5));
        assertEquals("21 сообщение", counts.of(ru, "posts", 21));
        assertEquals("none has completed it", counts.of(en, "completed", 0));
    }
}
