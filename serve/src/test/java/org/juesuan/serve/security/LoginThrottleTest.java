package org.juesuan.serve.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    @Test
    void anAddressThatFailedTooOftenWaitsWhileOthersDoNot() {
        LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(10));
        for (int i = 0; i < 2; i++) {
            throttle.failed("203.0.113.9");
        }
        assertEquals(0, throttle.waitSeconds("203.0.113.9"), "a few mistakes are free");
        throttle.failed("203.0.113.9");
        long wait = throttle.waitSeconds("203.0.113.9");
        assertTrue(wait > 500 && wait <= 600, "waits for the rest of the window: " + wait);
        assertEquals(0, throttle.waitSeconds("198.51.100.7"), "the real admin elsewhere is not locked out");
    }

    @Test
    void theWindowEndsTheWait() {
        LoginThrottle throttle = new LoginThrottle(1, Duration.ZERO);
        throttle.failed("203.0.113.9");
        assertEquals(0, throttle.waitSeconds("203.0.113.9"));
    }
}
