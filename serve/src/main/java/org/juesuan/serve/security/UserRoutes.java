package org.juesuan.serve.security;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.juesuan.store.Role;
import org.juesuan.store.StoredUser;

/** The admin's user management: list, create, reset a password, change a role, disable or enable. */
public final class UserRoutes {
    private final Accounts accounts;

    public UserRoutes(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Body of the user calls; each call reads the fields it needs. */
    record UserRequest(String name, String role, String password, Boolean disabled) {
    }

    public void register(Javalin app) {
        app.get("/api/users", ctx -> {
            admin(ctx);
            ctx.json(accounts.list().stream().map(UserRoutes::view).toList());
        });
        app.post("/api/users", this::create);
        app.post("/api/users/{name}/password", ctx -> {
            admin(ctx);
            found(accounts.resetPassword(ctx.pathParam("name"), request(ctx).password()), ctx);
        });
        app.post("/api/users/{name}/role", ctx -> {
            notSelf(admin(ctx), ctx, "不能更改自己的角色 (you cannot change your own role)");
            found(accounts.setRole(ctx.pathParam("name"), Role.parse(request(ctx).role())), ctx);
        });
        app.post("/api/users/{name}/disabled", ctx -> {
            notSelf(admin(ctx), ctx, "不能停用自己 (you cannot disable yourself)");
            Boolean disabled = request(ctx).disabled();
            if (disabled == null) {
                throw new IllegalArgumentException("请给出 disabled: true 或 false");
            }
            found(accounts.setDisabled(ctx.pathParam("name"), disabled), ctx);
        });
    }

    private void create(Context ctx) {
        admin(ctx);
        UserRequest request = request(ctx);
        Role role = Role.parse(request.role() == null ? Role.REVIEWER.apiName() : request.role());
        if (!accounts.create(request.name(), role, request.password())) {
            ctx.status(409).json(Map.of("error", "用户名已存在 (user exists): " + request.name()));
            return;
        }
        ctx.status(201).json(view(accounts.active(request.name()).orElseThrow()));
    }

    /** The filter already refused non-admins; the handler checks again so a route never depends on a path prefix alone. */
    private static Principal admin(Context ctx) {
        Principal principal = SecurityFilter.principal(ctx);
        if (principal.role() != Role.ADMIN) {
            throw new ForbiddenResponse("需要管理员权限 (this needs the admin role)");
        }
        return principal;
    }

    private static void notSelf(Principal principal, Context ctx, String message) {
        if (principal.name().equals(ctx.pathParam("name"))) {
            throw new IllegalArgumentException(message);
        }
    }

    private static UserRequest request(Context ctx) {
        return ctx.bodyAsClass(UserRequest.class);
    }

    private void found(boolean changed, Context ctx) {
        if (!changed) {
            throw new NotFoundResponse("没有该用户 (no such user): " + ctx.pathParam("name"));
        }
        ctx.json(view(accounts.list().stream().filter(u -> u.name().equals(ctx.pathParam("name"))).findFirst().orElseThrow()));
    }

    private static Map<String, Object> view(StoredUser user) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", user.name());
        view.put("role", user.role().apiName());
        view.put("createdAt", user.createdAt() == null ? null : user.createdAt().toString());
        view.put("disabled", user.disabled());
        return view;
    }
}
