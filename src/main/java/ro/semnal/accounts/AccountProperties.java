package ro.semnal.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Account safety settings: the bcrypt cost (measured in docs/benchmarks.md), how long e-mailed links stay
 * valid, and login throttling (failed attempts per account and per client address per hour; after
 * {@code lockoutAfter} consecutive failures an account waits 2^n seconds, at most {@code lockoutCap}).
 */
@ConfigurationProperties("semnal.accounts")
record AccountProperties(int bcryptCost, Duration verificationValidity, Duration resetValidity,
        Duration emailChangeValidity, int maxFailuresPerAccount, int maxFailuresPerAddress, int lockoutAfter,
        Duration lockoutCap) {

    AccountProperties {
        bcryptCost = bcryptCost < 4 || bcryptCost > 31 ? 11 : bcryptCost;
        verificationValidity = positive(verificationValidity, Duration.ofHours(24));
        resetValidity = positive(resetValidity, Duration.ofHours(1));
        emailChangeValidity = positive(emailChangeValidity, Duration.ofHours(24));
        maxFailuresPerAccount = maxFailuresPerAccount <= 0 ? 100 : maxFailuresPerAccount;
        maxFailuresPerAddress = maxFailuresPerAddress <= 0 ? 300 : maxFailuresPerAddress;
        lockoutAfter = lockoutAfter <= 0 ? 5 : lockoutAfter;
        lockoutCap = positive(lockoutCap, Duration.ofMinutes(15));
    }

    private static Duration positive(Duration value, Duration fallback) {
        return value == null || value.isNegative() || value.isZero() ? fallback : value;
    }
}
