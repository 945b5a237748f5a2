package ro.semnal.certificates.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;

/** The certificate PDF: text selectable with diacritics, a QR that decodes to the verify URL, PDF/A. */
class CertificatePdfTest {

    static final String URL = "https://semnal.example.ro/verify/7KQ4-M2XP-9HTR-3CWD-EFJN";

    static CertificateDocument document(String name) {
        CertificateDocument.Texts ro = new CertificateDocument.Texts("Programul național Semnal",
                "Certificat de absolvire", "Se certifică faptul că", "a absolvit cursul",
                "Traficul de persoane: recunoaștere și referire", "Durata: 4 ore", "Data absolvirii: 29 noiembrie 2026",
                "Valabil până la: 29 noiembrie 2028", "Cod de verificare", "Verificați la:", "Certificat Semnal");
        CertificateDocument.Texts en = new CertificateDocument.Texts("The Semnal national programme",
                "Certificate of completion", "This certifies that", "has completed the course",
                "Human trafficking: recognition and referral", "Duration: 4 hours", "Completed on: 29 November 2026",
                null, "Verification code", "Check at:", "Semnal certificate");
        return new CertificateDocument("7KQ4-M2XP-9HTR-3CWD-EFJN", name, URL, "Programul Semnal",
                "Coordonator de program", null, "ro-RO", ro, en);
    }

    static String text(byte[] pdf) throws Exception {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return PdfTextExtractor.getTextFromPage(document.getFirstPage());
        }
    }

    @Test
    void the_text_is_selectable_with_romanian_diacritics_and_the_code() throws Exception {
        byte[] pdf = new CertificatePdf().render(document("Ștefania Țăranu-Îonescu"));
        String text = text(pdf);
        assertThat(text).contains("Ștefania Țăranu-Îonescu").contains("7KQ4-M2XP-9HTR-3CWD-EFJN")
                .contains("recunoaștere și referire").contains("Valabil până la");
    }

    @Test
    void the_document_is_pdf_a_with_its_properties_set_and_one_landscape_page() throws Exception {
        byte[] pdf = new CertificatePdf().render(document("Ion Pop"));
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getFirstPage().getPageSize().getWidth())
                    .isGreaterThan(document.getFirstPage().getPageSize().getHeight());
            assertThat(document.getDocumentInfo().getTitle()).isEqualTo("Certificat Semnal 7KQ4-M2XP-9HTR-3CWD-EFJN");
            assertThat(document.getDocumentInfo().getAuthor()).isEqualTo("Programul Semnal");
            assertThat(document.getCatalog().getPdfObject().getAsArray(PdfName.OutputIntents)).isNotNull();
            assertThat(document.getXmpMetadata().getPropertyInteger("http://www.aiim.org/pdfa/ns/id/", "part"))
                    .isEqualTo(2);
        }
    }

    @Test
    void the_qr_code_opens_the_verification_page() throws Exception {
        byte[] pdf = new CertificatePdf().render(document("Ion Pop"));
        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(document).renderImageWithDPI(0, 150);
        }
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        ImageIO.write(page, "png", target.resolve("certificate.png").toFile());
        String decoded = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(page)))).getText();
        assertThat(decoded).isEqualTo(URL);
    }

    @Test
    void a_very_long_name_is_shrunk_and_stays_on_one_page() throws Exception {
        String longName = "Maria-Magdalena Alexandrina Constantinescu-Rădulescu-Popovici-Țăranu-Ștefănescu";
        byte[] pdf = new CertificatePdf().render(document(longName));
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(text(pdf).replace("\n", " ")).contains("Ștefănescu");
    }
}
