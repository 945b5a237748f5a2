package ro.semnal.base.privacy;

import java.time.Instant;

/**
 * An account being erased: its id, the e-mail it had (for rows that refer to people by e-mail), the
 * pseudonyms that replace its name and address, and whether certificates stay verifiable with the name.
 */
public record Erasure(long userId, String formerEmail, Instant at, boolean keepCertificates) {

    public static final String REVOKE_REASON = "holder's data erased";

    public String pseudonymName() {
        return "Erased user #" + userId;
    }

    public String pseudonymEmail() {
        return pseudonymEmail(userId);
    }

    public static String pseudonymEmail(long userId) {
        return "erased-" + userId + "@invalid";
    }
}
