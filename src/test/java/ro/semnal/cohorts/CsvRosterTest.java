package ro.semnal.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ro.semnal.accounts.County;
import ro.semnal.accounts.Profession;

class CsvRosterTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_semicolon_file_with_a_byte_order_mark_quotes_and_diacritics_is_read() {
        byte[] csv = bytes("\uFEFFNume;E-mail;Profesie;Instituție;Județ\r\n"
                + "\"Țăranu; Ștefan\";stefan@ipj.ro;Polițist;\"IPJ \"\"Iași\"\"\";Iași\r\n\r\n"
                + "Ana Pop;ana@spital.ro;medical-staff;Spitalul Județean;CJ\r\n");
        List<CsvRoster.Row> rows = CsvRoster.read(csv);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).isEqualTo(new CsvRoster.Row(2, "Țăranu; Ștefan", "stefan@ipj.ro", "Polițist",
                "IPJ \"Iași\"", "Iași"));
        assertThat(rows.get(1).line()).isEqualTo(4);
        assertThat(CsvRoster.missingColumns(csv)).isEmpty();
    }

    @Test
    void a_comma_file_in_english_with_columns_in_another_order_is_read() {
        byte[] csv = bytes("email,name,county,institution,profession\nion@x.ro,Ion Pop,Bucuresti,ANITP,other\n");
        assertThat(CsvRoster.read(csv)).containsExactly(new CsvRoster.Row(2, "Ion Pop", "ion@x.ro", "other", "ANITP",
                "Bucuresti"));
    }

    @Test
    void missing_columns_are_named() {
        assertThat(CsvRoster.missingColumns(bytes("name;email\nIon;ion@x.ro\n"))).containsExactly("profession",
                "institution", "county");
    }

    @Test
    void counties_and_professions_are_recognised_by_code_name_or_label_with_or_without_diacritics() {
        assertThat(CsvRoster.county("Iași")).contains(County.IS);
        assertThat(CsvRoster.county("iasi")).contains(County.IS);
        assertThat(CsvRoster.county("B")).contains(County.B);
        assertThat(CsvRoster.county("București")).contains(County.B);
        assertThat(CsvRoster.county("Atlantis")).isEmpty();
        Map<String, Profession> labels = Map.of("politist", Profession.POLICE_OFFICER);
        assertThat(CsvRoster.profession("Polițist", labels)).contains(Profession.POLICE_OFFICER);
        assertThat(CsvRoster.profession("social-worker", labels)).contains(Profession.SOCIAL_WORKER);
        assertThat(CsvRoster.profession("astronaut", labels)).isEmpty();
    }
}
