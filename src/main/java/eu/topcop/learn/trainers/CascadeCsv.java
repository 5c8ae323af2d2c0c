package eu.topcop.learn.trainers;

import java.io.IOException;
import java.io.StringWriter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The cascade per country and crime priority as CSV (RFC 4180), for spreadsheets. */
final class CascadeCsv {

    private CascadeCsv() {}

    static String of(CascadeService.Cascade cascade) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(
                        "country",
                        "crime_priority",
                        "trainers_trained",
                        "multiplication_courses",
                        "officers_reached",
                        "multiplier")
                .get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (CascadeService.Cell cell : cascade.byCountryAndPriority()) {
                csv.printRecord(
                        cell.country(),
                        cell.priority(),
                        cell.trainersTrained(),
                        cell.courses(),
                        cell.officersReached(),
                        cell.multiplier() == null ? "" : cell.multiplier().toPlainString());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the cascade as CSV", e);
        }
        return out.toString();
    }
}
