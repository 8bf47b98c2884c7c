package org.juesuan.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.Map;
import org.juesuan.serve.security.Accounts;
import org.juesuan.serve.security.LoginRoutes;
import org.juesuan.serve.security.LoginThrottle;
import org.juesuan.serve.security.SecurityFilter;
import org.juesuan.serve.security.Sessions;
import org.juesuan.serve.security.UserRoutes;
import org.juesuan.store.NoSuchFindingException;
import org.juesuan.store.ReviewStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review web app and its JSON API on an embedded Jetty (Javalin): the pages are static files
 * that call the API; the API reads and writes the store; uploads are read through the checker port.
 * Every request but the health check and the login page passes the security filter first.
 */
public final class ReviewServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewServer.class);
    /** Failed logins an address may make in the window before it must wait for the window's end. */
    private static final int FAILED_LOGINS_ALLOWED = 10;
    private static final Duration FAILED_LOGIN_WINDOW = Duration.ofMinutes(10);

    private final Javalin app;
    private final UploadQueue queue;

    private ReviewServer(Javalin app, UploadQueue queue) {
        this.app = app;
        this.queue = queue;
    }

    /** Starts serving; documents a previous run left unread are queued again. */
    public static ReviewServer start(ServeSettings settings, ReviewStore store, DocumentChecker checker) {
        UploadQueue queue = new UploadQueue(store, checker, settings.workers());
        ObjectMapper mapper = JsonMapper.builder().build();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.maxRequestSize = settings.maxUploadBytes();
            long megabytes = Math.max(1, settings.maxUploadBytes() / (1024 * 1024));
            config.jetty.multipartConfig.maxFileSize(megabytes, SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(megabytes * 4, SizeUnit.MB);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/org/juesuan/serve/web";
                files.location = Location.CLASSPATH;
            });
        });
        Accounts accounts = new Accounts(store.users());
        Sessions sessions = new Sessions();
        LoginThrottle throttle = new LoginThrottle(FAILED_LOGINS_ALLOWED, FAILED_LOGIN_WINDOW);
        SecurityFilter security = new SecurityFilter(accounts, sessions, throttle);
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "SAMEORIGIN");
            ctx.header("Referrer-Policy", "same-origin");
            security.handle(ctx);
        });
        new LoginRoutes(accounts, sessions, throttle).register(app);
        new UserRoutes(accounts).register(app);
        new ApiRoutes(store, queue, settings, new ReportPages(store)).register(app);
        app.exception(NoSuchFindingException.class, (e, ctx) -> ctx.status(404).json(Map.of("error", e.getMessage())));
        app.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(400).json(Map.of("error", e.getMessage())));
        app.start(settings.host(), settings.port());
        int resumed = queue.resume();
        LOG.info("serving on http://{}:{}/ ({} documents resumed)", settings.host(), app.port(), resumed);
        return new ReviewServer(app, queue);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() throws InterruptedException {
        app.stop();
        queue.close();
    }
}
