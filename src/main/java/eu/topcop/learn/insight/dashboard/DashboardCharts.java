package eu.topcop.learn.insight.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.topcop.learn.insight.dashboard.DashboardViews.Cell;
import eu.topcop.learn.insight.dashboard.DashboardViews.Dashboard;
import eu.topcop.learn.insight.dashboard.DashboardViews.Filter;
import eu.topcop.learn.insight.dashboard.DashboardViews.Period;

/**
 * The geometry of the dashboard's server-rendered SVG charts, computed here so that the templates (and the PDF
 * report) only draw: bars of need against officers trained, the coverage heat map and the quarterly trend. Every
 * mark carries its figure as text and the address of the dashboard narrowed to it.
 */
public final class DashboardCharts {

    /** Width of every chart's drawing, in SVG units. */
    public static final int WIDTH = 720;

    static final int LABEL = 250;
    static final int BAR_AREA = WIDTH - LABEL - 60;
    static final int ROW = 40;
    static final int BAR = 14;

    /** One horizontal bar pair: need (solid) and trained (striped). */
    public record BarRow(String label, int y, int needWidth, long need, int trainedWidth, long trained, String href) {

        public int needY() {
            return y + 4;
        }

        public int trainedY() {
            return y + 4 + BAR + 2;
        }

        public int needTextY() {
            return needY() + 12;
        }

        public int trainedTextY() {
            return trainedY() + 12;
        }

        public int needTextX() {
            return LABEL + needWidth + 6;
        }

        public int trainedTextX() {
            return LABEL + trainedWidth + 6;
        }

        public int labelY() {
            return y + 22;
        }
    }

    public record Bars(int height, List<BarRow> rows) {}

    /** One cell of the heat map. */
    public record HeatCell(
            int x, int y, int width, int height, String text, String fill, String ink, String href, String title) {

        public int textX() {
            return x + width / 2;
        }

        public int textY() {
            return y + height / 2 + 5;
        }
    }

    public record Heading(int x, int y, String text) {}

    public record Heat(int width, int height, List<Heading> columns, List<Heading> rows, List<HeatCell> cells) {}

    /** One quarter of the trend: applications (solid) and officers trained (striped) as vertical bars. */
    public record TrendBar(
            String label,
            int x,
            int applicationsY,
            int applicationsHeight,
            long applications,
            int completionsY,
            int completionsHeight,
            long completions,
            String href) {

        public int completionsX() {
            return x + 18;
        }

        public int labelX() {
            return x + 16;
        }
    }

    public record Trend(int width, int height, int baseline, List<TrendBar> bars) {

        public int axisEnd() {
            return width - 10;
        }

        public int labelY() {
            return baseline + 16;
        }
    }

    private DashboardCharts() {}

    public static Bars bars(Dashboard dashboard, Map<String, String> countries, Map<String, String> priorities) {
        long largest = 1;
        for (Cell c : dashboard.byCountryAndPriority()) {
            largest = Math.max(
                    largest, Math.max(c.figures().officersToTrain(), c.figures().completions()));
        }
        List<BarRow> rows = new ArrayList<>();
        int y = 0;
        for (Cell c : dashboard.byCountryAndPriority()) {
            rows.add(new BarRow(
                    name(countries, c.country()) + " · " + name(priorities, c.priority()),
                    y,
                    width(c.figures().officersToTrain(), largest),
                    c.figures().officersToTrain(),
                    width(c.figures().completions(), largest),
                    c.figures().completions(),
                    href(dashboard.filter().withCell(c.country(), c.priority()))));
            y += ROW;
        }
        return new Bars(Math.max(ROW, y), rows);
    }

    public static Heat heat(
            Dashboard dashboard, Map<String, String> countries, Map<String, String> priorities, String noNeed) {
        Set<String> countryCodes = new LinkedHashSet<>();
        Set<String> priorityCodes = new LinkedHashSet<>();
        for (Cell c : dashboard.byCountryAndPriority()) {
            countryCodes.add(c.country());
        }
        // Priorities in the catalogue's order, only those with figures.
        for (String p : priorities.keySet()) {
            if (dashboard.byCountryAndPriority().stream()
                    .anyMatch(c -> c.priority().equals(p))) {
                priorityCodes.add(p);
            }
        }
        dashboard.byCountryAndPriority().forEach(c -> priorityCodes.add(c.priority()));
        int left = 150;
        int top = 30;
        int cellWidth = priorityCodes.isEmpty() ? 100 : Math.max(70, (WIDTH - left) / priorityCodes.size());
        int cellHeight = 36;
        List<Heading> columns = new ArrayList<>();
        List<String> pList = new ArrayList<>(priorityCodes);
        for (int i = 0; i < pList.size(); i++) {
            columns.add(new Heading(left + i * cellWidth + cellWidth / 2, 20, shorten(name(priorities, pList.get(i)))));
        }
        List<Heading> rowHeadings = new ArrayList<>();
        List<HeatCell> cells = new ArrayList<>();
        List<String> cList = new ArrayList<>(countryCodes);
        for (int r = 0; r < cList.size(); r++) {
            String country = cList.get(r);
            rowHeadings.add(new Heading(left - 8, top + r * cellHeight + cellHeight / 2 + 5, name(countries, country)));
            for (int i = 0; i < pList.size(); i++) {
                String priority = pList.get(i);
                Cell cell = dashboard.byCountryAndPriority().stream()
                        .filter(c -> c.country().equals(country) && c.priority().equals(priority))
                        .findFirst()
                        .orElse(null);
                int shade = cell == null ? -1 : cell.figures().shade();
                String text = shade < 0 ? "—" : cell.figures().coverage().toPlainString() + " %";
                cells.add(new HeatCell(
                        left + i * cellWidth,
                        top + r * cellHeight,
                        cellWidth - 2,
                        cellHeight - 2,
                        text,
                        fill(shade),
                        shade >= 50 ? "#ffffff" : "#111111",
                        href(dashboard.filter().withCell(country, priority)),
                        name(countries, country) + " · " + name(priorities, priority) + ": "
                                + (shade < 0 ? noNeed : text)));
            }
        }
        return new Heat(WIDTH, top + Math.max(1, cList.size()) * cellHeight + 4, columns, rowHeadings, cells);
    }

    public static Trend trend(Dashboard dashboard) {
        long largest = 1;
        for (Period p : dashboard.byQuarter()) {
            largest = Math.max(
                    largest, Math.max(p.figures().applications(), p.figures().completions()));
        }
        int height = 220;
        int baseline = 180;
        int plot = 150;
        int step = 44;
        List<TrendBar> bars = new ArrayList<>();
        int x = 40;
        for (Period p : dashboard.byQuarter()) {
            int a = (int) Math.round(plot * (double) p.figures().applications() / largest);
            int c = (int) Math.round(plot * (double) p.figures().completions() / largest);
            bars.add(new TrendBar(
                    p.label(),
                    x,
                    baseline - a,
                    a,
                    p.figures().applications(),
                    baseline - c,
                    c,
                    p.figures().completions(),
                    href(dashboard.filter().withYear(p.year()))));
            x += step;
        }
        return new Trend(Math.max(WIDTH, x + 20), height, baseline, bars);
    }

    /** Darker blue for higher coverage; white ink from 50 % on keeps the contrast above 4.5:1 either way. */
    static String fill(int shade) {
        if (shade < 0) {
            return "#f2f2f2";
        }
        String[] steps = {
            "#eef3fb", "#d3e0f4", "#b3c9ec", "#8fb0e0", "#6b95d3", "#2f5fa8", "#244c8a", "#1c3d70", "#152f57",
            "#0f2240", "#0a1730"
        };
        return steps[shade / 10];
    }

    static String href(Filter filter) {
        return "/insight/dashboard?" + filter.query();
    }

    private static int width(long value, long largest) {
        return (int) Math.round(BAR_AREA * (double) value / largest);
    }

    static String name(Map<String, String> names, String code) {
        String name = names.get(code);
        return name == null ? code : name;
    }

    private static String shorten(String text) {
        return text.length() <= 22 ? text : text.substring(0, 21) + "…";
    }
}
