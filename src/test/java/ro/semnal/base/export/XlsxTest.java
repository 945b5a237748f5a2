package ro.semnal.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxTest {

    private static final List<List<Object>> ROWS = List.of(
            Arrays.asList("=HYPERLINK(\"http://evil\")", -5.25, 3L),
            Arrays.asList("Spitalul Județean", null, 0L));

    @Test
    void text_that_looks_like_a_formula_stays_text_and_numbers_stay_numbers() throws IOException {
        byte[] bytes = Xlsx.write(List.of(new Xlsx.Table("trained-by-institution", List.of("Instituția", "Câștig", "N"), ROWS)));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheet("trained-by-institution");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Instituția");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\")");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(-5.25);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(3.0);
            assertThat(sheet.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void two_tables_with_the_same_long_name_get_distinct_sheets() throws IOException {
        String name = "a-very-long-table-name-beyond-thirty-one-characters";
        byte[] bytes = Xlsx.write(List.of(new Xlsx.Table(name, List.of("x"), List.of()), new Xlsx.Table(name, List.of("x"), List.of())));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isNotEqualTo(workbook.getSheetName(1));
        }
    }

    @Test
    void a_typed_csv_keeps_negative_numbers_and_neutralises_text() {
        String csv = new String(Csv.writeTyped(List.of("Instituția", "Câștig", "N"), ROWS, Locale.of("ro")), StandardCharsets.UTF_8);

        assertThat(csv.lines().toList()).containsExactly("\uFEFF\"Instituția\";\"Câștig\";\"N\"",
                "\"'=HYPERLINK(\"\"http://evil\"\")\";\"-5,3\";\"3\"", "\"Spitalul Județean\";\"\";\"0\"");
    }
}
