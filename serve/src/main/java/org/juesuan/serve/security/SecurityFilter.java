package org.juesuan.serve.security;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.security.BasicAuthCredentials;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.juesuan.store.Role;
import org.juesuan.store.StoredUser;

/**
 * Runs before every request: establishes who sent it (HTTP Basic, else the session cookie),
 * answers 401 / a redirect to the login page when nobody, 403 when the role does not suffice or a
 * cookie-borne state change lacks its CSRF token or comes from another site, and otherwise lets it
 * through with the {@link Principal} attached.
 */
public final class SecurityFilter {
    public static final String SESSION_COOKIE = "juesuan_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_FIELD = "_csrf";
    private static final String PRINCIPAL = "juesuan.principal";
    /** Sent by the pages' own fetch calls: a 401 to them carries no Basic challenge, so no browser dialog pops up. */
    private static final String PAGE_CALL = "X-Requested-With";

    private final Accounts accounts;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final AccessPolicy policy = new AccessPolicy();

    public SecurityFilter(Accounts accounts, Sessions sessions, LoginThrottle throttle) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    /** The principal the filter attached; every handler behind a protected path has one. */
    public static Principal principal(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) {
            throw new IllegalStateException("no principal: the path is not behind the security filter");
        }
        return principal;
    }

    public void handle(Context ctx) {
        String method = ctx.method().name();
        if (AccessPolicy.changesState(method) && fromAnotherSite(ctx)) {
            deny(ctx, HttpStatus.FORBIDDEN, "拒绝来自其他网站的请求 (cross-site request refused)");
            return;
        }
        Optional<Role> needed = policy.needed(method, ctx.path());
        if (needed.isEmpty()) {
            return;
        }
        boolean basic = ctx.header("Authorization") != null;
        long wait = basic ? throttle.waitSeconds(ctx.ip()) : 0;
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            deny(ctx, HttpStatus.TOO_MANY_REQUESTS, "登录失败次数过多，请稍后再试 (too many failed logins)");
            return;
        }
        Optional<Principal> principal = basic ? basic(ctx) : session(ctx);
        if (principal.isEmpty()) {
            unauthenticated(ctx);
        } else if (!principal.get().role().covers(needed.get())) {
            deny(ctx, HttpStatus.FORBIDDEN, "需要管理员权限 (this needs the admin role)");
        } else if (principal.get().viaSession() && AccessPolicy.changesState(method)
                && !Sessions.sameToken(principal.get().csrfToken(), csrfToken(ctx))) {
            deny(ctx, HttpStatus.FORBIDDEN, "缺少或错误的 CSRF 令牌，请刷新页面 (CSRF token missing or wrong)");
        } else {
            ctx.attribute(PRINCIPAL, principal.get());
        }
    }

    private Optional<Principal> basic(Context ctx) {
        BasicAuthCredentials credentials;
        try {
            credentials = ctx.basicAuthCredentials();
        } catch (RuntimeException e) {
            credentials = null;
        }
        Optional<StoredUser> user = credentials == null ? Optional.empty()
                : accounts.authenticate(credentials.getUsername(), credentials.getPassword());
        if (user.isEmpty()) {
            throttle.failed(ctx.ip());
            return Optional.empty();
        }
        return Optional.of(new Principal(user.get().name(), user.get().role(), null));
    }

    private Optional<Principal> session(Context ctx) {
        return sessions.find(ctx.cookie(SESSION_COOKIE)).flatMap(s -> accounts.active(s.user())
                .map(u -> new Principal(u.name(), u.role(), s.csrfToken())));
    }

    private void unauthenticated(Context ctx) {
        String path = ctx.path();
        if (AccessPolicy.isApi(path) || !ctx.method().name().equals("GET") || ctx.header("Authorization") != null) {
            if (ctx.header(PAGE_CALL) == null) {
                ctx.header("WWW-Authenticate", "Basic realm=\"juesuan\", charset=\"UTF-8\"");
            }
            deny(ctx, HttpStatus.UNAUTHORIZED, "请先登录 (authentication required)");
            return;
        }
        String next = ctx.queryString() == null ? path : path + "?" + ctx.queryString();
        ctx.redirect("/login.html?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.FOUND);
        ctx.skipRemainingHandlers();
    }

    private static String csrfToken(Context ctx) {
        String header = ctx.header(CSRF_HEADER);
        if (header != null) {
            return header;
        }
        String type = ctx.contentType();
        return type != null && type.startsWith("application/x-www-form-urlencoded") ? ctx.formParam(CSRF_FIELD) : null;
    }

    /**
     * Whether a browser says the request comes from another site. Browsers send Origin (and
     * Sec-Fetch-Site) with state changes; API clients send neither. This also covers Basic
     * credentials a browser may have cached, which it would otherwise attach to a forged request.
     */
    private static boolean fromAnotherSite(Context ctx) {
        if ("cross-site".equals(ctx.header("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = ctx.header("Origin");
        if (origin == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String host = ctx.header("Host");
            return host == null || uri.getAuthority() == null || !uri.getAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static void deny(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(Map.of("error", message));
        ctx.skipRemainingHandlers();
    }
}
