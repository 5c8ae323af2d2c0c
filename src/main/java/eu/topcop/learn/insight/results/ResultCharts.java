package eu.topcop.learn.insight.results;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the figures page's server-rendered SVG bar chart, computed here so that the template only draws:
 * one bar per country and priority for the share of trained officers in an operation within 12 months, on a scale
 * of 0 to 100 %. A hidden cell has no bar, only its words; the table after the chart holds the same figures.
 */
public final class ResultCharts {

    public static final int WIDTH = 720;

    static final int LABEL = 260;
    static final int BAR_AREA = WIDTH - LABEL - 90;
    static final int ROW = 28;
    static final int BAR = 16;

    /** One bar: {@code text} is the share ("42.0 %") or the hidden cell's words. */
    public record Bar(String label, int y, int width, String text, boolean hidden, String href) {

        public int barY() {
            return y + 4;
        }

        public int textY() {
            return y + 17;
        }

        public int textX() {
            return LABEL + width + 6;
        }
    }

    public record Chart(int height, int barStart, List<Bar> bars) {}

    private ResultCharts() {}

    public static Chart share(
            List<ResultViews.TrainingCell> cells, ResultLabels.Names names, String percentWord, String hiddenWords) {
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (ResultViews.TrainingCell c : cells) {
            boolean none = c.hidden() || c.sharePercent() == null;
            int width = none ? 0 : (int) Math.round(BAR_AREA * c.sharePercent().doubleValue() / 100.0);
            bars.add(new Bar(
                    shorten(names.country(c.country()) + " · " + names.priority(c.priority())),
                    y,
                    width,
                    c.hidden()
                            ? hiddenWords
                            : c.sharePercent() == null
                                    ? "—"
                                    : percentWord.replace("#", c.sharePercent().toPlainString()),
                    c.hidden(),
                    "/insight/results?country=" + c.country() + "&priority=" + c.priority() + "&status=VALIDATED"));
            y += ROW;
        }
        return new Chart(Math.max(ROW, y), LABEL, bars);
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
