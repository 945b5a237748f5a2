package ro.semnal.accounts.ui;

import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.EmailNotVerifiedException;
import ro.semnal.accounts.LoginThrottledException;

/** Sign-in by e-mail and password; Spring Security processes the form posted to /login. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Anchor resendVerification = new Anchor("verify-email", "");

    public LoginView(AccountService accounts) {
        addClassName("semnal-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(click -> UI.getCurrent().navigate(ForgotPasswordView.class));
        login.setI18n(createI18n(getTranslation("login.error.message")));
        resendVerification.setText(getTranslation("login.resendVerification"));
        resendVerification.setId("resend-verification");
        resendVerification.setVisible(false);
        add(new LanguageSwitch(accounts), new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.tagline")),
                login, resendVerification, createRegisterLink());
    }

    private LoginI18n createI18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.email"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("login.forgotPassword"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(errorMessage);
        error.setUsername(getTranslation("login.error.emailRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    private Anchor createRegisterLink() {
        Anchor register = new Anchor("register", getTranslation("login.register"));
        register.setId("register-link");
        return register;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        login.setError(failed);
        if (failed) {
            Object reason = lastSignInProblem();
            login.setI18n(createI18n(errorMessage(reason)));
            resendVerification.setVisible(reason instanceof EmailNotVerifiedException);
        }
    }

    /** Why the last sign-in failed: Spring Security keeps the exception in the session for this page. */
    private static Object lastSignInProblem() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private String errorMessage(Object reason) {
        if (reason instanceof LoginThrottledException throttled) {
            return getTranslation("login.error.throttled", throttled.retryAfterMinutes());
        }
        if (reason instanceof EmailNotVerifiedException) {
            return getTranslation("login.error.unverified");
        }
        return getTranslation("login.error.message");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
