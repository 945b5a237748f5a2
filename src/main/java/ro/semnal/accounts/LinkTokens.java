package ro.semnal.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and redeems the single-use links e-mailed to users. A new link of a purpose replaces the user's
 * earlier unused ones of that purpose, so only the latest mail works. Callers hold the transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class LinkTokens {

    private final PasswordTokenRepository tokens;
    private final Clock clock;

    LinkTokens(PasswordTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new link token (the secret for the mail; only its hash is stored). */
    String issue(long userId, String purpose, Duration validFor, String newEmail) {
        revoke(userId, purpose);
        String token = Tokens.random(32);
        Instant now = clock.instant();
        tokens.save(new PasswordToken(userId, Tokens.sha256(token), purpose, now, now.plus(validFor), newEmail));
        return token;
    }

    /** Redeems a token of one of the purposes: it is used up, and is then refused. */
    Optional<PasswordToken> redeem(String token, Set<String> purposes) {
        Instant now = clock.instant();
        return tokens.findByTokenHash(Tokens.sha256(token == null ? "" : token))
                .filter(t -> purposes.contains(t.purpose()) && t.usableAt(now))
                .filter(t -> tokens.markUsed(t.id(), now) == 1);
    }

    /** The latest unused token of a purpose was issued less than {@code interval} ago. */
    boolean issuedWithin(long userId, String purpose, Duration interval) {
        Instant since = clock.instant().minus(interval);
        return tokens.findByUserIdAndPurposeAndUsedAtIsNull(userId, purpose).stream()
                .anyMatch(t -> t.createdAt() != null && t.createdAt().isAfter(since));
    }

    void revoke(long userId, String purpose) {
        Instant now = clock.instant();
        tokens.findByUserIdAndPurposeAndUsedAtIsNull(userId, purpose).forEach(t -> t.use(now));
    }
}
