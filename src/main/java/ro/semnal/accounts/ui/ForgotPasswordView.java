package ro.semnal.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import ro.semnal.accounts.AccountSecurityService;
import ro.semnal.accounts.AccountService;

/**
 * "Forgot password?": asks for the address and mails a reset link. The answer is the same whether or not
 * the address has an account.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    private final EmailField email = new EmailField();
    private final Paragraph sent = new Paragraph();

    public ForgotPasswordView(AccountService accounts, AccountSecurityService security) {
        addClassName("semnal-login");
        setAlignItems(FlexComponent.Alignment.CENTER);
        email.setLabel(getTranslation("field.email"));
        email.setMaxLength(254);
        sent.setId("reset-sent");
        sent.setVisible(false);
        Button send = new Button(getTranslation("forgotPassword.submit"), click -> {
            security.requestPasswordReset(email.getValue());
            sent.setText(getTranslation("forgotPassword.sent"));
            sent.setVisible(true);
        });
        send.setId("send-reset");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new LanguageSwitch(accounts), new H1(getTranslation("forgotPassword.title")),
                new Paragraph(getTranslation("forgotPassword.intro")), email, send, sent,
                new Anchor("login", getTranslation("register.haveAccount")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgotPassword.title") + " · " + getTranslation("app.name");
    }
}
