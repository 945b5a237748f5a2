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
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
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
