package ro.semnal.base.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as spreadsheet programs in Romania open it: UTF-8 with a byte-order mark, semicolons, quoted
 * fields. A cell that starts with =, +, -, @, a tab or a carriage return is prefixed with an apostrophe,
 * so a spreadsheet never runs it as a formula (CSV injection).
 */
public final class Csv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    public static byte[] write(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        csv.append(line(header));
        rows.forEach(row -> csv.append(line(row)));
        return withBom(csv.toString());
    }

    private static byte[] withBom(String csv) {
        byte[] text = csv.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    /**
     * A table whose cells are text, whole numbers or decimals (one decimal, in the reader's locale) or null;
     * only text is neutralised, so a negative number stays a number.
     */
    public static byte[] writeTyped(List<String> header, List<List<Object>> rows, java.util.Locale locale) {
        StringBuilder csv = new StringBuilder(line(header));
        for (List<Object> row : rows) {
            csv.append(row.stream().map(value -> switch (value) {
                case null -> "\"\"";
                case Double d -> "\"" + String.format(locale, "%.1f", d) + "\"";
                case Number n -> "\"" + n + "\"";
                default -> cell(value.toString());
            }).collect(Collectors.joining(";"))).append("\r\n");
        }
        return withBom(csv.toString());
    }

    private static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(";")) + "\r\n";
    }

    /** One cell, neutralised and quoted. */
    public static String cell(String value) {
        return "\"" + neutralise(value).replace("\"", "\"\"") + "\"";
    }

    /** The value, prefixed with an apostrophe when it starts like a formula; for every export format. */
    public static String neutralise(String value) {
        String text = value == null ? "" : value;
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
