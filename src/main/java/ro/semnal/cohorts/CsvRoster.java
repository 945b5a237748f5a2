package ro.semnal.cohorts;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ro.semnal.accounts.County;
import ro.semnal.accounts.Profession;

/**
 * Reads a list of learners as Excel in Romania saves it: UTF-8 with or without a byte-order mark, comma or
 * semicolon separated, quoted fields with doubled quotes. Columns (by header, in Romanian or English, any
 * order): name, email, profession, institution, county. Pure: no Spring, no database.
 */
final class CsvRoster {

    record Row(int line, String name, String email, String profession, String institution, String county) {
    }

    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("name", "name"), Map.entry("nume", "name"), Map.entry("full name", "name"),
            Map.entry("nume complet", "name"), Map.entry("email", "email"), Map.entry("e-mail", "email"),
            Map.entry("adresa de e-mail", "email"), Map.entry("profession", "profession"), Map.entry("profesie", "profession"),
            Map.entry("institution", "institution"), Map.entry("institutie", "institution"),
            Map.entry("county", "county"), Map.entry("judet", "county"));

    private CsvRoster() {
    }

    /** The rows of the file; a header that lacks a column is reported as a single error row at line 1. */
    static List<Row> read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = parse(text, delimiter(text));
        if (records.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = records.getFirst();
        for (int i = 0; i < header.size(); i++) {
            String key = HEADERS.get(plain(header.get(i)));
            if (key != null) {
                columns.putIfAbsent(key, i);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(new Row(r + 1, cell(record, columns.get("name")), cell(record, columns.get("email")),
                    cell(record, columns.get("profession")), cell(record, columns.get("institution")),
                    cell(record, columns.get("county"))));
        }
        return rows;
    }

    /** The columns the header lacks, among name, email, profession, institution, county. */
    static List<String> missingColumns(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<List<String>> records = parse(text, delimiter(text));
        List<String> present = records.isEmpty() ? List.of()
                : records.getFirst().stream().map(h -> HEADERS.get(plain(h))).filter(h -> h != null).toList();
        return List.of("name", "email", "profession", "institution", "county").stream()
                .filter(c -> !present.contains(c)).toList();
    }

    private static String cell(List<String> record, Integer index) {
        return index == null || index >= record.size() ? "" : record.get(index).strip();
    }

    private static char delimiter(String text) {
        String first = text.lines().findFirst().orElse("");
        return first.chars().filter(c -> c == ';').count() >= first.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    /** RFC 4180 parsing with the given delimiter; quoted fields may hold delimiters, quotes and new lines. */
    static List<List<String>> parse(String text, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** Lower case, without diacritics, so "Județ", "judet" and "JUDEȚ" match. */
    static String plain(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    static Optional<Profession> profession(String value, Map<String, Profession> labels) {
        String key = plain(value).replace('-', '_').replace(' ', '_');
        return Arrays.stream(Profession.values()).filter(p -> p.name().equalsIgnoreCase(key)).findFirst()
                .or(() -> Optional.ofNullable(labels.get(plain(value))));
    }

    static Optional<County> county(String value) {
        String key = plain(value);
        return Arrays.stream(County.values())
                .filter(c -> c.name().equalsIgnoreCase(key) || plain(c.displayName()).equals(key)
                        || (c == County.B && key.startsWith("bucuresti")))
                .findFirst();
    }
}
