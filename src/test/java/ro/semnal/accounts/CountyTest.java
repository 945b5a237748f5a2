package ro.semnal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CountyTest {

    @Test
    void there_are_forty_one_counties_and_bucharest() {
        assertThat(County.values()).hasSize(42);
        assertThat(County.B.displayName()).isEqualTo("București");
        assertThat(Arrays.stream(County.values()).map(County::displayName).distinct()).hasSize(42);
    }

    @Test
    void the_list_is_alphabetical_in_romanian_with_diacritics_in_place() {
        assertThat(County.alphabetical()).first().isEqualTo(County.AB);
        assertThat(County.alphabetical()).last().isEqualTo(County.VN);
        // Romanian collation puts "Călărași" after "Caraș-Severin" and "Sălaj" after "Satu Mare".
        assertThat(County.alphabetical().indexOf(County.CL)).isGreaterThan(County.alphabetical().indexOf(County.CS));
        assertThat(County.alphabetical().indexOf(County.SJ)).isGreaterThan(County.alphabetical().indexOf(County.SM));
    }
}
