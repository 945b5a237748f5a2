package ro.semnal.accounts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import ro.semnal.accounts.AccountSecurityService;
import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.RegistrationValidator;
import ro.semnal.accounts.UserAccount;
import ro.semnal.base.ui.FieldErrors;
import ro.semnal.base.ui.Notifications;
import ro.semnal.base.validation.InvalidInputException;

/** The signed-in user's account: change the password or the e-mail address, sign out everywhere. */
@Route("account")
@PermitAll
@Menu(title = "nav.myAccount", order = 19, icon = "vaadin:user")
public class MyAccountView extends VerticalLayout implements HasDynamicTitle {

    private final AccountSecurityService security;
    private final AuthenticationContext authentication;

    public MyAccountView(AccountService accounts, AccountSecurityService security,
            AuthenticationContext authentication) {
        this.security = security;
        this.authentication = authentication;
        UserAccount me = accounts.current().orElseThrow();
        Paragraph who = new Paragraph(getTranslation("account.signedInAs", me.fullName(), me.email()));
        who.setId("account-who");
        add(new H2(getTranslation("account.title")), who, createPasswordForm(), createEmailForm(),
                createSignOutEverywhere());
    }

    private Component createPasswordForm() {
        PasswordField current = new PasswordField(getTranslation("field.currentPassword"));
        current.setId("current-password");
        PasswordField password = new PasswordField(getTranslation("field.newPassword"));
        password.setHelperText(getTranslation("field.password.help", RegistrationValidator.MIN_PASSWORD_LENGTH));
        PasswordField confirmation = new PasswordField(getTranslation("field.passwordConfirmation"));
        FieldErrors errors = new FieldErrors().bind("currentPassword", current).bind("password", password)
                .bind("passwordConfirmation", confirmation);
        Button save = new Button(getTranslation("account.changePassword"), click -> {
            try {
                security.changePassword(current.getValue(), password.getValue(), confirmation.getValue());
                errors.clear();
                current.clear();
                password.clear();
                confirmation.clear();
                Notifications.success(getTranslation("account.passwordChanged"));
            } catch (InvalidInputException e) {
                errors.show(e.errors()).forEach(other -> Notifications.error(getTranslation(other.messageKey())));
            }
        });
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return section("account.passwordTitle", new FormLayout(current, password, confirmation), save);
    }

    private Component createEmailForm() {
        EmailField email = new EmailField(getTranslation("field.newEmail"));
        email.setMaxLength(254);
        PasswordField current = new PasswordField(getTranslation("field.currentPassword"));
        current.setId("email-current-password");
        FieldErrors errors = new FieldErrors().bind("email", email).bind("currentPassword", current);
        Button send = new Button(getTranslation("account.changeEmail"), click -> {
            try {
                security.requestEmailChange(email.getValue(), current.getValue());
                errors.clear();
                current.clear();
                Notifications.success(getTranslation("account.emailChangeSent", email.getValue()));
            } catch (InvalidInputException e) {
                errors.show(e.errors()).forEach(other -> Notifications.error(getTranslation(other.messageKey())));
            }
        });
        send.setId("change-email");
        return section("account.emailTitle", new FormLayout(email, current), send);
    }

    private Component createSignOutEverywhere() {
        Button everywhere = new Button(getTranslation("account.signOutEverywhere"), click -> {
            security.signOutEverywhere();
            authentication.logout();
        });
        everywhere.setId("sign-out-everywhere");
        everywhere.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return section("account.sessionsTitle", new Paragraph(getTranslation("account.sessionsIntro")), everywhere);
    }

    private static Component section(String titleKey, Component... content) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setMaxWidth("720px");
        section.add(new H3(section.getTranslation(titleKey)));
        section.add(content);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " · " + getTranslation("app.name");
    }
}
