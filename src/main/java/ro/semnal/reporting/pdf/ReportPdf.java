package ro.semnal.reporting.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.svg.converter.SvgConverter;
import com.itextpdf.svg.processors.impl.SvgConverterProperties;

import ro.semnal.reporting.ReportTable;

/**
 * The programme report as PDF: a title page block (title, date, filters, headline figures), then every table
 * with its chart, drawn from the same SVG as the dashboard, in DejaVu fonts embedded in full so Romanian
 * diacritics survive. Text from the database (institution names, cohort names) is laid out as text, never
 * interpreted.
 */
public final class ReportPdf {

    /** What the report holds, already in the reader's language. */
    public record Content(String title, String generated, String filters, List<String[]> headline, List<ReportTable> tables,
            Locale locale, String pageLabel, String moreRowsLabel) {
    }

    /** Longer tables (institutions) print their first 50 rows and say how many more the CSV/XLSX export holds. */
    static final int MAX_ROWS = 50;

    private static final DeviceRgb ACCENT = new DeviceRgb(0x7a, 0x1f, 0x3d);
    private static final DeviceRgb LIGHT = new DeviceRgb(0xf3, 0xee, 0xf0);
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    private ReportPdf() {
    }

    private static byte[] font(String file) {
        try (InputStream in = ReportPdf.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font not on the classpath: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders the report; {@code progress} hears the number of tables laid out so far. */
    public static byte[] render(Content content, IntConsumer progress) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfDocument pdf = new PdfDocument(new PdfWriter(out));
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(content.title());
            info.setCreator("Semnal");
            PdfFont regular = pdfFont(REGULAR);
            PdfFont bold = pdfFont(BOLD);
            FontProvider fonts = new FontProvider();
            fonts.addFont(REGULAR);
            fonts.addFont(BOLD);
            SvgConverterProperties svg = new SvgConverterProperties();
            svg.setFontProvider(fonts);
            Document document = new Document(pdf, PageSize.A4, false);
            document.setMargins(40, 40, 50, 40);
            document.setFont(regular).setFontSize(9.5f);

            document.add(new Paragraph(content.title()).setFont(bold).setFontSize(20).setFontColor(ACCENT));
            document.add(new Paragraph(content.generated()).setFontColor(ColorConstants.DARK_GRAY));
            document.add(new Paragraph(content.filters()).setFontColor(ColorConstants.DARK_GRAY));
            document.add(headline(content.headline(), regular, bold));
            int done = 0;
            for (ReportTable table : content.tables()) {
                document.add(new AreaBreak());
                document.add(new Paragraph(table.title()).setFont(bold).setFontSize(14).setFontColor(ACCENT));
                document.add(new Paragraph(table.note()).setFontColor(ColorConstants.DARK_GRAY).setFontSize(8.5f));
                if (table.chartSvg() != null) {
                    Image chart = SvgConverter.convertToImage(
                            new ByteArrayInputStream(table.chartSvg().getBytes(StandardCharsets.UTF_8)), pdf, svg);
                    chart.setAutoScale(true);
                    chart.setMaxHeight(330);
                    document.add(chart);
                }
                document.add(table(table, content.locale(), regular, bold));
                if (table.rows().size() > MAX_ROWS) {
                    document.add(new Paragraph(String.format(content.locale(), content.moreRowsLabel(), table.rows().size() - MAX_ROWS))
                            .setFontColor(ColorConstants.DARK_GRAY).setFontSize(8.5f));
                }
                progress.accept(++done);
            }
            int pages = pdf.getNumberOfPages();
            for (int i = 1; i <= pages; i++) {
                document.showTextAligned(new Paragraph(String.format(content.pageLabel(), i, pages)).setFontSize(8)
                        .setFontColor(ColorConstants.GRAY), 297.5f, 25, i, TextAlignment.CENTER,
                        com.itextpdf.layout.properties.VerticalAlignment.BOTTOM, 0);
            }
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfFont pdfFont(byte[] bytes) throws IOException {
        FontProgram program = FontProgramFactory.createFont(bytes);
        return PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H,
                PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
    }

    private static Table headline(List<String[]> items, PdfFont regular, PdfFont bold) {
        Table table = new Table(UnitValue.createPercentArray(3)).useAllAvailableWidth().setMarginTop(14);
        for (String[] item : items) {
            table.addCell(new Cell().setBackgroundColor(LIGHT).setBorder(new SolidBorder(ColorConstants.WHITE, 3))
                    .setPadding(8)
                    .add(new Paragraph(item[1]).setFont(bold).setFontSize(18).setFontColor(ACCENT))
                    .add(new Paragraph(item[0]).setFont(regular).setFontSize(9)));
        }
        for (int i = items.size(); i % 3 != 0; i++) {
            table.addCell(new Cell().setBorder(com.itextpdf.layout.borders.Border.NO_BORDER));
        }
        return table;
    }

    private static Table table(ReportTable data, Locale locale, PdfFont regular, PdfFont bold) {
        Table table = new Table(UnitValue.createPercentArray(data.header().size())).useAllAvailableWidth().setMarginTop(8);
        for (String heading : data.header()) {
            table.addHeaderCell(new Cell().add(new Paragraph(heading).setFont(bold)).setBackgroundColor(LIGHT));
        }
        for (List<Object> row : data.rows().subList(0, Math.min(MAX_ROWS, data.rows().size()))) {
            for (Object cell : row) {
                Paragraph text = new Paragraph(format(cell, locale));
                if (cell instanceof Number) {
                    text.setTextAlignment(TextAlignment.RIGHT);
                }
                table.addCell(new Cell().add(text).setFont(regular));
            }
        }
        return table;
    }

    static String format(Object cell, Locale locale) {
        return switch (cell) {
            case null -> "—";
            case Double d -> String.format(locale, "%.1f", d);
            case Number n -> String.format(locale, "%,d", n.longValue());
            default -> cell.toString();
        };
    }
}
