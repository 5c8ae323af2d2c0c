package eu.topcop.learn.platform.i18n;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;

/**
 * A country code as its readers know it, on every page that shows one ("Грузия" for a Russian reader, not "GE"). The
 * JDK's CLDR data names every country in all seven languages of the LMS, so no bundle has to repeat them; a code that
 * is no ISO 3166 country stays as it is.
 */
@TemplateExtension
public final class CountryNames {

    private CountryNames() {}

    /**
     * {@code {code.countryName}} in templates, in the page's language; null for no country, so that
     * {@code {x.country.countryName ?: '—'}} shows the page's placeholder.
     */
    static String countryName(
            String code, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return code == null || code.isBlank()
                ? null
                : of(code, locale instanceof Locale l ? l : Language.ENGLISH.locale());
    }

    /** The country's name in the reader's language, for the few places that name it outside a template. */
    public static String of(String code, Locale reader) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(reader);
        return name.isBlank() ? code : name;
    }
}
