package ro.semnal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import ro.semnal.base.i18n.Language;
import ro.semnal.base.validation.FieldError;

class RegistrationValidatorTest {

    private static Registration valid() {
        return new Registration("Ștefan Țăranu-Ionescu", "stefan@ipj-cluj.ro", "o frază lungă și ușoară", "o frază lungă și ușoară",
                Profession.POLICE_OFFICER, "IPJ Cluj", County.CJ, Language.RO);
    }

    @Test
    void a_complete_registration_with_diacritics_is_accepted() {
        assertThat(RegistrationValidator.validate(valid())).isEmpty();
    }

    @Test
    void an_empty_form_reports_every_missing_field_at_once() {
        List<FieldError> errors = RegistrationValidator.validate(
                new Registration(" ", "", "", "", null, " ", null, null));
        assertThat(errors).containsExactlyInAnyOrder(
                new FieldError("fullName", "validation.fullName.required"),
                new FieldError("email", "validation.email.required"),
                new FieldError("password", "validation.password.required"),
                new FieldError("profession", "validation.profession.required"),
                new FieldError("institution", "validation.institution.required"),
                new FieldError("county", "validation.county.required"));
    }

    @Test
    void a_malformed_email_is_refused() {
        for (String email : List.of("ion", "ion@", "@ipj.ro", "ion@ipj", "ion popescu@ipj.ro", "ion@@ipj.ro")) {
            Registration r = new Registration("Ion Pop", email, "o frază lungă și ușoară", "o frază lungă și ușoară",
                    Profession.JUDGE, "Tribunalul Iași", County.IS, Language.RO);
            assertThat(RegistrationValidator.validate(r)).as(email)
                    .containsExactly(new FieldError("email", "validation.email.invalid"));
        }
    }

    @Test
    void a_password_shorter_than_twelve_characters_is_refused_and_one_of_twelve_accepted() {
        Registration shortOne = new Registration("Ion Pop", "ion@ipj.ro", "brazi verzi", "brazi verzi",
                Profession.JUDGE, "Tribunalul Iași", County.IS, Language.RO);
        assertThat(RegistrationValidator.validate(shortOne))
                .containsExactly(new FieldError("password", "validation.password.tooShort"));
        Registration twelve = new Registration("Ion Pop", "ion@ipj.ro", "brazi verzi!", "brazi verzi!",
                Profession.JUDGE, "Tribunalul Iași", County.IS, Language.RO);
        assertThat(RegistrationValidator.validate(twelve)).isEmpty();
    }

    @Test
    void mismatched_confirmation_and_password_equal_to_the_email_are_refused() {
        Registration mismatch = new Registration("Ion Pop", "ion@ipj.ro", "o frază lungă și ușoară", "alta",
                Profession.JUDGE, "Tribunalul Iași", County.IS, Language.RO);
        assertThat(RegistrationValidator.validate(mismatch))
                .containsExactly(new FieldError("passwordConfirmation", "validation.password.mismatch"));
        Registration sameAsEmail = new Registration("Ion Pop", "ion.popescu@ipj.ro", "ION.POPESCU@ipj.ro",
                "ION.POPESCU@ipj.ro", Profession.JUDGE, "Tribunalul Iași", County.IS, Language.RO);
        assertThat(RegistrationValidator.validate(sameAsEmail))
                .containsExactly(new FieldError("password", "validation.password.sameAsEmail"));
    }

    @Test
    void a_name_with_digits_or_markup_is_refused() {
        for (String name : List.of("Ion 2", "<script>alert(1)</script>", "Ion;Pop")) {
            Registration r = new Registration(name, "ion@ipj.ro", "o frază lungă și ușoară", "o frază lungă și ușoară",
                    Profession.JUDGE, "Tribunalul Iași", County.IS, Language.RO);
            assertThat(RegistrationValidator.validate(r)).as(name)
                    .containsExactly(new FieldError("fullName", "validation.fullName.characters"));
        }
    }
}
