package ro.semnal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import ro.semnal.base.i18n.Language;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.notifications.NotificationService;
import ro.semnal.notifications.NotificationView;
import ro.semnal.testsupport.MutableClock;
import ro.semnal.testsupport.MutableClockConfig;
import ro.semnal.testsupport.SignIn;
import ro.semnal.testsupport.TestUsers;

/** Registration with a confirmed address, password reset, password and address changes, read from the outbox. */
@SpringBootTest
@Import(MutableClockConfig.class)
class AccountSafetyIT {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/([a-z-]+)/([A-Za-z0-9_-]{20,})");
    private static final String NEW_PASSWORD = "trei brazi pe deal";

    @Autowired
    AccountService accounts;
    @Autowired
    AccountSecurityService security;
    @Autowired
    NotificationService notifications;
    @Autowired
    AuthenticationProvider signInProvider;
    @Autowired
    TestUsers users;
    @Autowired
    SignIn signIn;
    @Autowired
    MutableClock clock;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private Authentication signIn(String email, String password) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        attempt.setDetails(new WebAuthenticationDetails("10.1.2.3", null));
        return signInProvider.authenticate(attempt);
    }

    /** The newest mail to the address, read from the outbox as an administrator would. */
    private Optional<NotificationView> lastMailTo(String email) {
        Authentication before = signIn.current();
        signIn.as(users.create("Cititor Outbox", Role.ADMIN));
        try {
            List<NotificationView> recent = notifications.recent(PageRequest.of(0, 200));
            return recent.stream().filter(n -> n.recipientEmail().equals(email)).findFirst();
        } finally {
            securityContext.getContext().setAuthentication(before);
        }
    }

    private static String token(NotificationView mail, String route) {
        Matcher link = LINK.matcher(mail.body());
        assertThat(link.find()).as("a link in: " + mail.body()).isTrue();
        assertThat(link.group(1)).isEqualTo(route);
        return link.group(2);
    }

    private UserAccount register(String name, Language language) {
        String email = TestUsers.uniqueEmail(name);
        Registration base = TestUsers.registration(name, email);
        return accounts.register(new Registration(base.fullName(), email, base.password(), base.password(),
                base.profession(), base.institution(), base.county(), language));
    }

    @Test
    void a_self_registered_learner_signs_in_only_after_following_the_emailed_link_once() {
        UserAccount learner = register("Nou Inregistrat", Language.RO);
        assertThatThrownBy(() -> signIn(learner.email(), TestUsers.PASSWORD))
                .isInstanceOf(EmailNotVerifiedException.class);

        NotificationView mail = lastMailTo(learner.email()).orElseThrow();
        assertThat(mail.subject()).isEqualTo("Confirmă adresa de e-mail pentru Semnal");
        String token = token(mail, "verify-email");
        security.verifyEmail(token);

        assertThat(signIn(learner.email(), TestUsers.PASSWORD).getName()).isEqualTo(learner.email());
        assertThatThrownBy(() -> security.verifyEmail(token)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_wrong_password_on_an_unverified_account_says_only_that_the_credentials_are_wrong() {
        UserAccount learner = register("Neconfirmat Ghicit", Language.RO);
        assertThatThrownBy(() -> signIn(learner.email(), "nu este parola mea"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void the_verification_link_expires_and_a_new_one_can_be_requested() {
        UserAccount learner = register("Intarziat Confirmare", Language.EN);
        String first = token(lastMailTo(learner.email()).orElseThrow(), "verify-email");
        clock.advance(Duration.ofHours(25));
        assertThatThrownBy(() -> security.verifyEmail(first)).isInstanceOf(InvalidInputException.class);

        security.resendVerification(learner.email().toUpperCase());
        NotificationView again = lastMailTo(learner.email()).orElseThrow();
        assertThat(again.subject()).isEqualTo("Confirm your e-mail address for Semnal");
        security.verifyEmail(token(again, "verify-email"));
        assertThat(signIn(learner.email(), TestUsers.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_new_verification_link_replaces_the_previous_one() {
        UserAccount learner = register("Doua Linkuri", Language.RO);
        String first = token(lastMailTo(learner.email()).orElseThrow(), "verify-email");
        clock.advance(Duration.ofMinutes(3));
        security.resendVerification(learner.email());
        String second = token(lastMailTo(learner.email()).orElseThrow(), "verify-email");
        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> security.verifyEmail(first)).isInstanceOf(InvalidInputException.class);
        security.verifyEmail(second);
    }

    @Test
    void an_invited_learner_is_verified_by_setting_their_password_through_the_link() {
        InvitedAccount invited = accounts.invite("Invitat Import", TestUsers.uniqueEmail("invitat"),
                Profession.JUDGE, "Tribunalul Cluj", County.CJ, Language.RO);
        assertThatThrownBy(() -> signIn(invited.account().email(), "")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(invited.account().email(), invited.passwordToken()))
                .isInstanceOf(BadCredentialsException.class);
        accounts.setPassword(invited.passwordToken(), NEW_PASSWORD, NEW_PASSWORD);
        assertThat(signIn(invited.account().email(), NEW_PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_reset_request_for_an_unknown_address_answers_the_same_and_sends_nothing() {
        String nobody = TestUsers.uniqueEmail("nimeni");
        security.requestPasswordReset(nobody);
        assertThat(lastMailTo(nobody)).isEmpty();
    }

    @Test
    void a_password_reset_link_sets_a_new_password_that_follows_the_policy_and_works_once() {
        UserAccount user = users.create("Uituc Parola", Role.LEARNER);
        security.requestPasswordReset(" " + user.email().toUpperCase() + " ");
        NotificationView mail = lastMailTo(user.email()).orElseThrow();
        assertThat(mail.subject()).isEqualTo("Resetarea parolei Semnal");
        assertThat(mail.body()).contains("valabil 60 minute");
        String token = token(mail, "set-password");

        assertThatThrownBy(() -> accounts.setPassword(token, "parola123456", "parola123456"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .anyMatch(err -> err.messageKey().equals("validation.password.common")));
        accounts.setPassword(token, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(signIn(user.email(), NEW_PASSWORD).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn(user.email(), TestUsers.PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> accounts.setPassword(token, "alta parola lunga", "alta parola lunga"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_password_reset_link_expires_after_an_hour() {
        UserAccount user = users.create("Uituc Lent", Role.LEARNER);
        security.requestPasswordReset(user.email());
        String token = token(lastMailTo(user.email()).orElseThrow(), "set-password");
        clock.advance(Duration.ofMinutes(61));
        assertThatThrownBy(() -> accounts.setPassword(token, NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("validation.token.invalid"));
    }

    @Test
    void a_verification_link_cannot_be_used_to_set_a_password() {
        UserAccount learner = register("Link Gresit", Language.RO);
        String verification = token(lastMailTo(learner.email()).orElseThrow(), "verify-email");
        assertThatThrownBy(() -> accounts.setPassword(verification, NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_deactivated_account_with_the_right_password_is_refused_as_deactivated() {
        UserAccount admin = users.create("Admin Dezactivare", Role.ADMIN);
        UserAccount learner = users.create("Cursant Dezactivat", Role.LEARNER);
        signIn.as(admin);
        accounts.updateAccess(learner.id(), Set.of(Role.LEARNER), false);
        assertThatThrownBy(() -> signIn(learner.email(), TestUsers.PASSWORD)).isInstanceOf(DisabledException.class);
        assertThatThrownBy(() -> signIn(learner.email(), "nu este parola mea"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void the_signed_in_user_changes_their_password_giving_the_current_one() {
        UserAccount user = users.create("Schimba Parola", Role.LEARNER);
        signIn.as(user);
        assertThatThrownBy(() -> security.changePassword("gresita gresita", NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> security.changePassword(TestUsers.PASSWORD, "qwerty123456", "qwerty123456"))
                .isInstanceOf(InvalidInputException.class);
        security.changePassword(TestUsers.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(signIn(user.email(), NEW_PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_new_address_replaces_the_old_one_only_once_confirmed_and_the_old_one_is_told() {
        UserAccount user = users.create("Muta Adresa", Role.LEARNER);
        String newEmail = TestUsers.uniqueEmail("noua");
        signIn.as(user);
        security.requestEmailChange(newEmail.toUpperCase(), TestUsers.PASSWORD);
        assertThat(accounts.findById(user.id()).orElseThrow().email()).isEqualTo(user.email());

        NotificationView confirmation = lastMailTo(newEmail).orElseThrow();
        assertThat(confirmation.body()).contains(newEmail);
        UserAccount changed = security.confirmEmailChange(token(confirmation, "confirm-email"));

        assertThat(changed.email()).isEqualTo(newEmail);
        assertThat(signIn(newEmail, TestUsers.PASSWORD).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn(user.email(), TestUsers.PASSWORD)).isInstanceOf(BadCredentialsException.class);
        NotificationView notice = lastMailTo(user.email()).orElseThrow();
        assertThat(notice.subject()).isEqualTo("Adresa contului tău Semnal a fost schimbată");
        assertThat(notice.body()).contains(newEmail);
    }

    @Test
    void an_address_change_to_a_taken_address_or_without_the_password_is_refused() {
        UserAccount user = users.create("Muta Gresit", Role.LEARNER);
        UserAccount other = users.create("Deja Acolo", Role.LEARNER);
        signIn.as(user);
        assertThatThrownBy(() -> security.requestEmailChange(other.email(), TestUsers.PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("validation.email.taken"));
        assertThatThrownBy(() -> security.requestEmailChange(TestUsers.uniqueEmail("x"), "nu e parola"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().messageKey())
                        .isEqualTo("validation.password.currentWrong"));
    }
}
