package ro.semnal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import ro.semnal.testsupport.TestUsers;

/** Sign-in through the application's authentication provider: throttled, and hashes upgraded to the set cost. */
@SpringBootTest(properties = "semnal.accounts.bcrypt-cost=5")
class LoginThrottlingIT {

    @Autowired
    AuthenticationProvider signInProvider;
    @Autowired
    DatabaseUserDetailsService userDetails;
    @Autowired
    TestUsers users;

    private Object attempt(String email, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        try {
            return signInProvider.authenticate(token);
        } catch (RuntimeException e) {
            return e;
        }
    }

    @Test
    void sixty_parallel_guesses_in_mixed_letter_case_get_five_tries_and_then_even_the_right_password_waits()
            throws Exception {
        UserAccount target = users.create("Tinta Atac", Role.LEARNER);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(60)) {
            for (int i = 0; i < 60; i++) {
                String email = i % 3 == 0 ? target.email().toUpperCase() : i % 3 == 1 ? " " + target.email() : target.email();
                String address = "10.20.0." + i;
                Callable<Object> guess = () -> {
                    start.await();
                    return attempt(email, "ghicit-" + address, address);
                };
                results.add(pool.submit(guess));
            }
            start.countDown();
            int wrong = 0;
            int throttled = 0;
            for (Future<Object> result : results) {
                Object outcome = result.get();
                if (outcome instanceof BadCredentialsException) {
                    wrong++;
                } else if (outcome instanceof LoginThrottledException) {
                    throttled++;
                }
            }
            assertThat(wrong).isEqualTo(5);
            assertThat(throttled).isEqualTo(55);
        }
        assertThat(attempt(target.email(), TestUsers.PASSWORD, "10.30.0.1")).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void a_hash_of_a_lower_cost_is_replaced_at_the_next_sign_in() {
        UserAccount user = users.create("Hash Vechi", Role.LEARNER);
        String oldHash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(TestUsers.PASSWORD);
        userDetails.updatePassword(userDetails.loadUserByUsername(user.email()), oldHash);
        assertThat(userDetails.loadUserByUsername(user.email()).getPassword()).contains("$04$");

        assertThat(attempt(user.email(), TestUsers.PASSWORD, "10.40.0.1"))
                .isInstanceOf(UsernamePasswordAuthenticationToken.class);
        assertThat(userDetails.loadUserByUsername(user.email()).getPassword()).startsWith("{bcrypt}$2a$05$");
    }

    @Test
    void a_wrong_password_never_upgrades_or_touches_the_hash() {
        UserAccount user = users.create("Hash Neatins", Role.LEARNER);
        String before = userDetails.loadUserByUsername(user.email()).getPassword();
        assertThatThrownBy(() -> {
            Object outcome = attempt(user.email(), "nu este parola", "10.40.0.2");
            if (outcome instanceof RuntimeException e) {
                throw e;
            }
        }).isInstanceOf(BadCredentialsException.class);
        assertThat(userDetails.loadUserByUsername(user.email()).getPassword()).isEqualTo(before);
    }
}
