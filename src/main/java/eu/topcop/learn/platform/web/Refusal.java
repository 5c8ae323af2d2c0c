package eu.topcop.learn.platform.web;

import java.util.List;
import java.util.Map;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateData;

/**
 * A refused form as its page shows it again: each reason in the reader's language, named by the field it is about
 * (an empty field for a reason about the whole form), and every value as it was typed, so nothing is lost. Pages
 * render it with {@code {#refusalSummary refusal=... /}} at the top and {@code {#fieldError refusal=... field=... /}}
 * beside each field; {@link Refusals} makes one from whatever refused the form.
 */
@TemplateData
public record Refusal(List<Reason> reasons, Map<String, List<String>> values) {

    /** One reason, already in the reader's language, with the label of its field where the page names one. */
    @TemplateData
    public record Reason(String field, String label, String text) {

        /** Whether the reason is about one field, which the summary then links to. */
        public boolean linked() {
            return !field.isEmpty();
        }
    }

    private static final Refusal NONE = new Refusal(List.of(), Map.of());

    public Refusal {
        reasons = List.copyOf(reasons);
        values = Map.copyOf(values);
    }

    /** A form shown for the first time: no reason, nothing typed yet. */
    public static Refusal none() {
        return NONE;
    }

    public boolean refused() {
        return !reasons.isEmpty();
    }

    /** The reasons about {@code field}. */
    public List<Reason> on(String field) {
        return reasons.stream().filter(r -> r.field().equals(field)).toList();
    }

    public boolean refuses(String field) {
        return reasons.stream().anyMatch(r -> r.field().equals(field));
    }

    /**
     * What was typed into {@code field}, or {@code fallback} (the stored value) when it was not sent: the form is
     * shown for the first time, or another form of the same page was the one refused.
     */
    public String value(String field, Object fallback) {
        List<String> typed = values.get(field);
        if (typed != null && !typed.isEmpty()) {
            return typed.get(0);
        }
        return fallback == null ? "" : fallback.toString();
    }

    /** What was typed into {@code field}, or nothing. */
    public String value(String field) {
        return value(field, "");
    }

    /** Whether {@code option} was among the values chosen for {@code field} (check boxes, multiple selects). */
    public boolean chose(String field, Object option) {
        return option != null && values.getOrDefault(field, List.of()).contains(option.toString());
    }

    /** The attributes that tie a refused field to its reason for assistive technology, or nothing. */
    public RawString invalid(String field) {
        if (!refuses(field)) {
            return new RawString("");
        }
        String id = escape(field) + "-error";
        return new RawString(" aria-invalid=\"true\" aria-describedby=\"" + id + "\"");
    }

    /**
     * {@link #invalid(String)} for a field that has a hint too: both describe it (one attribute, never two, which
     * the browser would read as the first only).
     */
    public RawString invalid(String field, String hint) {
        String described = refuses(field) ? escape(hint) + " " + escape(field) + "-error" : escape(hint);
        return new RawString(
                (refuses(field) ? " aria-invalid=\"true\"" : "") + " aria-describedby=\"" + described + "\"");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
