package ro.semnal.accounts;

import java.util.concurrent.Semaphore;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets only a few threads hash passwords at once; the others wait, parked. BCrypt is slow on purpose and never
 * blocks, so on virtual threads a burst of sign-ins would hold every carrier thread: requests that wait for the
 * database then wait behind all the pending hashes while holding their connection, and the pool runs dry (the load
 * test saw 30 s connection timeouts on 2 cores). With at most cores - 1 hashes at once, one carrier stays free.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;

    BoundedPasswordEncoder(PasswordEncoder delegate, int concurrentHashes) {
        if (concurrentHashes < 1) {
            throw new IllegalArgumentException("at least one hash at a time");
        }
        this.delegate = delegate;
        this.permits = new Semaphore(concurrentHashes, true);
    }

    static int defaultConcurrency() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        permits.acquireUninterruptibly();
        try {
            return delegate.encode(rawPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        permits.acquireUninterruptibly();
        try {
            return delegate.matches(rawPassword, encodedPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}
