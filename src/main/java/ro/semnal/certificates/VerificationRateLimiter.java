package ro.semnal.certificates;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * At most N verification look-ups per client address in any minute (a sliding window), so codes cannot be
 * enumerated. Per node; old windows are dropped as they age.
 */
@Component
class VerificationRateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private final Map<String, Deque<Instant>> lookups = new ConcurrentHashMap<>();
    private final CertificateProperties properties;
    private final Clock clock;

    VerificationRateLimiter(CertificateProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Records a look-up; false when the client has used up its look-ups for now. */
    boolean tryAcquire(String client) {
        Instant now = clock.instant();
        if (lookups.size() > 10_000) {
            lookups.entrySet().removeIf(e -> e.getValue().isEmpty() || e.getValue().peekLast().isBefore(now.minus(WINDOW)));
        }
        Deque<Instant> window = lookups.computeIfAbsent(client == null ? "?" : client, key -> new ArrayDeque<>());
        synchronized (window) {
            while (!window.isEmpty() && !window.peekFirst().isAfter(now.minus(WINDOW))) {
                window.pollFirst();
            }
            if (window.size() >= properties.verificationsPerMinute()) {
                return false;
            }
            window.addLast(now);
            return true;
        }
    }
}
