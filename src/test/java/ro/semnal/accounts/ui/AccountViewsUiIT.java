package ro.semnal.accounts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.County;
import ro.semnal.accounts.Profession;
import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.testsupport.KaribuTest;
import ro.semnal.testsupport.TestUsers;

class AccountViewsUiIT extends KaribuTest {

    @Autowired
    AccountService accounts;

    private static <T extends com.vaadin.flow.component.Component> T field(Class<T> type, String label) {
        return _get(type, spec -> spec.withLabel(label));
    }

    @Test
    void registering_with_an_empty_form_marks_every_required_field_with_a_message() {
        UI.getCurrent().navigate(RegisterView.class);
        _click(_get(Button.class, spec -> spec.withId("register-submit")));

        TextField name = field(TextField.class, "Nume complet");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Introdu numele complet.");
        assertThat(field(EmailField.class, "Adresă de e-mail").getErrorMessage()).isEqualTo("Introdu adresa de e-mail.");
        assertThat(field(PasswordField.class, "Parolă").getErrorMessage()).isEqualTo("Alege o parolă.");
        assertThat(field(ComboBox.class, "Profesie").isInvalid()).isTrue();
        assertThat(field(ComboBox.class, "Județ").isInvalid()).isTrue();
        _assertOne(RegisterView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_valid_registration_creates_a_learner_and_leads_to_the_login_page() {
        String email = TestUsers.uniqueEmail("nou");
        UI.getCurrent().navigate(RegisterView.class);
        _setValue(field(TextField.class, "Nume complet"), "Irina Țepeș");
        _setValue(field(EmailField.class, "Adresă de e-mail"), email);
        _setValue(field(PasswordField.class, "Parolă"), TestUsers.PASSWORD);
        _setValue(field(PasswordField.class, "Confirmă parola"), TestUsers.PASSWORD);
        _setValue((ComboBox<Profession>) field(ComboBox.class, "Profesie"), Profession.MEDICAL_STAFF);
        _setValue(field(TextField.class, "Instituție"), "Spitalul Județean Suceava");
        _setValue((ComboBox<County>) field(ComboBox.class, "Județ"), County.SV);
        _click(_get(Button.class, spec -> spec.withId("register-submit")));

        _assertOne(LoginView.class);
        UserAccount created = accounts.findByEmail(email).orElseThrow();
        assertThat(created.fullName()).isEqualTo("Irina Țepeș");
        assertThat(created.roles()).containsExactly(Role.LEARNER);
        assertThat(created.county()).isEqualTo(County.SV);
    }

    @Test
    void a_duplicate_email_is_shown_on_the_email_field() {
        UserAccount existing = users.create("Deja Existent", Role.LEARNER);
        UI.getCurrent().navigate(RegisterView.class);
        _setValue(field(EmailField.class, "Adresă de e-mail"), existing.email().toUpperCase());
        _click(_get(Button.class, spec -> spec.withId("register-submit")));
        assertThat(field(EmailField.class, "Adresă de e-mail").getErrorMessage())
                .isEqualTo("Există deja un cont cu această adresă de e-mail.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_searches_a_user_and_makes_them_a_trainer() {
        UserAccount admin = users.create("Admin Grilă", Role.ADMIN);
        UserAccount learner = users.create("Căutat Anume Zzq", Role.LEARNER);
        login(admin);
        UI.getCurrent().navigate(AdminUsersView.class);

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Caută după nume sau e-mail")), "anume zzq");
        Grid<UserAccount> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "email")).isEqualTo(learner.email());
        assertThat(GridKt._getFormatted(grid, 0, "roles")).isEqualTo("Cursant");

        GridKt._clickItem(grid, 0);
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class);
        _setValue(roles, Set.of(Role.LEARNER, Role.TRAINER));
        _click(_get(Button.class, spec -> spec.withId("edit-user-save")));

        assertThat(accounts.findByEmail(learner.email()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.LEARNER, Role.TRAINER);
        assertThat(GridKt._getFormatted(grid, 0, "roles")).isEqualTo("Cursant, Formator");
    }

    @Test
    void an_administrator_is_told_they_cannot_deactivate_themselves() {
        UserAccount admin = users.create("Admin Singur Qqx", Role.ADMIN);
        login(admin);
        UI.getCurrent().navigate(AdminUsersView.class);
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Caută după nume sau e-mail")), "singur qqx");
        GridKt._clickItem(_get(Grid.class), 0);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Cont activ")), false);
        _click(_get(Button.class, spec -> spec.withId("edit-user-save")));

        assertThat(_get(Checkbox.class, spec -> spec.withLabel("Cont activ")).getErrorMessage())
                .isEqualTo("Nu îți poți dezactiva propriul cont.");
        assertThat(accounts.findByEmail(admin.email()).orElseThrow().active()).isTrue();
    }
}
