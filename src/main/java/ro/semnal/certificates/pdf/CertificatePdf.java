package ro.semnal.certificates.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.pdfa.PdfADocument;

/**
 * Draws a certificate as a PDF/A-2B document, A4 landscape, with DejaVu fonts embedded (so ș and ț
 * print), the holder's name shrunk to fit, a QR code that opens the verification page, and the issuer
 * block. The only iText code of Semnal. Thread-safe: the font programs are shared, documents are not.
 */
public final class CertificatePdf {

    private static final DeviceRgb ACCENT = new DeviceRgb(0x7a, 0x1f, 0x3d);
    private static final DeviceRgb GREY = new DeviceRgb(0x55, 0x5f, 0x6d);
    private static final float NAME_WIDTH = 680;
    private static final FontProgram REGULAR = font("DejaVuSans.ttf");
    private static final FontProgram BOLD = font("DejaVuSans-Bold.ttf");
    private static final FontProgram ITALIC = font("DejaVuSans-Oblique.ttf");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private static FontProgram font(String file) {
        try (InputStream in = CertificatePdf.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font not on the classpath: " + file);
            }
            return FontProgramFactory.createFont(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] render(CertificateDocument certificate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfOutputIntent intent = new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(SRGB));
        try (PdfDocument pdf = new PdfADocument(new PdfWriter(out), PdfAConformance.PDF_A_2B, intent)) {
            PdfFont regular = PdfFontFactory.createFont(REGULAR, PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            PdfFont bold = PdfFontFactory.createFont(BOLD, PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            PdfFont italic = PdfFontFactory.createFont(ITALIC, PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            describe(pdf, certificate);
            PageSize page = PageSize.A4.rotate();
            pdf.setDefaultPageSize(page);
            try (Document document = new Document(pdf, page)) {
                document.setMargins(48, 56, 40, 56);
                frame(pdf, page);
                CertificateDocument.Texts p = certificate.primary();
                CertificateDocument.Texts s = certificate.secondary();
                document.add(centred(p.programme(), bold, 13, ACCENT).setMarginBottom(0));
                document.add(centred(s.programme(), italic, 9, GREY));
                document.add(centred(p.heading(), bold, 28, ACCENT).setMarginTop(10).setMarginBottom(0));
                document.add(centred(s.heading(), italic, 11, GREY));
                document.add(centred(p.certifies() + " / " + s.certifies(), regular, 11, GREY).setMarginTop(8));
                float nameSize = fit(certificate.holderName(), bold, 34, 16);
                document.add(centred(certificate.holderName(), bold, nameSize, ColorConstants.BLACK)
                        .setMarginTop(2).setMarginBottom(2));
                document.add(centred(p.completed() + " / " + s.completed(), regular, 11, GREY));
                document.add(centred(p.courseTitle(), bold, fit(p.courseTitle(), bold, 18, 11), ColorConstants.BLACK)
                        .setMarginTop(4).setMarginBottom(0));
                document.add(centred(s.courseTitle(), italic, 10, GREY));
                document.add(centred(facts(p), regular, 11, ColorConstants.BLACK).setMarginTop(8).setMarginBottom(0));
                document.add(centred(facts(s), italic, 9, GREY));
                document.add(footer(pdf, certificate, regular, bold, italic));
            }
        }
        return out.toByteArray();
    }

    private static String facts(CertificateDocument.Texts texts) {
        return texts.hours() + "  ·  " + texts.completedOn() + (texts.validUntil() == null ? "" : "  ·  " + texts.validUntil());
    }

    private static void describe(PdfDocument pdf, CertificateDocument certificate) {
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(certificate.primary().documentTitle() + " " + certificate.code());
        info.setAuthor(certificate.issuerName());
        info.setSubject(certificate.holderName() + " · " + certificate.primary().courseTitle());
        info.setKeywords(certificate.code());
        info.setCreator("Semnal");
        pdf.getCatalog().setLang(new PdfString(certificate.languageTag()));
    }

    private static void frame(PdfDocument pdf, PageSize page) {
        PdfCanvas canvas = new PdfCanvas(pdf.addNewPage());
        Rectangle box = page.clone().applyMargins(18, 18, 18, 18, false);
        canvas.setStrokeColor(ACCENT).setLineWidth(3).rectangle(box).stroke();
        Rectangle inner = page.clone().applyMargins(26, 26, 26, 26, false);
        canvas.setStrokeColor(ACCENT).setLineWidth(0.6f).rectangle(inner).stroke();
    }

    /** The largest size from {@code max} down to {@code min} at which the text fits the line; below that it wraps. */
    static float fit(String text, PdfFont font, float max, float min) {
        float size = max;
        while (size > min && font.getWidth(text, size) > NAME_WIDTH) {
            size -= 1;
        }
        return size;
    }

    private static Paragraph centred(String text, PdfFont font, float size, com.itextpdf.kernel.colors.Color color) {
        return new Paragraph(text).setFont(font).setFontSize(size).setFontColor(color)
                .setTextAlignment(TextAlignment.CENTER).setMultipliedLeading(1.1f);
    }

    private static Table footer(PdfDocument pdf, CertificateDocument certificate, PdfFont regular, PdfFont bold,
            PdfFont italic) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {55, 45})).useAllAvailableWidth()
                .setMarginTop(14);
        Cell issuer = new Cell().setBorder(Border.NO_BORDER).setVerticalAlignment(VerticalAlignment.BOTTOM);
        if (certificate.signatureImage() != null) {
            issuer.add(new Image(ImageDataFactory.create(certificate.signatureImage())).scaleToFit(140, 48));
        }
        issuer.add(new Paragraph(certificate.issuerName()).setFont(bold).setFontSize(11).setMargin(0));
        issuer.add(new Paragraph(certificate.issuerRole()).setFont(regular).setFontSize(9).setFontColor(GREY).setMargin(0));
        BarcodeQRCode qr = new BarcodeQRCode(certificate.verifyUrl());
        PdfFormXObject qrForm = qr.createFormXObject(ColorConstants.BLACK, pdf);
        Table verify = new Table(UnitValue.createPercentArray(new float[] {62, 38})).useAllAvailableWidth();
        Cell code = new Cell().setBorder(Border.NO_BORDER).setVerticalAlignment(VerticalAlignment.MIDDLE)
                .setTextAlignment(TextAlignment.RIGHT);
        code.add(new Paragraph(certificate.primary().codeLabel() + " / " + certificate.secondary().codeLabel())
                .setFont(regular).setFontSize(8).setFontColor(GREY).setMargin(0));
        code.add(new Paragraph(certificate.code()).setFont(bold).setFontSize(11).setMargin(0));
        code.add(new Paragraph(certificate.primary().verifyAt()).setFont(regular).setFontSize(8).setFontColor(GREY)
                .setMargin(0));
        code.add(new Paragraph(certificate.verifyUrl()).setFont(italic).setFontSize(7).setMargin(0));
        verify.addCell(code);
        verify.addCell(new Cell().setBorder(Border.NO_BORDER).add(new Image(qrForm).scaleToFit(92, 92)));
        table.addCell(issuer);
        table.addCell(new Cell().setBorder(Border.NO_BORDER).add(verify));
        return table;
    }
}
