package ro.semnal.accounts;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before the password was looked at: too many failed attempts; try again after a while. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-in attempts");
        this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes to wait, rounded up, at least one. */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
