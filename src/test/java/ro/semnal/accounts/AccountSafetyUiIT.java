package ro.semnal.accounts;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

import ro.semnal.accounts.ui.ForgotPasswordView;
import ro.semnal.accounts.ui.MyAccountView;
import ro.semnal.accounts.ui.VerifyEmailView;
import ro.semnal.testsupport.KaribuTest;
import ro.semnal.testsupport.TestUsers;

class AccountSafetyUiIT extends KaribuTest {

    @Autowired
    AuthenticationProvider signInProvider;

    private static void failedSignIn(Exception reason) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, reason);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
    }

    /** The texts the login form shows, as sent to the browser. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void a_throttled_sign_in_tells_how_many_minutes_to_wait() {
        failedSignIn(new LoginThrottledException(Duration.ofSeconds(130)));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Prea multe încercări de autentificare. Încearcă din nou peste 3 minute.");
        _assertNone(Anchor.class, spec -> spec.withId("resend-verification"));
    }

    @Test
    void an_unverified_sign_in_offers_to_send_the_confirmation_again() {
        failedSignIn(new EmailNotVerifiedException());
        assertThat(i18n(_get(LoginForm.class))).contains("Adresa de e-mail nu a fost încă confirmată.")
                .doesNotContain("Prea multe");
        Anchor resend = _get(Anchor.class, spec -> spec.withId("resend-verification"));
        assertThat(resend.isVisible()).isTrue();
        assertThat(resend.getHref()).isEqualTo("verify-email");
    }

    @Test
    void the_login_page_leads_to_the_password_reset_page() {
        UI.getCurrent().navigate("login");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isForgotPasswordButtonVisible()).isTrue();
        assertThat(i18n(form)).contains("Ai uitat parola?");
    }

    @Test
    void the_reset_page_answers_the_same_for_a_known_and_an_unknown_address() {
        String known = users.create("Stie Adresa", Role.LEARNER).email();
        String[] answers = new String[2];
        String[] addresses = {known, TestUsers.uniqueEmail("necunoscut")};
        for (int i = 0; i < 2; i++) {
            UI.getCurrent().navigate(ForgotPasswordView.class);
            _setValue(_get(EmailField.class), addresses[i]);
            _click(_get(Button.class, spec -> spec.withId("send-reset")));
            answers[i] = _get(Paragraph.class, spec -> spec.withId("reset-sent")).getText();
        }
        assertThat(answers[0]).isEqualTo(answers[1]).startsWith("Dacă există un cont cu această adresă");
    }

    @Test
    void a_used_or_made_up_verification_link_says_it_no_longer_works() {
        UI.getCurrent().navigate("verify-email/inventat-de-cineva-1234567890");
        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-result")).getText())
                .startsWith("Linkul nu mai este valabil");
    }

    @Test
    void on_my_account_a_wrong_current_password_is_shown_on_its_field_and_the_right_one_changes_it() {
        UserAccount user = users.create("Contul Meu", Role.LEARNER);
        login(user);
        UI.getCurrent().navigate(MyAccountView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("account-who")).getText()).contains(user.email());

        PasswordField current = _get(PasswordField.class, spec -> spec.withId("current-password"));
        _setValue(current, "nu este parola");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Parola nouă")), "un rau lin de munte");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Confirmă parola")), "un rau lin de munte");
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        assertThat(current.getErrorMessage()).isEqualTo("Parola actuală nu este corectă.");

        _setValue(current, TestUsers.PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(user.email(), "un rau lin de munte");
        attempt.setDetails(new WebAuthenticationDetails("10.7.7.7", null));
        assertThat(signInProvider.authenticate(attempt).isAuthenticated()).isTrue();
    }

    @Test
    void in_english_a_common_password_is_refused_with_a_clear_reason() {
        UserAccount user = users.create("English Speaker", Role.LEARNER);
        login(user);
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(MyAccountView.class);
        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), TestUsers.PASSWORD);
        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("New password"));
        _setValue(password, "Qwerty123456");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Confirm password")), "Qwerty123456");
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        assertThat(password.getErrorMessage()).startsWith("This password is among the most used ones");
    }
}
