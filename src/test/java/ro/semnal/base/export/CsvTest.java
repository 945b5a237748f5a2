package ro.semnal.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+40 721")).isEqualTo("\"'+40 721\"");
        assertThat(Csv.cell("-2+3")).isEqualTo("\"'-2+3\"");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(Csv.cell("\tx")).isEqualTo("\"'\tx\"");
        assertThat(Csv.cell("Ștefan; \"Țuțu\"")).isEqualTo("\"Ștefan; \"\"Țuțu\"\"\"");
        assertThat(Csv.cell(null)).isEqualTo("\"\"");
    }

    @Test
    void the_file_is_utf8_with_a_byte_order_mark_and_semicolons() {
        byte[] csv = Csv.write(List.of("Nume", "Județ"), List.of(List.of("Ioana Țăran", "Iași")));
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\"Nume\";\"Județ\"\r\n\"Ioana Țăran\";\"Iași\"\r\n");
    }
}
