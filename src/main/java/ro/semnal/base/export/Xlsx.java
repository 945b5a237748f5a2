package ro.semnal.base.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes tables to an XLSX workbook, one sheet each: numbers as numeric cells, text as text cells (never a
 * formula; a leading =, +, - or @ is neutralised as in {@link Csv}), a bold header row.
 */
public final class Xlsx {

    /** One sheet: its name (cut to Excel's 31 characters), header and rows of text, numbers or nulls. */
    public record Table(String name, List<String> header, List<List<Object>> rows) {
    }

    private Xlsx() {
    }

    public static byte[] write(List<Table> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            java.util.Set<String> names = new java.util.HashSet<>();
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(unique(WorkbookUtil.createSafeSheetName(table.name()), names));
                Row header = sheet.createRow(0);
                for (int i = 0; i < table.header().size(); i++) {
                    header.createCell(i).setCellValue(table.header().get(i));
                    header.getCell(i).setCellStyle(bold);
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> cells = table.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        switch (cells.get(c)) {
                            case null -> row.createCell(c);
                            case Double d -> {
                                row.createCell(c).setCellValue(d);
                                row.getCell(c).setCellStyle(decimal);
                            }
                            case Number n -> row.createCell(c).setCellValue(n.doubleValue());
                            case Object o -> row.createCell(c).setCellValue(text(o.toString()));
                        }
                    }
                }
                for (int i = 0; i < table.header().size(); i++) {
                    sheet.setColumnWidth(i, Math.min(60, Math.max(12, table.header().get(i).length() + 4)) * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String value) {
        return Csv.neutralise(value);
    }

    private static String unique(String name, java.util.Set<String> taken) {
        String candidate = name;
        for (int i = 2; !taken.add(candidate.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " " + i;
            candidate = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }
}
