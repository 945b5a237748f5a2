package ro.semnal.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import ro.semnal.accounts.AccountSecurityService;
import ro.semnal.accounts.AccountService;
import ro.semnal.base.validation.InvalidInputException;

/**
 * With a token (the link of the verification mail): confirms the address. Without one: sends the link
 * again to an address that has an unverified account, answering the same in every case.
 */
@Route(value = "verify-email/:token?", autoLayout = false)
@AnonymousAllowed
public class VerifyEmailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountSecurityService security;
    private final Paragraph result = new Paragraph();
    private final VerticalLayout resend = new VerticalLayout();

    public VerifyEmailView(AccountService accounts, AccountSecurityService security) {
        this.security = security;
        addClassName("semnal-login");
        setAlignItems(FlexComponent.Alignment.CENTER);
        result.setId("verify-result");
        add(new LanguageSwitch(accounts), new H1(getTranslation("verifyEmail.title")), result, createResend(),
                new Anchor("login", getTranslation("register.haveAccount")));
    }

    private VerticalLayout createResend() {
        EmailField email = new EmailField(getTranslation("field.email"));
        email.setMaxLength(254);
        Button send = new Button(getTranslation("verifyEmail.resend"), click -> {
            security.resendVerification(email.getValue());
            result.setText(getTranslation("verifyEmail.resent"));
        });
        send.setId("resend-verification");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resend.setPadding(false);
        resend.setAlignItems(FlexComponent.Alignment.CENTER);
        resend.add(new Paragraph(getTranslation("verifyEmail.resendIntro")), email, send);
        return resend;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("token").ifPresent(token -> {
            try {
                security.verifyEmail(token);
                result.setText(getTranslation("verifyEmail.done"));
                resend.setVisible(false);
            } catch (InvalidInputException e) {
                result.setText(getTranslation("validation.token.invalid"));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verifyEmail.title") + " · " + getTranslation("app.name");
    }
}
