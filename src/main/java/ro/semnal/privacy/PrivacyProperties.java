package ro.semnal.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Retention and erasure rules: whether an erased person's certificates stay verifiable with their name, after
 * how many months without a sign-in an account is erased, after how many months notification logs are
 * deleted (0 turns either clean-up off), and at which hour (Europe/Bucharest) the clean-up runs.
 */
@ConfigurationProperties("semnal.privacy")
public record PrivacyProperties(boolean keepCertificatesOnErasure, int inactiveAccountMonths,
        int notificationLogMonths, int cleanupHour) {

    public PrivacyProperties {
        inactiveAccountMonths = Math.max(0, inactiveAccountMonths);
        notificationLogMonths = Math.max(0, notificationLogMonths);
        cleanupHour = cleanupHour < 0 || cleanupHour > 23 ? 3 : cleanupHour;
    }
}
