package eu.topcop.learn.learning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/**
 * Scores as people read them: a whole percentage in the reader's locale ("90 %", "90%", "%90"), never "90.00%".
 * Rounded down, so that a score shown as the pass mark has passed: 69.99 shows 69 %, not a failing 70 %.
 */
@TemplateExtension(namespace = "percent")
public final class Percentages {

    private Percentages() {}

    /** In templates: {@code {percent:whole(score, inject:page.locale)}}. */
    public static String whole(BigDecimal score, Locale locale) {
        if (score == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        format.setRoundingMode(RoundingMode.FLOOR);
        return format.format(score.setScale(0, RoundingMode.FLOOR).movePointLeft(2));
    }

    /**
     * A gain in percentage points between two scores, as the difference of the whole percentages shown beside it
     * (33 % → 100 % reads "67", whatever the decimals were), signed when negative, in the reader's digits.
     */
    public static String gain(BigDecimal before, BigDecimal after, Locale locale) {
        if (before == null || after == null) {
            return "—";
        }
        BigDecimal points = after.setScale(0, RoundingMode.FLOOR).subtract(before.setScale(0, RoundingMode.FLOOR));
        return NumberFormat.getIntegerInstance(locale).format(points);
    }
}
