package ro.semnal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final String EMAIL = "ioana.popescu@politia.ro";

    @Test
    void the_shipped_list_holds_thousands_of_common_passwords() {
        assertThat(CommonPasswords.size()).isGreaterThan(5000);
    }

    @Test
    void a_common_romanian_password_is_refused_whatever_its_letter_case() {
        assertThat(RegistrationValidator.password("parola123456", EMAIL)).contains("validation.password.common");
        assertThat(RegistrationValidator.password("PAROLA123456", EMAIL)).contains("validation.password.common");
        assertThat(RegistrationValidator.password("TeIubescMult", EMAIL)).contains("validation.password.common");
    }

    @Test
    void well_known_leaked_passwords_of_twelve_characters_or_more_are_refused() {
        assertThat(RegistrationValidator.password("qwerty123456", EMAIL)).contains("validation.password.common");
        assertThat(RegistrationValidator.password("Password1234", EMAIL)).contains("validation.password.common");
        assertThat(RegistrationValidator.password("1q2w3e4r5t6y", EMAIL)).contains("validation.password.common");
    }

    @Test
    void a_password_containing_the_local_part_of_the_email_is_refused() {
        assertThat(RegistrationValidator.password("Ioana.Popescu-2026!", EMAIL))
                .contains("validation.password.containsEmail");
        assertThat(RegistrationValidator.password(EMAIL, EMAIL)).contains("validation.password.sameAsEmail");
    }

    @Test
    void a_very_short_local_part_does_not_forbid_its_letters_in_passwords() {
        assertThat(RegistrationValidator.password("ana are mere multe", "an@politia.ro")).isEmpty();
    }

    @Test
    void length_decides_not_composition() {
        assertThat(RegistrationValidator.password("scurt-11car", EMAIL)).contains("validation.password.tooShort");
        assertThat(RegistrationValidator.password("munte verde cu brazi", EMAIL)).isEmpty();
        assertThat(RegistrationValidator.password("ăîâșțăîâșțăî", EMAIL)).isEmpty();
        assertThat(RegistrationValidator.password("x".repeat(128), EMAIL)).isEmpty();
        assertThat(RegistrationValidator.password("x".repeat(129), EMAIL)).contains("validation.password.tooLong");
    }

    @Test
    void the_demo_passwords_in_the_readme_pass_the_policy() {
        assertThat(RegistrationValidator.password("semnal-demo-cursant-2026", "learner@semnal.local")).isEmpty();
        assertThat(RegistrationValidator.password("semnal-demo-formator-2026", "trainer@semnal.local")).isEmpty();
        assertThat(RegistrationValidator.password("semnal-demo-coordonator-2026", "coordinator@semnal.local"))
                .isEmpty();
    }
}
