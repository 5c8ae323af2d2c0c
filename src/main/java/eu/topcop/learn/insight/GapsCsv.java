package eu.topcop.learn.insight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A round's gaps as CSV for spreadsheets: codes as the API gives them, one column per proficiency level. */
final class GapsCsv {

    private GapsCsv() {}

    static byte[] write(OtnaViews.Round round, List<OtnaViews.Gap> gaps) {
        StringBuilder out = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(List.of("country", "capability", "priority", "target_group"));
        round.proficiencyScale().forEach(level -> header.add(AnswerSheet.OFFICERS + level.code()));
        header.addAll(List.of("officers_total", "urgency", "relevance", "respondents", "agencies", "status", "origin"));
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(header);
            for (OtnaViews.Gap gap : gaps) {
                List<Object> row =
                        new ArrayList<>(List.of(gap.country(), gap.capability(), gap.priority(), gap.targetGroup()));
                round.proficiencyScale().forEach(level -> row.add(gap.officers().getOrDefault(level.code(), 0)));
                row.addAll(List.of(
                        gap.officersTotal(),
                        gap.urgency(),
                        gap.relevance(),
                        gap.respondents(),
                        gap.agencies(),
                        gap.status(),
                        gap.origin()));
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
