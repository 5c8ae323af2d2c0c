package eu.topcop.learn.insight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A round's gaps for spreadsheets, as CSV or XLSX with the same columns: codes as the API gives them (so that a file
 * reads the same in every language and imports elsewhere), one column per proficiency level.
 */
final class GapsExport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private GapsExport() {}

    static byte[] csv(OtnaViews.Round round, List<OtnaViews.Gap> gaps) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            for (List<Object> row : rows(round, gaps)) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(OtnaViews.Round round, List<OtnaViews.Gap> gaps) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "TOPCOP Learn", "1.0");
            Worksheet sheet = workbook.newWorksheet("gaps");
            List<List<Object>> rows = rows(round, gaps);
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof Number n) {
                        sheet.value(r, c, n);
                    } else if (value != null) {
                        sheet.value(r, c, value.toString());
                    }
                }
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<List<Object>> rows(OtnaViews.Round round, List<OtnaViews.Gap> gaps) {
        List<List<Object>> rows = new ArrayList<>(gaps.size() + 1);
        List<Object> header = new ArrayList<>(List.of("country", "capability", "priority", "target_group"));
        round.proficiencyScale().forEach(level -> header.add(AnswerSheet.OFFICERS + level.code()));
        header.addAll(List.of("officers_total", "urgency", "relevance", "respondents", "agencies", "status", "origin"));
        rows.add(header);
        for (OtnaViews.Gap gap : gaps) {
            List<Object> row =
                    new ArrayList<>(List.of(gap.country(), gap.capability(), gap.priority(), gap.targetGroup()));
            round.proficiencyScale().forEach(level -> row.add(gap.officers().getOrDefault(level.code(), 0)));
            row.add(gap.officersTotal());
            row.add(gap.urgency());
            BigDecimal relevance = gap.relevance();
            row.add(relevance);
            row.add(gap.respondents());
            row.add(gap.agencies());
            row.add(gap.status());
            row.add(gap.origin());
            rows.add(row);
        }
        return rows;
    }
}
