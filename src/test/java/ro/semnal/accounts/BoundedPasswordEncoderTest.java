package ro.semnal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordEncoderTest {

    /** A stand-in for BCrypt that is slow and counts how many threads are inside it at once. */
    static final class SlowEncoder implements PasswordEncoder {
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger mostInside = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            enter();
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            enter();
            return encoded.equals("hash:" + raw);
        }

        private void enter() {
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inside.decrementAndGet();
            }
        }
    }

    @Test
    void no_more_passwords_are_hashed_at_once_than_allowed_however_many_sign_in_together() throws Exception {
        SlowEncoder slow = new SlowEncoder();
        PasswordEncoder bounded = new BoundedPasswordEncoder(slow, 2);
        List<Future<Boolean>> results = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 24; i++) {
                String password = "secret-" + i;
                results.add(threads.submit(() -> i(password) % 3 == 0 ? bounded.encode(password) != null
                        : bounded.matches(password, "hash:" + password)));
            }
        }
        for (Future<Boolean> result : results) {
            assertThat(result.get()).isTrue();
        }
        assertThat(slow.mostInside.get()).isEqualTo(2);
    }

    @Test
    void answers_are_the_delegates_own() {
        PasswordEncoder bounded = new BoundedPasswordEncoder(new SlowEncoder(), 1);
        assertThat(bounded.encode("parola")).isEqualTo("hash:parola");
        assertThat(bounded.matches("parola", "hash:parola")).isTrue();
        assertThat(bounded.matches("alta", "hash:parola")).isFalse();
    }

    @Test
    void at_least_one_hash_at_a_time_is_required() {
        assertThatThrownBy(() -> new BoundedPasswordEncoder(new SlowEncoder(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int i(String password) {
        return Integer.parseInt(password.substring(password.indexOf('-') + 1));
    }
}
