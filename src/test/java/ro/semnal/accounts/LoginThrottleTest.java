package ro.semnal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import ro.semnal.testsupport.MutableClock;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));

    private LoginThrottle throttle(int perAccount, int perAddress, int lockoutAfter) {
        return new LoginThrottle(new AccountProperties(12, null, null, null, perAccount, perAddress, lockoutAfter,
                Duration.ofMinutes(15)), clock);
    }

    private static void fail(LoginThrottle throttle, String email, String address) {
        throttle.begin(email, address).failed();
    }

    @Test
    void after_five_failures_the_account_waits_a_growing_delay_with_the_time_to_wait() {
        LoginThrottle throttle = throttle(100, 1000, 5);
        for (int i = 0; i < 5; i++) {
            fail(throttle, "ana@semnal.ro", "10.0.0.1");
        }
        assertThatThrownBy(() -> throttle.begin("ana@semnal.ro", "10.0.0.1"))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(32)));

        clock.advance(Duration.ofSeconds(32));
        fail(throttle, "ana@semnal.ro", "10.0.0.1");
        assertThatThrownBy(() -> throttle.begin("ana@semnal.ro", "10.0.0.1"))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(64)));
    }

    @Test
    void the_delay_stops_growing_at_the_cap_and_is_told_in_whole_minutes() {
        LoginThrottle throttle = throttle(100, 1000, 5);
        for (int i = 0; i < 12; i++) {
            clock.advance(Duration.ofMinutes(16));
            fail(throttle, "ana@semnal.ro", "10.0.0.1");
        }
        assertThatThrownBy(() -> throttle.begin("ana@semnal.ro", "10.0.0.1"))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        e -> assertThat(e.retryAfterMinutes()).isEqualTo(15));
    }

    @Test
    void changing_the_letter_case_or_adding_spaces_does_not_reset_the_count() {
        LoginThrottle throttle = throttle(100, 1000, 5);
        fail(throttle, "ana@semnal.ro", "10.0.0.1");
        fail(throttle, "ANA@semnal.ro", "10.0.0.2");
        fail(throttle, " Ana@Semnal.RO ", "10.0.0.3");
        fail(throttle, "aNa@SEMNAL.ro", "10.0.0.4");
        fail(throttle, "ana@semnal.RO", "10.0.0.5");
        assertThatThrownBy(() -> throttle.begin("ANA@SEMNAL.RO", "10.0.0.6"))
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void a_right_password_resets_the_count_of_failures() {
        LoginThrottle throttle = throttle(100, 1000, 5);
        for (int i = 0; i < 4; i++) {
            fail(throttle, "ana@semnal.ro", "10.0.0.1");
        }
        throttle.begin("ana@semnal.ro", "10.0.0.1").passwordAccepted();
        for (int i = 0; i < 4; i++) {
            fail(throttle, "ana@semnal.ro", "10.0.0.1");
        }
        throttle.begin("ana@semnal.ro", "10.0.0.1").release();
    }

    @Test
    void an_account_gets_at_most_one_hundred_failed_attempts_an_hour() {
        LoginThrottle throttle = throttle(100, 10_000, 1_000);
        for (int i = 0; i < 100; i++) {
            fail(throttle, "ana@semnal.ro", "10.0.0." + (i % 50));
        }
        assertThatThrownBy(() -> throttle.begin("ana@semnal.ro", "10.0.1.1"))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        e -> assertThat(e.retryAfterMinutes()).isEqualTo(60));
        clock.advance(Duration.ofMinutes(59));
        assertThatThrownBy(() -> throttle.begin("ana@semnal.ro", "10.0.1.1")).isInstanceOf(LoginThrottledException.class);
        clock.advance(Duration.ofMinutes(1));
        throttle.begin("ana@semnal.ro", "10.0.1.1").failed();
    }

    @Test
    void one_client_address_cannot_spray_guesses_over_many_accounts() {
        LoginThrottle throttle = throttle(100, 20, 5);
        for (int i = 0; i < 20; i++) {
            fail(throttle, "user" + i + "@semnal.ro", "10.9.9.9");
        }
        assertThatThrownBy(() -> throttle.begin("someone-else@semnal.ro", "10.9.9.9"))
                .isInstanceOf(LoginThrottledException.class);
        throttle.begin("someone-else@semnal.ro", "10.1.1.1").release();
    }

    @Test
    void many_parallel_attempts_get_no_more_guesses_than_the_limit() throws Exception {
        LoginThrottle throttle = throttle(100, 10_000, 5);
        int threads = 64;
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger guesses = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Future<?>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                String email = i % 2 == 0 ? "ana@semnal.ro" : "ANA@semnal.ro";
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        LoginThrottle.Permit permit = throttle.begin(email, "10.0.0.1");
                        guesses.incrementAndGet();
                        Thread.sleep(20);
                        permit.failed();
                    } catch (LoginThrottledException e) {
                        refused.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get();
            }
        }
        assertThat(guesses.get()).isEqualTo(5);
        assertThat(refused.get()).isEqualTo(threads - 5);
    }
}
