package org.juesuan.serve.security;

import java.util.Optional;
import java.util.Set;
import org.juesuan.store.Role;

/**
 * Which role a request needs. Everything needs a login except the health check and what the
 * login page itself loads; managing users needs an admin. Paths are matched as sent, exactly, so
 * an odd spelling of an open path is simply not open.
 */
final class AccessPolicy {
    private static final Set<String> OPEN = Set.of("GET /health", "GET /login.html", "GET /login.js", "GET /app.css",
            "POST /login", "HEAD /health");

    Optional<Role> needed(String method, String path) {
        if (OPEN.contains(method + " " + path)) {
            return Optional.empty();
        }
        if (path.equals("/api/users") || path.startsWith("/api/users/") || path.startsWith("/users.")) {
            return Optional.of(Role.ADMIN);
        }
        return Optional.of(Role.REVIEWER);
    }

    /** The API answers 401; the pages send a browser to the login page instead. */
    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/logout");
    }

    static boolean changesState(String method) {
        return !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
    }
}
