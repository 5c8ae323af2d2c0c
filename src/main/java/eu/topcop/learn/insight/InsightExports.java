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
 * Insight's tables for spreadsheets, as CSV or XLSX with the same columns: a round's gaps, its coverage, a gap's
 * trace and the capability mappings. Codes as the API gives them (so that a file reads the same in every language
 * and imports elsewhere), one column per proficiency level where levels apply.
 */
final class InsightExports {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private InsightExports() {}

    static byte[] csv(OtnaViews.Round round, List<OtnaViews.Gap> gaps) {
        return csv(rows(round, gaps));
    }

    static byte[] xlsx(OtnaViews.Round round, List<OtnaViews.Gap> gaps) {
        return xlsx("gaps", rows(round, gaps));
    }

    /** A round's coverage, one row per gap served or not: the figures of the coverage page, per level too. */
    static byte[] coverageCsv(OtnaViews.Round round, OtnaViews.Coverage coverage) {
        return csv(coverageRows(round, coverage));
    }

    static byte[] coverageXlsx(OtnaViews.Round round, OtnaViews.Coverage coverage) {
        return xlsx("coverage", coverageRows(round, coverage));
    }

    /** A gap's trace as CSV: its offerings, then every completion counted (one row each). */
    static List<List<Object>> traceHeader() {
        return new ArrayList<>(
                List.of(List.of("kind", "code", "course", "date", "until", "country", "seats", "approved", "person")));
    }

    static void traceOfferings(List<List<Object>> rows, List<OtnaViews.TraceOffering> offerings) {
        for (OtnaViews.TraceOffering o : offerings) {
            rows.add(java.util.Arrays.asList(
                    "offering",
                    o.code(),
                    o.course(),
                    o.startsOn(),
                    o.endsOn(),
                    o.online() ? "online" : o.venueCountry(),
                    o.seats(),
                    o.approved(),
                    null));
        }
    }

    static void traceCompletions(List<List<Object>> rows, List<OtnaViews.TraceCompletion> completions) {
        for (OtnaViews.TraceCompletion c : completions) {
            rows.add(java.util.Arrays.asList(
                    "completion",
                    c.offering() == null ? "online" : c.offering(),
                    c.course(),
                    c.completedOn(),
                    null,
                    null,
                    null,
                    null,
                    c.person()));
        }
    }

    /** Capability mappings as CSV, as the mappings page lists them. */
    static byte[] mappingsCsv(List<OtnaViews.Mapping> mappings) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(
                "capability",
                "course",
                "outcome",
                "level",
                "source",
                "reason",
                "added_by",
                "added_at",
                "removed_by",
                "removed_at",
                "removal_reason"));
        for (OtnaViews.Mapping m : mappings) {
            rows.add(java.util.Arrays.asList(
                    m.capability(),
                    m.course(),
                    m.outcome(),
                    m.level(),
                    m.source(),
                    m.reason(),
                    m.addedBy(),
                    m.addedAt(),
                    m.removedBy(),
                    m.removedAt(),
                    m.removalReason()));
        }
        return csv(rows);
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

    private static byte[] xlsx(String name, List<List<Object>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "TOPCOP Learn", "1.0");
            Worksheet sheet = workbook.newWorksheet(name);
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

    private static List<List<Object>> coverageRows(OtnaViews.Round round, OtnaViews.Coverage coverage) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of("gap", "country", "capability", "priority", "target_group"));
        for (OtnaViews.Level level : round.proficiencyScale()) {
            header.add("to_train_" + level.code());
            header.add("trained_" + level.code());
        }
        header.addAll(List.of(
                "trained_unspecified",
                "officers_to_train",
                "officers_trained",
                "coverage_percent",
                "seats_offered",
                "approved_applications",
                "completions",
                "valid_certificates",
                "active_trainers",
                "multiplication_reached",
                "courses"));
        rows.add(header);
        List<OtnaViews.GapCoverage> lines = new ArrayList<>(coverage.covered());
        lines.addAll(coverage.withoutCourse());
        for (OtnaViews.GapCoverage c : lines) {
            OtnaViews.Gap gap = c.gap();
            List<Object> row = new ArrayList<>(
                    List.of(gap.id(), gap.country(), gap.capability(), gap.priority(), gap.targetGroup()));
            long unspecified = 0;
            for (OtnaViews.Level level : round.proficiencyScale()) {
                row.add(gap.officers().getOrDefault(level.code(), 0));
                row.add(c.levels().stream()
                        .filter(l -> l.level().equals(level.code()))
                        .mapToLong(OtnaViews.LevelCoverage::officersTrained)
                        .sum());
            }
            for (OtnaViews.LevelCoverage l : c.levels()) {
                if (l.officersToTrain() == null) {
                    unspecified += l.officersTrained();
                }
            }
            row.add(unspecified);
            row.add(gap.officersTotal());
            row.add(c.officersTrained());
            row.add(c.coveragePercent());
            row.add(c.seatsOffered());
            row.add(c.approvedApplications());
            row.add(c.completions());
            row.add(c.validCertificates());
            row.add(c.activeTrainers());
            row.add(c.multiplicationReached());
            row.add(String.join(" ", c.courses()));
            rows.add(row);
        }
        return rows;
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
