package ro.semnal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

import ro.semnal.notifications.NotificationService;

import ro.semnal.testsupport.SignIn;
import ro.semnal.testsupport.TestUsers;

/**
 * Real HTTP sessions on the embedded server: a browser-like client signs in through the login form. A
 * session is signed in when an authenticated-only resource answers without sending it to the login page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionsIT {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountSecurityService security;
    @Autowired
    TestUsers users;
    @Autowired
    SignIn signIn;
    @Autowired
    NotificationService notifications;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** One browser: its own cookies, no redirects followed. */
    final class Browser {

        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
            get("/login");
            String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        boolean signedIn() throws IOException, InterruptedException {
            HttpResponse<String> response = get("/course-assets/none/missing.png");
            return !(response.statusCode() / 100 == 3
                    && response.headers().firstValue("Location").orElse("").contains("/login"));
        }
    }

    @Test
    void the_session_id_changes_when_the_user_signs_in() throws Exception {
        UserAccount user = users.create("Sesiune Noua", Role.LEARNER);
        Browser browser = new Browser();
        browser.get("/login");
        String before = browser.sessionId();
        assertThat(browser.signedIn()).isFalse();

        browser.signIn(user.email(), TestUsers.PASSWORD);

        assertThat(before).isNotNull();
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(browser.signedIn()).isTrue();
    }

    private Browser signedIn(UserAccount user) throws Exception {
        Browser browser = new Browser();
        browser.signIn(user.email(), TestUsers.PASSWORD);
        assertThat(browser.signedIn()).isTrue();
        return browser;
    }

    @Test
    void a_deactivated_user_is_signed_out_of_every_session_at_once() throws Exception {
        UserAccount admin = users.create("Admin Sesiuni", Role.ADMIN);
        UserAccount learner = users.create("Cursant Dat Afara", Role.LEARNER);
        Browser laptop = signedIn(learner);
        Browser phone = signedIn(learner);
        Browser bystander = signedIn(users.create("Alt Cursant", Role.LEARNER));

        signIn.as(admin);
        accounts.updateAccess(learner.id(), Set.of(Role.LEARNER), false);

        assertThat(laptop.signedIn()).isFalse();
        assertThat(phone.signedIn()).isFalse();
        assertThat(bystander.signedIn()).isTrue();
    }

    @Test
    void a_password_reset_ends_every_session_of_the_user() throws Exception {
        UserAccount learner = users.create("Cursant Resetat", Role.LEARNER);
        Browser left = signedIn(learner);
        security.requestPasswordReset(learner.email());
        signIn.as(users.create("Admin Outbox", Role.ADMIN));
        String body = notifications.recent(PageRequest.of(0, 100)).stream()
                .filter(n -> n.recipientEmail().equals(learner.email())).findFirst().orElseThrow().body();
        signIn.out();
        Matcher link = Pattern.compile("/set-password/([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();

        accounts.setPassword(link.group(1), "munte verde cu brazi", "munte verde cu brazi");
        assertThat(left.signedIn()).isFalse();
    }

    @Test
    void sign_out_everywhere_ends_all_the_sessions_of_the_user() throws Exception {
        UserAccount learner = users.create("Cursant Prudent", Role.LEARNER);
        Browser office = signedIn(learner);
        Browser home = signedIn(learner);
        signIn.as(learner);
        security.signOutEverywhere();
        assertThat(office.signedIn()).isFalse();
        assertThat(home.signedIn()).isFalse();
    }

    @Test
    void the_login_form_refuses_even_the_right_password_after_five_wrong_ones() throws Exception {
        UserAccount learner = users.create("Cursant Ghicit", Role.LEARNER);
        Browser attacker = new Browser();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = attacker.signIn(learner.email().toUpperCase(), "ghicit-" + i);
            assertThat(wrong.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        }
        Browser owner = new Browser();
        HttpResponse<String> refused = owner.signIn(learner.email(), TestUsers.PASSWORD);
        assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        assertThat(owner.signedIn()).isFalse();
    }
}
