package org.juesuan.ingest.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.juesuan.ingest.review.PipelineChecker;
import org.juesuan.ingest.settings.IngestSettings;
import org.juesuan.serve.ReviewServer;
import org.juesuan.serve.ServeSettings;
import org.juesuan.serve.security.Accounts;
import org.juesuan.store.ReviewStore;
import org.juesuan.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code juesuan serve}: the review web app and its API, over the store, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"启动审核网站与 HTTP 接口：上传文件、查看问题、确认或驳回、导出审核决定。",
                "Serves the review web app and its JSON API over the store (an H2 file in --data, or --db PostgreSQL).",
                "Stops on SIGTERM or Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    static final String ADMIN_PASSWORD_VARIABLE = "JUESUAN_ADMIN_PASSWORD";

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "端口 (port; 0 = any free one), default ${DEFAULT-VALUE}")
    private int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = {"监听地址 (address to listen on), default ${DEFAULT-VALUE}.",
                    "0.0.0.0 exposes the login page and API to the network: put it behind TLS (a reverse proxy)."})
    private String host;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "juesuan-data",
            description = "数据目录：H2 数据库文件与临时文件 (data folder: the H2 file and scratch), default ${DEFAULT-VALUE}")
    private Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "使用 PostgreSQL (use PostgreSQL), e.g. jdbc:postgresql://localhost/juesuan")
    private String db;

    @Option(names = "--db-user", paramLabel = "USER", description = "数据库用户 (database user; else JUESUAN_DB_USER)")
    private String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD", description = "数据库密码 (else JUESUAN_DB_PASSWORD)")
    private String password;

    @Mixin
    private SettingsOptions settingsOptions;

    @Override
    public Integer call() throws Exception {
        IngestSettings settings = settingsOptions.load(spec.commandLine(), Map.of());
        Files.createDirectories(data);
        StoreLocation location = db == null ? StoreLocation.h2(data) : StoreLocation.of(db, user, password);
        ServeSettings serveSettings = new ServeSettings(host, port, settings.parallelism(),
                settings.document().maxBytes(), Duration.ofSeconds(30));
        ReviewStore store = ReviewStore.open(location, settings.parallelism() + 16);
        firstAdmin(store);
        PipelineChecker checker = new PipelineChecker(settings, data.resolve("scratch"));
        ReviewServer server = ReviewServer.start(serveSettings, store, checker);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                checker.close();
                store.close();
            } catch (Exception e) {
                spec.commandLine().getErr().println("停止时出错 (error while stopping): " + e);
            } finally {
                stopped.countDown();
            }
        }, "juesuan-serve-shutdown"));
        spec.commandLine().getOut().println("审核服务已启动 (serving) http://" + host + ":" + server.port() + "/ ，数据库 (store) "
                + location + "；Ctrl-C 停止 (to stop)");
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }

    /**
     * A store without an admin gets one: {@code admin} with JUESUAN_ADMIN_PASSWORD, else a random
     * password shown here once (only its hash is stored; it is never logged).
     */
    private void firstAdmin(ReviewStore store) {
        String fromEnvironment = System.getenv(ADMIN_PASSWORD_VARIABLE);
        Optional<String> generated = new Accounts(store.users()).ensureFirstAdmin(fromEnvironment);
        if (generated.isPresent()) {
            spec.commandLine().getOut().println("已创建管理员 (first admin created): 用户名 " + Accounts.FIRST_ADMIN + "，密码 (password) "
                    + generated.get() + "  ——仅显示这一次，请登录后妥善保管或重设 (shown this once only)");
        }
    }
}
