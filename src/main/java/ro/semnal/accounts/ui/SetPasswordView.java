package ro.semnal.accounts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.RegistrationValidator;
import ro.semnal.base.ui.FieldErrors;
import ro.semnal.base.ui.Notifications;
import ro.semnal.base.validation.InvalidInputException;

/** Sets a password through the single-use link e-mailed to an invited learner. */
@Route(value = "set-password/:token", autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements BeforeEnterObserver {

    private final PasswordField password = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final FieldErrors errors = new FieldErrors();
    private String token = "";

    public SetPasswordView(AccountService accounts) {
        setAlignItems(FlexComponent.Alignment.CENTER);
        addClassName("semnal-login");
        password.setLabel(getTranslation("field.password"));
        password.setHelperText(getTranslation("field.password.help", RegistrationValidator.MIN_PASSWORD_LENGTH));
        confirmation.setLabel(getTranslation("field.passwordConfirmation"));
        errors.bind("password", password).bind("passwordConfirmation", confirmation).bind("token", password);
        Button save = new Button(getTranslation("setPassword.submit"), click -> {
            try {
                accounts.setPassword(token, password.getValue(), confirmation.getValue());
                Notifications.success(getTranslation("setPassword.done"));
                UI.getCurrent().navigate(LoginView.class);
            } catch (InvalidInputException e) {
                errors.show(e.errors());
            }
        });
        save.setId("set-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new LanguageSwitch(accounts), new H1(getTranslation("setPassword.title")), password, confirmation, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
    }
}
