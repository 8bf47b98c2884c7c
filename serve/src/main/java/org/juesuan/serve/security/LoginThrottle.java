package org.juesuan.serve.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: an address that failed too often in a window is refused until the
 * window ends. It counts per address, not per user, so a stranger guessing at {@code admin}
 * never locks the real admin out from elsewhere.
 */
public final class LoginThrottle {
    private static final int MAX_TRACKED = 10_000;

    private final int allowedFailures;
    private final Duration window;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, Instant since) {
    }

    public LoginThrottle(int allowedFailures, Duration window) {
        this.allowedFailures = allowedFailures;
        this.window = window;
    }

    /** Seconds the address must wait before trying again; 0 when it may try now. */
    long waitSeconds(String address) {
        Failures f = failures.get(address);
        if (f == null || f.count() < allowedFailures) {
            return 0;
        }
        long left = Duration.between(Instant.now(), f.since().plus(window)).toSeconds();
        if (left <= 0) {
            failures.remove(address, f);
            return 0;
        }
        return left;
    }

    void failed(String address) {
        Instant now = Instant.now();
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(f -> f.since().plus(window).isBefore(now));
        }
        failures.merge(address, new Failures(1, now), (old, one) -> old.since().plus(window).isBefore(now)
                ? one : new Failures(old.count() + 1, old.since()));
    }

    void succeeded(String address) {
        failures.remove(address);
    }
}
