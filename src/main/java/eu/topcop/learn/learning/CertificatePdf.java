package eu.topcop.learn.learning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.time.ReaderTime;

/**
 * The certificate as a one-page PDF: holder, course, crime priorities, dates, hours, and a QR code to the
 * public verification page. DejaVu Sans is embedded so that names in Cyrillic, Georgian or Armenian print.
 */
final class CertificatePdf {

    private static final String FONT = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String BOLD = "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

    /** The words of the certificate, in the holder's language. */
    record Words(
            String heading,
            String certifies,
            String completed,
            String period,
            String hours,
            String priorities,
            String verify) {}

    private CertificatePdf() {}

    static byte[] render(CertificateService.View c, Words words, String priorityNames, Language language) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document document = new Document(PageSize.A4.rotate(), 60, 60, 50, 50);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(words.heading() + " " + c.code());
            document.open();
            BaseFont regular = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            BaseFont bold = BaseFont.createFont(BOLD, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            ReaderTime dates = ReaderTime.days(language.locale());
            add(document, "TOPCOP Learn", new Font(regular, 12), 10);
            add(document, words.heading(), new Font(bold, 30), 24);
            add(document, words.certifies(), new Font(regular, 14), 8);
            add(document, c.holder(), new Font(bold, 26), 14);
            add(document, words.completed(), new Font(regular, 14), 8);
            add(document, c.courseTitle(), new Font(bold, 18), 16);
            add(document, words.priorities() + ": " + priorityNames, new Font(regular, 12), 6);
            add(
                    document,
                    words.period() + ": " + dates.longDate(c.startedOn()) + " – " + dates.longDate(c.completedOn())
                            + " · " + words.hours() + ": " + c.hours(),
                    new Font(regular, 12),
                    6);
            add(document, words.verify() + " " + c.code(), new Font(regular, 10), 0);
            qr(writer.getDirectContent(), c.verificationUrl(), document.right() - 110, document.bottom(), 110);
            document.close();
            return out.toByteArray();
        } catch (IOException | DocumentException | WriterException e) {
            throw new IllegalStateException("Cannot make the certificate " + c.code(), e);
        }
    }

    private static void add(Document document, String text, Font font, float after) throws DocumentException {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(after);
        document.add(paragraph);
    }

    /** The QR code drawn as vector squares: sharp at any zoom, no image library needed. */
    private static void qr(PdfContentByte canvas, String url, float x, float y, float size) throws WriterException {
        BitMatrix matrix = new QRCodeWriter()
                .encode(
                        url,
                        BarcodeFormat.QR_CODE,
                        0,
                        0,
                        Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
        float module = size / matrix.getWidth();
        canvas.saveState();
        canvas.setRGBColorFill(0, 0, 0);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    canvas.rectangle(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
        canvas.restoreState();
    }
}
