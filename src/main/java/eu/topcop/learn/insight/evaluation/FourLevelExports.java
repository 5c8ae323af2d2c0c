package eu.topcop.learn.insight.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import eu.topcop.learn.insight.dashboard.DashboardExports;
import eu.topcop.learn.insight.evaluation.FourLevelViews.Line;
import eu.topcop.learn.insight.evaluation.FourLevelViews.Report;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.time.ReaderTime;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The four-level report as a spreadsheet (one sheet, a row per line and the total, the dashboards' XLSX writer) and
 * as a PDF (the figures table and a bar per line for each level, drawn as vectors, in the dashboards' fonts so that
 * every partner language prints). A withheld figure is an empty cell in the sheet and "hidden" in the PDF.
 */
@ApplicationScoped
public class FourLevelExports {

    static EvaluationMessages words(Language language) {
        return MessageBundles.get(EvaluationMessages.class, io.quarkus.qute.i18n.Localized.Literal.of(language.code()));
    }

    /** The lines with the online and multiplication deliveries named in the reader's language. */
    static List<Line> named(List<Line> lines, EvaluationMessages words) {
        return lines.stream()
                .map(l -> switch (l.key()) {
                    case "online" -> rename(l, words.fl_line_online());
                    case "multiplication" -> rename(l, words.fl_line_multiplication());
                    default -> l;
                })
                .toList();
    }

    static Line rename(Line l, String label) {
        return new Line(l.key(), label, l.detail(), l.path(), l.reaction(), l.learning(), l.behaviour(), l.results());
    }

    /** The header and rows of the report, the total last. */
    static DashboardExports.Table table(Report report, EvaluationMessages w) {
        List<String> header = List.of(
                w.fl_line(),
                "code",
                w.fl_level1() + ": " + w.fl_invited(),
                w.fl_level1() + ": " + w.fl_answered(),
                w.fl_level1() + ": " + w.fl_reaction_score(),
                w.fl_level2() + ": " + w.fl_pairs(),
                w.fl_level2() + ": " + w.fl_pre(),
                w.fl_level2() + ": " + w.fl_post(),
                w.fl_level2() + ": " + w.fl_gain(),
                w.fl_level3() + ": " + w.fl_invited(),
                w.fl_level3() + ": " + w.fl_answered(),
                w.fl_level3() + ": " + w.fl_applied_participants(),
                w.fl_level3() + ": " + w.fl_applied_supervisors(),
                w.fl_level4() + ": " + w.fl_participants(),
                w.fl_level4() + ": " + w.fl_year_over(),
                w.fl_level4() + ": " + w.fl_involved(),
                w.fl_level4() + ": " + w.fl_involved_share());
        List<List<Object>> rows = new ArrayList<>();
        for (Line l : named(report.lines(), w)) {
            rows.add(row(l.label(), l.detail(), l));
        }
        rows.add(row(w.fl_total(), "", report.total()));
        return new DashboardExports.Table("evaluation", w.fl_table_caption(), header, rows);
    }

    private static List<Object> row(String label, String code, Line l) {
        List<Object> row = new ArrayList<>();
        row.add(label);
        row.add(code == null ? "" : code);
        row.add(l.reaction().invited());
        row.add(l.reaction().answered());
        row.add(blank(l.reaction().score()));
        row.add(l.learning().pairs());
        row.add(blank(l.learning().preTest()));
        row.add(blank(l.learning().postTest()));
        row.add(blank(l.learning().gain()));
        row.add(l.behaviour().invited());
        row.add(l.behaviour().answered());
        row.add(blank(l.behaviour().participantsApplied()));
        row.add(blank(l.behaviour().supervisorsApplied()));
        row.add(l.results().participants());
        row.add(l.results().yearOver());
        row.add(blank(l.results().involved()));
        row.add(blank(l.results().share()));
        return row;
    }

    private static Object blank(Object value) {
        return value == null ? "" : value;
    }

    void xlsx(Report report, Language language, OutputStream out) throws IOException {
        DashboardExports.xlsx(List.of(table(report, words(language))), out);
    }

    void pdf(Report report, Language language, OutputStream out) throws IOException {
        EvaluationMessages w = words(language);
        try {
            Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            String title = w.fl_title(report.subject().title());
            document.addTitle(title);
            document.open();
            BaseFont regular = BaseFont.createFont(DashboardExports.FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            BaseFont bold = BaseFont.createFont(DashboardExports.BOLD, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font text = new Font(regular, 8);
            Font strong = new Font(bold, 8);
            document.add(new Paragraph("TOPCOP Learn", new Font(regular, 10)));
            document.add(new Paragraph(title, new Font(bold, 16)));
            document.add(new Paragraph(
                    (report.subject().countryName() == null
                                    ? w.fl_counted_all()
                                    : w.fl_counted_for(report.subject().countryName()))
                            + " "
                            + w.fl_generated(ReaderTime.days(language.locale()).longDate(report.today())),
                    text));
            document.add(new Paragraph(w.fl_how_hiding(report.smallest(), report.minimumOfficers()), text));

            DashboardExports.Table table = table(report, w);
            PdfPTable grid = new PdfPTable(table.header().size() - 1);
            grid.setWidthPercentage(100);
            grid.setSpacingBefore(10);
            grid.setHeaderRows(1);
            for (int c = 0; c < table.header().size(); c++) {
                if (c != 1) {
                    grid.addCell(new PdfPCell(new Phrase(table.header().get(c), strong)));
                }
            }
            for (List<Object> row : table.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    if (c == 1) {
                        continue;
                    }
                    Object v = row.get(c);
                    PdfPCell cell = new PdfPCell(new Phrase(
                            v.equals("") && c > 1 ? "—" : v instanceof BigDecimal b ? b.toPlainString() : v.toString(),
                            c == 0 ? strong : text));
                    if (c > 1) {
                        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    grid.addCell(cell);
                }
            }
            document.add(grid);

            List<Line> lines = named(report.lines(), w);
            List<FourLevelCharts.Chart> charts = FourLevelCharts.of(lines, w.fl_hidden(), w.fl_none());
            String[] captions = {
                w.fl_chart_reaction(), w.fl_chart_learning(), w.fl_chart_behaviour(), w.fl_chart_results()
            };
            for (int i = 0; i < charts.size(); i++) {
                document.newPage();
                document.add(new Paragraph(captions[i], new Font(bold, 12)));
                float height = draw(writer.getDirectContent(), charts.get(i), regular, document, writer);
                Paragraph spacer = new Paragraph(" ", text);
                spacer.setSpacingAfter(height);
                document.add(spacer);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("Cannot make the evaluation report", e);
        }
    }

    /** One chart below the current line, scaled from its SVG geometry to the page. */
    private static float draw(
            PdfContentByte canvas, FourLevelCharts.Chart chart, BaseFont font, Document document, PdfWriter writer) {
        float top = writer.getVerticalPosition(true) - 8;
        float left = document.left();
        float scale = (document.right() - left) / FourLevelCharts.WIDTH;
        float available = top - document.bottom();
        scale = Math.min(scale, available / Math.max(chart.height(), 1));
        canvas.saveState();
        for (FourLevelCharts.Row row : chart.rows()) {
            canvas.beginText();
            canvas.setFontAndSize(font, 8);
            canvas.setRGBColorFill(0, 0, 0);
            String label = row.label().length() > 60 ? row.label().substring(0, 59) + "…" : row.label();
            canvas.showTextAligned(Element.ALIGN_LEFT, label, left, top - row.labelY() * scale, 0);
            for (FourLevelCharts.Bar bar : row.bars()) {
                canvas.showTextAligned(
                        Element.ALIGN_LEFT, bar.text(), left + bar.textX() * scale, top - bar.textY() * scale, 0);
            }
            canvas.endText();
            for (FourLevelCharts.Bar bar : row.bars()) {
                if (bar.missing()) {
                    continue;
                }
                if (bar.series().equals("a")) {
                    canvas.setRGBColorFill(0x8f, 0xb4, 0xe6);
                } else {
                    canvas.setRGBColorFill(0x1f, 0x4e, 0x9a);
                }
                canvas.rectangle(
                        left + FourLevelCharts.LABEL * scale,
                        top - (bar.y() + FourLevelCharts.BAR) * scale,
                        Math.max(bar.width() * scale, 0.5f),
                        FourLevelCharts.BAR * scale);
                canvas.fill();
            }
        }
        canvas.restoreState();
        return chart.height() * scale;
    }
}
