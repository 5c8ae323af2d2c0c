package eu.topcop.learn.insight;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.topcop.learn.catalogue.CrimePriority;
import eu.topcop.learn.platform.persistence.InList;

/**
 * A round as a page names it: the round's own labels for its scales, target groups and capabilities in the
 * reader's language (English when a label lacks that language), countries as the JDK's CLDR data names them, crime
 * priorities by their translated names. Pages never show a code where a name exists.
 */
public final class RoundLabels {

    private final OtnaViews.Round round;
    private final String language;
    private final Locale locale;
    private final Map<String, OtnaViews.CapabilityView> capabilities = new HashMap<>();
    private final Map<String, String> priorities = new HashMap<>();

    RoundLabels(OtnaViews.Round round, String language) {
        this.round = round;
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        round.capabilities().forEach(c -> capabilities.put(c.code(), c));
        InList codes = InList.of("codes", round.priorities());
        for (CrimePriority p : CrimePriority.<CrimePriority>list("code in " + codes, codes.parameters())) {
            priorities.put(p.code, pick(p.names, p.code));
        }
    }

    public OtnaViews.Round round() {
        return round;
    }

    public String title() {
        return pick(round.title(), round.code());
    }

    public String priority(String code) {
        return priorities.getOrDefault(code, code);
    }

    public String country(String code) {
        return new Locale("", code).getDisplayCountry(locale);
    }

    public String capability(String code) {
        OtnaViews.CapabilityView c = capabilities.get(code);
        return c == null ? code : pick(c.title(), code);
    }

    public String capabilityPriority(String code) {
        OtnaViews.CapabilityView c = capabilities.get(code);
        return c == null ? "" : priority(c.priority());
    }

    public String level(String code) {
        return label(round.proficiencyScale(), code);
    }

    public String urgency(String code) {
        return code == null ? "" : label(round.urgencyScale(), code);
    }

    public String group(String code) {
        return label(round.targetGroups(), code);
    }

    /** The round's countries, by name in the reader's language. */
    public List<String> countries() {
        return round.countries().stream()
                .sorted((a, b) -> country(a).compareTo(country(b)))
                .toList();
    }

    private String label(List<OtnaViews.Level> levels, String code) {
        return levels.stream()
                .filter(l -> l.code().equals(code))
                .findFirst()
                .map(l -> pick(l.labels(), code))
                .orElse(code);
    }

    private String pick(Map<String, String> labels, String fallback) {
        if (labels == null) {
            return fallback;
        }
        String text = labels.get(language);
        if (text == null || text.isBlank()) {
            text = labels.get("en");
        }
        return text == null || text.isBlank() ? fallback : text;
    }
}
