package eu.topcop.learn.insight.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import eu.topcop.learn.insight.evaluation.FourLevelViews.Line;

/**
 * The geometry of the report's comparison charts, one per level, every figure on a 0–100 scale: a bar per line
 * (two for the knowledge test, before and after), its figure written beside it, and "hidden" where a figure is
 * withheld. The templates and the PDF only draw; the table under each chart holds the same figures for screen
 * readers.
 */
public final class FourLevelCharts {

    public static final int WIDTH = 720;
    static final int LABEL = 240;
    static final int AREA = WIDTH - LABEL - 80;
    static final int BAR = 12;

    /** One bar: its series (a: the figure, or before; b: after), position, length and the figure as text. */
    public record Bar(String series, int y, int width, String text, boolean missing) {

        public int textX() {
            return LABEL + width + 6;
        }

        public int textY() {
            return y + BAR - 2;
        }
    }

    /** A line's bars; {@code label} shortened to fit beside them, {@code fullLabel} for its tooltip. */
    public record Row(String label, String fullLabel, int labelY, List<Bar> bars) {}

    /** Labels longer than fit in the label column (about 36 characters at 12 units) end in an ellipsis. */
    static String shorten(String label) {
        return label == null || label.length() <= 36
                ? label
                : label.substring(0, 35).strip() + "…";
    }

    public record Chart(String measure, int height, List<Row> rows) {}

    private FourLevelCharts() {}

    /** The four charts of a report with more than one line to compare; none otherwise. */
    public static List<Chart> of(List<Line> lines, String hiddenText, String noneText) {
        if (lines.size() < 2) {
            return List.of();
        }
        List<Chart> charts = new ArrayList<>();
        charts.add(chart(
                "reaction",
                lines,
                List.of(l -> score(
                        l.reaction().score(),
                        l.reaction().hidden(),
                        l.reaction().responses())),
                hiddenText,
                noneText));
        charts.add(chart(
                "learning",
                lines,
                List.of(
                        l -> decimal(l.learning().preTest()),
                        l -> decimal(l.learning().postTest())),
                hiddenText,
                noneText));
        charts.add(chart(
                "behaviour",
                lines,
                List.of(
                        l -> score(
                                l.behaviour().participantsApplied(),
                                l.behaviour().participantsHidden(),
                                l.behaviour().participants()),
                        l -> score(
                                l.behaviour().supervisorsApplied(),
                                l.behaviour().supervisorsHidden(),
                                l.behaviour().supervisors())),
                hiddenText,
                noneText));
        charts.add(chart(
                "results",
                lines,
                List.of(l -> l.results().hidden()
                        ? (l.results().yearOver() == 0 ? Value.NONE : Value.HIDDEN)
                        : decimal(l.results().share())),
                hiddenText,
                noneText));
        return charts;
    }

    /** A figure to draw: its value 0–100, or none (no data) or hidden (too few). */
    record Value(Double value, boolean hidden) {
        static final Value NONE = new Value(null, false);
        static final Value HIDDEN = new Value(null, true);
    }

    private static Value score(Integer value, boolean hidden, long count) {
        if (value != null) {
            return new Value(value.doubleValue(), false);
        }
        return hidden && count > 0 ? Value.HIDDEN : Value.NONE;
    }

    private static Value decimal(BigDecimal value) {
        return value == null ? Value.NONE : new Value(value.doubleValue(), false);
    }

    private static Chart chart(
            String measure, List<Line> lines, List<Function<Line, Value>> series, String hiddenText, String noneText) {
        List<Row> rows = new ArrayList<>();
        int step = series.size() * (BAR + 2) + 12;
        int y = 4;
        for (Line line : lines) {
            List<Bar> bars = new ArrayList<>();
            for (int i = 0; i < series.size(); i++) {
                Value v = series.get(i).apply(line);
                int barY = y + i * (BAR + 2);
                if (v.value() == null) {
                    bars.add(new Bar(i == 0 ? "a" : "b", barY, 0, v.hidden() ? hiddenText : noneText, true));
                } else {
                    double clamped = Math.max(0, Math.min(100, v.value()));
                    bars.add(new Bar(
                            i == 0 ? "a" : "b", barY, (int) Math.round(AREA * clamped / 100), text(v.value()), false));
                }
            }
            rows.add(new Row(shorten(line.label()), line.label(), y + BAR, bars));
            y += step;
        }
        return new Chart(measure, y + 4, rows);
    }

    private static String text(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(Math.round(value * 10) / 10.0);
    }
}
