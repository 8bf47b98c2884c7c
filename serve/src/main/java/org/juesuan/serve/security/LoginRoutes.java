package org.juesuan.serve.security;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.juesuan.store.StoredUser;

/**
 * The login form's target, logout, and {@code GET /api/session} (who is logged in, and the CSRF
 * token the pages send back with every change).
 */
public final class LoginRoutes {
    private final Accounts accounts;
    private final Sessions sessions;
    private final LoginThrottle throttle;

    public LoginRoutes(Accounts accounts, Sessions sessions, LoginThrottle throttle) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    public void register(Javalin app) {
        app.post("/login", this::login);
        app.post("/logout", this::logout);
        app.get("/api/session", this::session);
    }

    private void login(Context ctx) {
        String next = safeNext(ctx.formParam("next"));
        String back = "/login.html?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        if (throttle.waitSeconds(ctx.ip()) > 0) {
            ctx.redirect(back + "&throttled=1", HttpStatus.SEE_OTHER);
            return;
        }
        Optional<StoredUser> user = accounts.authenticate(ctx.formParam("name"), ctx.formParam("password"));
        if (user.isEmpty()) {
            throttle.failed(ctx.ip());
            ctx.redirect(back + "&failed=1", HttpStatus.SEE_OTHER);
            return;
        }
        throttle.succeeded(ctx.ip());
        ctx.cookie(sessionCookie(ctx, sessions.open(user.get().name()), -1));
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) {
        sessions.close(ctx.cookie(SecurityFilter.SESSION_COOKIE));
        ctx.cookie(sessionCookie(ctx, "", 0));
        ctx.json(Map.of("ok", true));
    }

    private void session(Context ctx) {
        Principal principal = SecurityFilter.principal(ctx);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", principal.name());
        view.put("role", principal.role().apiName());
        view.put("csrfToken", principal.csrfToken());
        ctx.json(view);
    }

    /**
     * HttpOnly (scripts cannot read it), SameSite=Strict (other sites' requests do not carry it),
     * Secure when the request came over TLS, directly or through a proxy that says so.
     */
    private static Cookie sessionCookie(Context ctx, String value, int maxAge) {
        boolean tls = "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        return new Cookie(SecurityFilter.SESSION_COOKIE, value, "/", maxAge, tls, 0, true, null, null, SameSite.STRICT);
    }

    /** Only a path of this site: never another host, so the login page cannot be used to send people elsewhere. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return next;
    }
}
