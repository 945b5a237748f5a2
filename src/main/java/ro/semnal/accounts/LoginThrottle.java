package ro.semnal.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * Limits failed sign-ins per account (the normalised e-mail, so letter case changes nothing) and per
 * client address, with Bucket4j token buckets refilled every hour, plus a growing wait per account after
 * {@code lockoutAfter} consecutive failures: 2^n seconds for the n-th failure, up to {@code lockoutCap}.
 *
 * <p>An attempt takes its token <em>before</em> the password is checked, under the account's lock, and
 * gives it back if the password was right; so parallel requests cannot get more guesses than the limits
 * allow. In memory, per node: with several nodes each one keeps its own counts.
 */
@Component
class LoginThrottle {

    private static final int CLEAN_UP_ABOVE = 10_000;

    private final AccountProperties properties;
    private final Clock clock;
    private final TimeMeter time;
    private final Map<String, State> accounts = new ConcurrentHashMap<>();
    private final Map<String, State> addresses = new ConcurrentHashMap<>();

    LoginThrottle(AccountProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** A sign-in attempt may go ahead; the permit must be ended with its outcome. */
    Permit begin(String email, String address) {
        Instant now = clock.instant();
        cleanUp(now);
        State account = accounts.computeIfAbsent(User.normaliseEmail(email),
                key -> new State(bucket(properties.maxFailuresPerAccount())));
        State client = addresses.computeIfAbsent(address == null ? "?" : address,
                key -> new State(bucket(properties.maxFailuresPerAddress())));
        synchronized (account) {
            account.lastSeen = now;
            client.lastSeen = now;
            if (account.lockedUntil != null && now.isBefore(account.lockedUntil)) {
                throw new LoginThrottledException(Duration.between(now, account.lockedUntil));
            }
            if (account.inFlight > 0 && account.failures + account.inFlight >= properties.lockoutAfter()) {
                throw new LoginThrottledException(delay(account.failures + account.inFlight));
            }
            take(client.bucket, null);
            take(account.bucket, client.bucket);
            account.inFlight++;
        }
        return new Permit(account, client);
    }

    private static void take(Bucket bucket, Bucket giveBackOnRefusal) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            if (giveBackOnRefusal != null) {
                giveBackOnRefusal.addTokens(1);
            }
            throw new LoginThrottledException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private Duration delay(int failures) {
        Duration cap = properties.lockoutCap();
        return failures >= 40 ? cap : min(Duration.ofSeconds(1L << failures), cap);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private Bucket bucket(int perHour) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perHour).refillIntervally(perHour, Duration.ofHours(1)).build())
                .withCustomTimePrecision(time)
                .build();
    }

    private void cleanUp(Instant now) {
        if (accounts.size() + addresses.size() > CLEAN_UP_ABOVE) {
            Instant idleSince = now.minus(Duration.ofHours(1)).minus(properties.lockoutCap());
            accounts.values().removeIf(s -> s.idleSince(idleSince));
            addresses.values().removeIf(s -> s.idleSince(idleSince));
        }
    }

    /** The right to one attempt, ended once with whether the password was wrong. */
    final class Permit {

        private final State account;
        private final State client;
        private boolean ended;

        private Permit(State account, State client) {
            this.account = account;
            this.client = client;
        }

        void failed() {
            end(true);
        }

        /** The password was right (whether or not the account may sign in): counts as no failure. */
        void passwordAccepted() {
            end(false);
        }

        /** Ends the attempt without counting it, unless it was already ended with an outcome. */
        void release() {
            synchronized (account) {
                if (!ended) {
                    ended = true;
                    account.inFlight--;
                }
            }
        }

        private void end(boolean failed) {
            synchronized (account) {
                if (ended) {
                    return;
                }
                ended = true;
                account.inFlight--;
                if (failed) {
                    account.failures++;
                    if (account.failures >= properties.lockoutAfter()) {
                        account.lockedUntil = clock.instant().plus(delay(account.failures));
                    }
                } else {
                    account.failures = 0;
                    account.lockedUntil = null;
                    account.bucket.addTokens(1);
                    client.bucket.addTokens(1);
                }
            }
        }
    }

    private static final class State {

        private final Bucket bucket;
        private int failures;
        private int inFlight;
        private Instant lockedUntil;
        private Instant lastSeen;

        private State(Bucket bucket) {
            this.bucket = bucket;
        }

        private boolean idleSince(Instant since) {
            synchronized (this) {
                return inFlight == 0 && lastSeen != null && lastSeen.isBefore(since);
            }
        }
    }
}
