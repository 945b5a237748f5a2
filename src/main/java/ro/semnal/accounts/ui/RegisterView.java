package ro.semnal.accounts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.County;
import ro.semnal.accounts.Profession;
import ro.semnal.accounts.Registration;
import ro.semnal.accounts.RegistrationValidator;
import ro.semnal.base.i18n.Language;
import ro.semnal.base.ui.FieldErrors;
import ro.semnal.base.ui.Notifications;
import ro.semnal.base.validation.InvalidInputException;

/** Self-registration as a learner. The service checks every field; its errors are shown on the fields. */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
public class RegisterView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final TextField fullName = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final PasswordField passwordConfirmation = new PasswordField();
    private final ComboBox<Profession> profession = new ComboBox<>();
    private final TextField institution = new TextField();
    private final ComboBox<County> county = new ComboBox<>();
    private final Select<Language> language = new Select<>();
    private final FieldErrors errors = new FieldErrors();

    public RegisterView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("semnal-register");
        setAlignItems(FlexComponent.Alignment.CENTER);
        add(new LanguageSwitch(accounts), new H1(getTranslation("register.title")),
                new Paragraph(getTranslation("register.intro")), createForm(), createSubmit(),
                new Anchor("login", getTranslation("register.haveAccount")));
    }

    private FormLayout createForm() {
        fullName.setLabel(getTranslation("field.fullName"));
        fullName.setMaxLength(200);
        fullName.setAutocomplete(Autocomplete.NAME);
        email.setLabel(getTranslation("field.email"));
        email.setMaxLength(254);
        password.setLabel(getTranslation("field.password"));
        password.setHelperText(getTranslation("field.password.help", RegistrationValidator.MIN_PASSWORD_LENGTH));
        passwordConfirmation.setLabel(getTranslation("field.passwordConfirmation"));
        profession.setLabel(getTranslation("field.profession"));
        profession.setItems(Profession.values());
        profession.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        institution.setLabel(getTranslation("field.institution"));
        institution.setMaxLength(200);
        county.setLabel(getTranslation("field.county"));
        county.setItems(County.alphabetical());
        county.setItemLabelGenerator(County::displayName);
        language.setLabel(getTranslation("field.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> getTranslation("language." + l.code()));
        language.setValue(Language.of(UI.getCurrent().getLocale()));
        errors.bind("fullName", fullName).bind("email", email).bind("password", password)
                .bind("passwordConfirmation", passwordConfirmation).bind("profession", profession)
                .bind("institution", institution).bind("county", county);
        FormLayout form = new FormLayout(fullName, email, password, passwordConfirmation, profession, institution,
                county, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setMaxWidth("720px");
        return form;
    }

    private Button createSubmit() {
        Button submit = new Button(getTranslation("register.submit"), click -> submit());
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return submit;
    }

    private void submit() {
        Registration registration = new Registration(fullName.getValue(), email.getValue(), password.getValue(),
                passwordConfirmation.getValue(), profession.getValue(), institution.getValue(), county.getValue(),
                language.getValue());
        try {
            accounts.register(registration);
            errors.clear();
            Notifications.success(getTranslation("register.done"));
            UI.getCurrent().navigate(LoginView.class);
        } catch (InvalidInputException e) {
            errors.show(e.errors()).forEach(other -> Notifications.error(getTranslation(other.messageKey())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " · " + getTranslation("app.name");
    }
}
