package eu.topcop.learn.insight.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import eu.topcop.learn.insight.dashboard.DashboardViews.Dashboard;
import eu.topcop.learn.insight.dashboard.DashboardViews.Figures;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.time.ReaderTime;
import io.quarkus.qute.i18n.MessageBundles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The dashboard's tables as CSV and XLSX, and a country report as PDF with its charts drawn as vectors. Every
 * export is written straight to the response as it is produced (a {@code StreamingOutput}): nothing is held whole
 * in memory, and the browser receives the first bytes at once, which is what the page's progress indicator shows.
 */
@ApplicationScoped
public class DashboardExports {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** DejaVu Sans, as the certificates embed it: Cyrillic, Georgian and Armenian print. */
    public static final String FONT = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";

    public static final String BOLD = "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

    /** One table of the dashboard: its name (a sheet, a file), its header and its rows. */
    public record Table(String key, String title, List<String> header, List<List<Object>> rows) {}

    static DashboardMessages words(Language language) {
        return MessageBundles.get(DashboardMessages.class, io.quarkus.qute.i18n.Localized.Literal.of(language.code()));
    }

    /**
     * The moment in the reader's zone and language, the zone named (a page or a report may be read elsewhere);
     * empty before the first refresh.
     */
    static String when(Instant at, ReaderTime reader) {
        return at == null ? "" : reader.dateTime(at) + " " + reader.zoneName(reader.zone());
    }

    /** Every table of the dashboard, by key (cells, empact, years, quarters, gaps), in the page's order. */
    public Map<String, Table> tables(Dashboard d, DashboardPages.Names names, Language language) {
        DashboardMessages w = words(language);
        Map<String, Table> tables = new LinkedHashMap<>();
        List<List<Object>> cells = new ArrayList<>();
        d.byCountryAndPriority()
                .forEach(c -> cells.add(row(
                        List.of(c.country(), names.country(c.country()), c.priority(), names.priority(c.priority())),
                        c.figures())));
        tables.put(
                "cells",
                new Table(
                        "cells",
                        w.table_cells(),
                        header(List.of("country", w.filter_country(), "priority", w.filter_priority()), w),
                        cells));
        List<List<Object>> empact = new ArrayList<>();
        d.byEmpactPriority()
                .forEach(e -> empact.add(row(List.of(e.priority(), names.empactPriority(e.priority())), e.figures())));
        tables.put(
                "empact",
                new Table("empact", w.table_empact(), header(List.of("empact", w.empact_priority()), w), empact));
        List<List<Object>> years = new ArrayList<>();
        d.byYear().forEach(y -> years.add(row(List.of(y.year()), y.figures())));
        tables.put("years", new Table("years", w.by_year(), header(List.of(w.year()), w), years));
        List<List<Object>> quarters = new ArrayList<>();
        d.byQuarter().forEach(q -> quarters.add(row(List.of(q.year(), q.quarter()), q.figures())));
        tables.put(
                "quarters",
                new Table("quarters", w.table_quarters(), header(List.of(w.year(), w.quarter()), w), quarters));
        List<List<Object>> gaps = new ArrayList<>();
        d.topUncovered()
                .forEach(g -> gaps.add(List.of(
                        g.country(),
                        names.country(g.country()),
                        g.priority(),
                        names.priority(g.priority()),
                        g.officersToTrain(),
                        g.trained(),
                        g.uncovered())));
        tables.put(
                "gaps",
                new Table(
                        "gaps",
                        w.table_gaps(),
                        List.of(
                                "country",
                                w.filter_country(),
                                "priority",
                                w.filter_priority(),
                                w.officers_to_train(),
                                w.completions(),
                                w.uncovered()),
                        gaps));
        return tables;
    }

    private static List<String> header(List<String> first, DashboardMessages w) {
        List<String> header = new ArrayList<>(first);
        header.addAll(List.of(
                w.officers_to_train(),
                w.applications(),
                w.approvals(),
                w.offerings(),
                w.completions(),
                w.certificates(),
                w.gain_pairs(),
                w.knowledge_gain(),
                w.trainers_certified(),
                w.cascade_reach(),
                w.exchange_placements(),
                w.event_participants(),
                w.uncovered(),
                w.coverage(),
                w.reaction_respondents(),
                w.reaction_score(),
                w.test_pairs(),
                w.test_gain(),
                w.applied_respondents(),
                w.applied_share()));
        return header;
    }

    private static List<Object> row(List<Object> first, Figures f) {
        List<Object> row = new ArrayList<>(first);
        row.addAll(List.of(
                f.officersToTrain(),
                f.applications(),
                f.approvals(),
                f.offerings(),
                f.completions(),
                f.certificates(),
                f.gainPairs(),
                f.knowledgeGain() == null ? "" : f.knowledgeGain(),
                f.trainersCertified(),
                f.cascadeReach(),
                f.exchangePlacements(),
                f.eventParticipants(),
                f.uncovered(),
                f.coverage() == null ? "" : f.coverage(),
                respondents(f.reaction()),
                value(f.reaction()),
                f.testPairs(),
                f.testGain() == null ? "" : f.testGain(),
                respondents(f.applied()),
                value(f.applied())));
        return row;
    }

    /** Hidden survey figures leave their cell empty, as figures without answers and rows without them do. */
    private static Object value(DashboardViews.Surveyed s) {
        return s == null || s.value() == null ? "" : s.value();
    }

    private static Object respondents(DashboardViews.Surveyed s) {
        return s == null ? "" : s.respondents();
    }

    /** A survey figure as the reports print it: the figure, or a dash and why it is not shown. */
    static String surveyed(DashboardViews.Surveyed s, boolean percent, int smallest, DashboardMessages w) {
        if (s.value() != null) {
            return percent ? w.percent(String.valueOf(s.value())) : String.valueOf(s.value());
        }
        if (s.few()) {
            return "— (" + w.hidden_few(smallest) + ")";
        }
        return s.guarded() ? "— (" + w.hidden_differencing(smallest) + ")" : "—";
    }

    static void csv(Table table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            printer.printRecord(table.header());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row);
            }
        }
    }

    public static void xlsx(Collection<Table> tables, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "TOPCOP Learn", "1.0");
        for (Table table : tables) {
            Worksheet sheet = workbook.newWorksheet(table.key());
            for (int c = 0; c < table.header().size(); c++) {
                sheet.value(0, c, table.header().get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof Number n) {
                        sheet.value(r + 1, c, n instanceof BigDecimal b ? b : (Number) n.longValue());
                    } else {
                        sheet.value(r + 1, c, String.valueOf(value));
                    }
                }
            }
            sheet.finish();
        }
        workbook.finish();
    }

    /** A country's report: its totals, need against officers trained per priority as bars, the tables. */
    void pdf(Dashboard d, DashboardPages.Names names, Language language, ReaderTime reader, OutputStream out)
            throws IOException {
        DashboardMessages w = words(language);
        try {
            Document document = new Document(PageSize.A4, 40, 40, 40, 40);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            String country = names.country(d.filter().country());
            document.addTitle(w.report_title(country));
            document.open();
            BaseFont regular = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            BaseFont bold = BaseFont.createFont(BOLD, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font text = new Font(regular, 9);
            Font strong = new Font(bold, 9);
            document.add(new Paragraph("TOPCOP Learn", new Font(regular, 10)));
            document.add(new Paragraph(w.report_title(country), new Font(bold, 18)));
            document.add(new Paragraph(w.report_generated(when(d.refreshedAt(), reader)), text));

            Figures t = d.totals();
            PdfPTable totals = new PdfPTable(2);
            totals.setWidthPercentage(100);
            totals.setSpacingBefore(10);
            String[][] lines = {
                {w.officers_to_train(), String.valueOf(t.officersToTrain())},
                {w.completions(), String.valueOf(t.completions())},
                {w.uncovered(), String.valueOf(t.uncovered())},
                {
                    w.coverage(),
                    t.coverage() == null ? "—" : w.percent(t.coverage().toPlainString())
                },
                {w.applications(), String.valueOf(t.applications())},
                {w.approvals(), String.valueOf(t.approvals())},
                {w.certificates(), String.valueOf(t.certificates())},
                {
                    w.knowledge_gain(),
                    t.knowledgeGain() == null ? "—" : t.knowledgeGain().toPlainString()
                },
                {w.reaction_score(), surveyed(t.reaction(), false, d.smallestCell(), w)},
                {w.test_gain(), t.testGain() == null ? "—" : t.testGain().toPlainString()},
                {w.applied_share(), surveyed(t.applied(), true, d.smallestCell(), w)},
                {w.trainers_certified(), String.valueOf(t.trainersCertified())},
                {w.cascade_reach(), String.valueOf(t.cascadeReach())},
                {w.exchange_placements(), String.valueOf(t.exchangePlacements())},
                {w.event_participants(), String.valueOf(t.eventParticipants())}
            };
            for (String[] line : lines) {
                totals.addCell(new PdfPCell(new Phrase(line[0], text)));
                PdfPCell figure = new PdfPCell(new Phrase(line[1], strong));
                figure.setHorizontalAlignment(com.lowagie.text.Element.ALIGN_RIGHT);
                totals.addCell(figure);
            }
            document.add(totals);

            document.add(new Paragraph(w.need_vs_trained(), new Font(bold, 12)));
            document.add(new Paragraph(w.legend_need() + " · " + w.legend_trained(), text));
            float chartHeight = bars(writer.getDirectContent(), d, names, regular, document, writer);
            Paragraph spacer = new Paragraph(" ", text);
            spacer.setSpacingAfter(chartHeight);
            document.add(spacer);

            document.add(new Paragraph(w.trend(), new Font(bold, 12)));
            PdfPTable quarters = new PdfPTable(4);
            quarters.setWidthPercentage(100);
            quarters.setSpacingBefore(6);
            for (String h : List.of(w.quarter(), w.applications(), w.completions(), w.cascade_reach())) {
                quarters.addCell(new PdfPCell(new Phrase(h, strong)));
            }
            d.byQuarter().forEach(q -> {
                quarters.addCell(new PdfPCell(new Phrase(q.label(), text)));
                quarters.addCell(
                        new PdfPCell(new Phrase(String.valueOf(q.figures().applications()), text)));
                quarters.addCell(
                        new PdfPCell(new Phrase(String.valueOf(q.figures().completions()), text)));
                quarters.addCell(
                        new PdfPCell(new Phrase(String.valueOf(q.figures().cascadeReach()), text)));
            });
            document.add(quarters);
            document.close();
        } catch (DocumentException e) {
            throw new IOException("Cannot make the country report", e);
        }
    }

    /** Need (solid) against officers trained (outlined) per priority, drawn below the current line. */
    private static float bars(
            PdfContentByte canvas,
            Dashboard d,
            DashboardPages.Names names,
            BaseFont font,
            Document document,
            PdfWriter writer) {
        List<DashboardViews.Cell> cells = d.byCountryAndPriority();
        long largest = 1;
        for (DashboardViews.Cell c : cells) {
            largest = Math.max(
                    largest, Math.max(c.figures().officersToTrain(), c.figures().completions()));
        }
        float top = writer.getVerticalPosition(true) - 8;
        float left = document.left();
        float label = 170;
        float area = document.right() - left - label - 40;
        float row = 26;
        canvas.saveState();
        float y = top;
        for (DashboardViews.Cell c : cells) {
            float need = area * c.figures().officersToTrain() / largest;
            float trained = area * c.figures().completions() / largest;
            canvas.beginText();
            canvas.setFontAndSize(font, 8);
            canvas.setRGBColorFill(0, 0, 0);
            canvas.showTextAligned(com.lowagie.text.Element.ALIGN_LEFT, names.priority(c.priority()), left, y - 14, 0);
            canvas.showTextAligned(
                    com.lowagie.text.Element.ALIGN_LEFT,
                    String.valueOf(c.figures().officersToTrain()),
                    left + label + need + 4,
                    y - 9,
                    0);
            canvas.showTextAligned(
                    com.lowagie.text.Element.ALIGN_LEFT,
                    String.valueOf(c.figures().completions()),
                    left + label + trained + 4,
                    y - 20,
                    0);
            canvas.endText();
            canvas.setRGBColorFill(0x1f, 0x4e, 0x9a);
            canvas.rectangle(left + label, y - 11, Math.max(need, 0.5f), 9);
            canvas.fill();
            canvas.setRGBColorStroke(0xa3, 0x3b, 0x00);
            canvas.setRGBColorFill(0xf6, 0xc1, 0x8f);
            canvas.rectangle(left + label, y - 22, Math.max(trained, 0.5f), 9);
            canvas.fillStroke();
            y -= row;
        }
        canvas.restoreState();
        return Math.max(0, top - y);
    }
}
