package eu.topcop.learn.platform.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/**
 * Counted words in the reader's language, with the plural form CLDR's rules choose ("1 post", "2 сообщения",
 * "5 сообщений"): ICU MessageFormat patterns in {@code counts/counts_<language>.properties}, whose argument is
 * {@code count}. Qute's message bundles cannot hold ICU patterns (both use braces), hence a file of their own; pages
 * write {@code {inject:counts.of('posts', n)}}, mails {@link #of(Language, String, long)}.
 */
@ApplicationScoped
@Named("counts")
public class Counts {

    static final String FOLDER = "counts/counts_";

    private final Map<String, Properties> patterns = new ConcurrentHashMap<>();

    /**
     * Each pattern compiled once per language: compiling one (its plural rules and number format) cost a home page
     * about 6 % of its time (issue 17, P2). A MessageFormat is not thread-safe, so formatting holds it.
     */
    private final Map<String, MessageFormat> compiled = new ConcurrentHashMap<>();

    @Inject
    RequestLanguage language;

    /** The count with its word, in the language of this request. */
    public String of(String key, Number count) {
        return of(language.get(), key, count.longValue());
    }

    /** The count with its word, in a given language (a mail to someone); English when the language lacks the key. */
    public String of(Language language, String key, long count) {
        MessageFormat format = compiled.computeIfAbsent(language.code() + '|' + key, k -> compile(language, key));
        synchronized (format) {
            return format.format(Map.of("count", count));
        }
    }

    private MessageFormat compile(Language language, String key) {
        String pattern = patterns(language.code()).getProperty(key);
        if (pattern == null) {
            pattern = patterns("en").getProperty(key);
        }
        if (pattern == null) {
            throw new IllegalArgumentException("No counted word " + key);
        }
        return new MessageFormat(pattern, ULocale.forLanguageTag(language.code()));
    }

    private Properties patterns(String code) {
        return patterns.computeIfAbsent(code, Counts::load);
    }

    static Properties load(String code) {
        Properties properties = new Properties();
        try (InputStream in = Counts.class.getClassLoader().getResourceAsStream(FOLDER + code + ".properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
