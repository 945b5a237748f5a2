package ro.semnal.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VerificationCodesTest {

    @Test
    void a_code_has_five_groups_of_four_unambiguous_characters_and_at_least_eighty_bits() {
        String code = VerificationCodes.next();
        assertThat(code).matches("([2-9A-HJKMNP-TW-Z]{4}-){4}[2-9A-HJKMNP-TW-Z]{4}");
        assertThat(code).doesNotContain("0", "O", "1", "I", "L", "U", "V");
        double bits = VerificationCodes.LENGTH * Math.log(VerificationCodes.ALPHABET.length()) / Math.log(2);
        assertThat(bits).isGreaterThanOrEqualTo(80);
    }

    @Test
    void ten_thousand_codes_are_all_different() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(VerificationCodes.next());
        }
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void a_typed_code_is_accepted_in_any_case_with_or_without_dashes_and_spaces() {
        String code = VerificationCodes.next();
        String typed = " " + code.toLowerCase().replace("-", " ") + " ";
        assertThat(VerificationCodes.normalise(typed)).contains(code);
        assertThat(VerificationCodes.normalise(code.replace("-", ""))).contains(code);
    }

    @Test
    void something_that_cannot_be_a_code_is_refused() {
        assertThat(VerificationCodes.normalise(null)).isEmpty();
        assertThat(VerificationCodes.normalise("ABCD")).isEmpty();
        assertThat(VerificationCodes.normalise("O000-1111-IIII-LLLL-UUUU")).isEmpty();
        assertThat(VerificationCodes.normalise("' OR 1=1 --")).isEmpty();
    }
}
