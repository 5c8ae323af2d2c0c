package eu.topcop.learn.insight;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A questionnaire file as a table of text cells, whatever its format: CSV (UTF-8, comma or semicolon, lines
 * starting with {@code #} are notes) or XLSX (the sheet {@value #SHEET}, else the first). Rows keep the numbers
 * a spreadsheet shows, so that a problem can be named {@code file:row:column}.
 */
record QuestionnaireFile(String name, int headerRow, List<String> header, List<Line> lines) {

    static final String SHEET = "answers";

    /** More rows than any agency's questionnaire has: a file beyond it is refused before it is read whole. */
    static final int MAX_ROWS = 100_000;

    record Line(int row, List<String> cells) {
        String cell(int column) {
            return column < cells.size() ? cells.get(column).strip() : "";
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** The file could not be read as a table at all. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    static QuestionnaireFile read(String name, byte[] bytes) throws Unreadable {
        boolean xlsx = startsWith(bytes, ZIP);
        if (!xlsx && name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new Unreadable(name + ":1:A: not an XLSX workbook");
        }
        if (startsWith(bytes, OLE2)) {
            throw new Unreadable(name + ":1:A: an old Excel file (.xls): save it as .xlsx or .csv");
        }
        return xlsx ? xlsx(name, bytes) : csv(name, bytes);
    }

    /** How an XLSX file (a ZIP archive) begins. */
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};

    /** How an old Excel file begins. */
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The spreadsheet name of a column: 0 is A, 26 is AA. */
    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    private static QuestionnaireFile csv(String name, byte[] bytes) throws Unreadable {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable(name + ":1:A: not UTF-8 text: save the CSV as UTF-8, or send the XLSX");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = firstContentLine(text).chars().filter(c -> c == ';').count()
                        > firstContentLine(text).chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setCommentMarker('#')
                .setIgnoreEmptyLines(true)
                .get();
        List<Line> lines = new ArrayList<>();
        List<String> header = null;
        int headerRow = 0;
        try (Reader reader = new InputStreamReader(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
                CSVParser parser =
                        CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                int row = (int) parser.getCurrentLineNumber();
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells;
                    headerRow = row;
                } else {
                    lines.add(new Line(row, cells));
                    if (lines.size() > MAX_ROWS) {
                        throw new Unreadable(name + ":" + row + ":A: more than " + MAX_ROWS + " rows");
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new Unreadable(name + ":" + 1 + ":A: not a readable CSV file (" + e.getMessage() + ")");
        }
        if (header == null) {
            throw new Unreadable(name + ":1:A: the file is empty");
        }
        return new QuestionnaireFile(name, headerRow, header, lines);
    }

    private static String firstContentLine(String text) {
        for (String line : text.split("\n", 50)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                return line;
            }
        }
        return "";
    }

    private static QuestionnaireFile xlsx(String name, byte[] bytes) throws Unreadable {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.findSheet(SHEET).orElse(workbook.getFirstSheet());
            List<Line> lines = new ArrayList<>();
            List<String> header = null;
            int headerRow = 0;
            try (var rows = sheet.openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(text(row.getCell(i)));
                    }
                    Line line = new Line(row.getRowNum(), cells);
                    if (line.blank()) {
                        continue;
                    }
                    if (header == null) {
                        header = cells;
                        headerRow = row.getRowNum();
                    } else {
                        lines.add(line);
                        if (lines.size() > MAX_ROWS) {
                            throw new Unreadable(name + ":" + row.getRowNum() + ":A: more than " + MAX_ROWS + " rows");
                        }
                    }
                }
            }
            if (header == null) {
                throw new Unreadable(name + ":1:A: the sheet " + sheet.getName() + " is empty");
            }
            return new QuestionnaireFile(name, headerRow, header, lines);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(name + ":1:A: not a readable XLSX workbook");
        }
    }

    /** A cell as people see it: whole numbers without ".0", text as typed, nothing for an empty cell. */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            java.math.BigDecimal number = cell.asNumber().stripTrailingZeros();
            return number.scale() <= 0 ? number.toBigInteger().toString() : number.toPlainString();
        }
        String raw = cell.getText();
        return raw == null ? "" : raw;
    }
}
