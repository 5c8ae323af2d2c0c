package eu.topcop.learn.insight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The empty questionnaire file of a round, for agencies to fill in: the columns {@link AnswerSheet} reads, and
 * what each code means in the reader's language (English where the round has no text in it). CSV carries the
 * legend as {@code #} notes, which the import skips; XLSX as a second sheet.
 */
final class QuestionnaireTemplate {

    private QuestionnaireTemplate() {}

    static byte[] csv(OtnaRound round, List<Capability> capabilities, String language) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> line : legend(round, capabilities, language)) {
            out.append("# ").append(String.join(" ", line)).append('\n');
        }
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(AnswerSheet.columns(round));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(OtnaRound round, List<Capability> capabilities, String language) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "TOPCOP Learn", "1.0");
            Worksheet answers = workbook.newWorksheet(QuestionnaireFile.SHEET);
            List<String> columns = AnswerSheet.columns(round);
            for (int c = 0; c < columns.size(); c++) {
                answers.value(0, c, columns.get(c));
                answers.style(0, c).bold().set();
                answers.width(c, 18);
            }
            Worksheet legend = workbook.newWorksheet("legend");
            List<List<String>> lines = legend(round, capabilities, language);
            for (int r = 0; r < lines.size(); r++) {
                for (int c = 0; c < lines.get(r).size(); c++) {
                    legend.value(r, c, lines.get(r).get(c));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** What the codes of the file mean, one entry a line. */
    private static List<List<String>> legend(OtnaRound round, List<Capability> capabilities, String language) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(round.code, text(round.title, language), round.fictitious ? "(fictitious demo data)" : ""));
        lines.add(List.of(
                AnswerSheet.COUNTRY,
                String.join(", ", round.countries.stream().sorted().toList())));
        lines.add(List.of(AnswerSheet.RESPONDENT, "the questionnaire's respondent reference, not a name"));
        lines.add(List.of(AnswerSheet.RELEVANCE, "1 (not relevant) to 5 (essential)"));
        round.urgencyScale.forEach(u -> lines.add(List.of(AnswerSheet.URGENCY, u.code(), text(u.labels(), language))));
        round.proficiencyScale.forEach(
                p -> lines.add(List.of(AnswerSheet.OFFICERS + p.code(), text(p.labels(), language))));
        round.targetGroups.forEach(
                g -> lines.add(List.of(AnswerSheet.TARGET_GROUP, g.code(), text(g.labels(), language))));
        capabilities.forEach(c -> lines.add(
                List.of(AnswerSheet.CAPABILITY, c.code, text(c.title, language), String.join(" ", c.targetGroups))));
        return lines;
    }

    static String text(Map<String, String> labels, String language) {
        String text = labels.get(language);
        return text == null || text.isBlank() ? labels.getOrDefault("en", "") : text;
    }
}
