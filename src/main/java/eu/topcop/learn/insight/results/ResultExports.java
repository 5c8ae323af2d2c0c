package eu.topcop.learn.insight.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The figures' tables for spreadsheets, as CSV or one XLSX workbook (the libraries of insight's other exports), with
 * codes as the API gives them so that a file reads the same in every language. A hidden cell says so and has no
 * figures.
 */
final class ResultExports {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The tables by the name a download asks for. */
    static final List<String> TABLES = List.of("training", "results", "before-after");

    private ResultExports() {}

    static Map<String, List<List<Object>>> tables(ResultViews.Figures figures) {
        Map<String, List<List<Object>>> tables = new LinkedHashMap<>();
        List<List<Object>> training = new ArrayList<>();
        training.add(List.of(
                "country",
                "priority",
                "hidden",
                "officers_trained",
                "involved_within_12_months",
                "share_percent",
                "trained_last_12_months"));
        figures.training()
                .forEach(c -> training.add(Arrays.asList(
                        c.country(),
                        c.priority(),
                        c.hidden(),
                        c.trained(),
                        c.involved(),
                        c.sharePercent(),
                        c.trainedRecently())));
        tables.put("training", training);
        List<List<Object>> results = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of("country", "priority", "hidden", "officers_named"));
        for (ResultKind kind : ResultKind.values()) {
            header.add(kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        header.addAll(List.of("arrests", "cross_border_cases", "assets_eur"));
        results.add(header);
        for (ResultViews.ResultCell c : figures.results()) {
            List<Object> row = new ArrayList<>(Arrays.asList(c.country(), c.priority(), c.hidden(), c.officers()));
            for (ResultKind kind : ResultKind.values()) {
                row.add(c.results().get(kind));
            }
            row.addAll(Arrays.asList(c.arrests(), c.cases(), c.assetsEur()));
            results.add(row);
        }
        tables.put("results", results);
        List<List<Object>> beforeAfter = new ArrayList<>();
        beforeAfter.add(List.of(
                "country",
                "priority",
                "hidden",
                "officers",
                "results_before",
                "results_after",
                "officers_with_result_before",
                "officers_with_result_after"));
        figures.beforeAfter()
                .forEach(c -> beforeAfter.add(Arrays.asList(
                        c.country(),
                        c.priority(),
                        c.hidden(),
                        c.officers(),
                        c.resultsBefore(),
                        c.resultsAfter(),
                        c.officersWithResultBefore(),
                        c.officersWithResultAfter())));
        tables.put("before-after", beforeAfter);
        return tables;
    }

    static byte[] csv(List<List<Object>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(Map<String, List<List<Object>>> tables) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "TOPCOP Learn", "1.0");
            for (Map.Entry<String, List<List<Object>>> table : tables.entrySet()) {
                Worksheet sheet = workbook.newWorksheet(table.getKey());
                List<List<Object>> rows = table.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        Object value = rows.get(r).get(c);
                        if (value instanceof Number n) {
                            sheet.value(r, c, n);
                        } else if (value instanceof Boolean b) {
                            sheet.value(r, c, b);
                        } else if (value != null) {
                            sheet.value(r, c, value.toString());
                        }
                    }
                }
                sheet.freezePane(0, 1);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
