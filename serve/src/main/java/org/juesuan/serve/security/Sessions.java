package org.juesuan.serve.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Browser sessions, in memory: a random cookie token names the user and carries its own CSRF
 * token. A session unused for the idle time ends; a restart ends them all (people log in again).
 */
public final class Sessions {
    private static final Duration IDLE = Duration.ofHours(8);

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    /** One logged-in browser. */
    record Session(String user, String csrfToken, Instant lastUsed) {
    }

    /** Starts a session for the user; returns the cookie token. */
    String open(String user) {
        Instant now = Instant.now();
        sessions.values().removeIf(s -> s.lastUsed().plus(IDLE).isBefore(now));
        String token = token();
        sessions.put(token, new Session(user, token(), now));
        return token;
    }

    /** The live session of the token, its idle time restarted. */
    Optional<Session> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Session session = sessions.computeIfPresent(token,
                (t, s) -> s.lastUsed().plus(IDLE).isBefore(now) ? null : new Session(s.user(), s.csrfToken(), now));
        return Optional.ofNullable(session);
    }

    void close(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }

    /** Compares in constant time, so the response time tells nothing of how much of a guess was right. */
    static boolean sameToken(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                given.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
