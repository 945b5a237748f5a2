package ro.semnal.reporting.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import ro.semnal.reporting.ReportTable;

class ReportPdfTest {

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static ReportPdf.Content content(List<ReportTable> tables) {
        return new ReportPdf.Content("Programul Semnal: raport", "Generat la 29.11.2026 10:00", "Filtre: niciun filtru",
                List.<String[]>of(new String[] {"Specialiști formați", "1.234"}), tables, Locale.of("ro", "RO"),
                "Pagina %1$d din %2$d", "… și încă %1$,d rânduri: tabelul întreg este în exportul CSV sau XLSX.");
    }

    @Test
    void a_long_table_prints_its_first_rows_and_says_how_many_more_the_export_holds() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= ReportPdf.MAX_ROWS + 1_205; i++) {
            rows.add(List.of("Instituția nr. " + i, (long) i));
        }
        ReportTable institutions = new ReportTable("trained-by-institution", "Specialiști formați pe instituții", "Notă",
                List.of("Instituția", "Specialiști formați"), rows, null);

        String text = text(ReportPdf.render(content(List.of(institutions)), done -> { }));

        assertThat(text).contains("Instituția nr. " + ReportPdf.MAX_ROWS + " ")
                .doesNotContain("Instituția nr. " + (ReportPdf.MAX_ROWS + 1) + " ")
                .contains("… și încă 1.205 rânduri: tabelul întreg este în exportul CSV sau XLSX.");
    }

    @Test
    void text_from_the_database_is_printed_as_text_with_its_diacritics() throws IOException {
        ReportTable table = new ReportTable("trained-by-institution", "Specialiști formați pe instituții", "Notă",
                List.of("Instituția", "N"), List.of(List.<Object>of("<b>Școala</b> „Țara” =1+1", 3L)), null);

        String text = text(ReportPdf.render(content(List.of(table)), done -> { }));

        assertThat(text).contains("<b>Școala</b> „Țara” =1+1", "Pagina 1 din 2", "Specialiști formați")
                .doesNotContain("… și încă");
    }
}
