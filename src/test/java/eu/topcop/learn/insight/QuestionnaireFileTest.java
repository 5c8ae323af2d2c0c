package eu.topcop.learn.insight;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Whatever bytes are uploaded, reading them gives a table or a problem named {@code file:row:column}, never any
 * other exception (which would be a 500): random bytes, and real CSV and XLSX files cut and altered at random,
 * from a fixed seed.
 */
class QuestionnaireFileTest {

    @Test
    void shouldReadAnyBytesAsATableOrAProblemNamingTheFile() throws Exception {
        Random random = new Random(20261202L);
        byte[] csv = "country,agency\nGE,\"Patrol \"\"Police\"\"\"\nUA,x\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(xlsx, "test", "1.0");
        workbook.newWorksheet("answers").value(0, 0, "country");
        workbook.finish();
        byte[][] seeds = {csv, xlsx.toByteArray(), new byte[0]};
        for (int run = 0; run < 3000; run++) {
            byte[] seed = seeds[run % seeds.length];
            byte[] bytes;
            if (run % 5 == 4 || seed.length == 0) {
                bytes = new byte[random.nextInt(64)];
                random.nextBytes(bytes);
            } else {
                bytes = java.util.Arrays.copyOf(seed, 1 + random.nextInt(seed.length));
                for (int flips = random.nextInt(4); flips > 0; flips--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            try {
                QuestionnaireFile.read("f.csv", bytes);
            } catch (QuestionnaireFile.Unreadable expected) {
                if (!expected.getMessage().startsWith("f.csv:")) {
                    fail("a problem not named file:row:column: " + expected.getMessage());
                }
            } catch (RuntimeException e) {
                fail("run " + run + " threw " + e, e);
            }
        }
    }

    @Test
    void shouldKeepTheRowNumbersASpreadsheetShows() throws Exception {
        QuestionnaireFile file = QuestionnaireFile.read(
                "a.csv", "# a note\ncountry;agency\n\nGE;Police\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, file.headerRow());
        assertEquals(4, file.lines().get(0).row());
        assertEquals("Police", file.lines().get(0).cell(1));
        assertEquals("AA", QuestionnaireFile.columnName(26));
    }
}
