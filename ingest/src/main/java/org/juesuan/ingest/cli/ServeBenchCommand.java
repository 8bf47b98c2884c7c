package org.juesuan.ingest.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.juesuan.ingest.review.PipelineChecker;
import org.juesuan.ingest.review.ServeBenchmark;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code juesuan bench-serve FILE}: the review server measured over HTTP, on a throwaway store. */
@Command(name = "bench-serve", mixinStandardHelpOptions = true,
        description = {"测量审核服务：上传到问题可见的时间，以及并发上传是否全部完成、无错误、无丢失。",
                "Starts the review server on a free port with a throwaway H2 store (or --url to measure a running one)",
                "and reports upload → findings visible for FILE, then N concurrent uploads: no error, nothing lost."})
final class ServeBenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "一个真实的决算公开文件 (a real disclosure, e.g. a 30-page PDF)")
    private Path file;

    @Option(names = "--rounds", defaultValue = "3", description = "计时的上传次数 (timed uploads), default ${DEFAULT-VALUE}")
    private int rounds;

    @Option(names = "--concurrent", defaultValue = "20", description = "并发上传数 (concurrent uploads), default ${DEFAULT-VALUE}")
    private int concurrent;

    @Option(names = "--url", paramLabel = "URL", description = "测量已运行的服务 (measure a running server instead)")
    private URI url;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "admin",
            description = "与 --url 一起：登录用户，密码取自环境变量 JUESUAN_PASSWORD (with --url: the user; password from JUESUAN_PASSWORD), default ${DEFAULT-VALUE}")
    private String user;

    @Mixin
    private SettingsOptions settingsOptions;

    @Override
    public Integer call() throws Exception {
        byte[] content = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        PrintWriter out = spec.commandLine().getOut();
        if (url != null) {
            return measure(new ServeBenchmark(url, basic(user, System.getenv("JUESUAN_PASSWORD"))), name, content, out);
        }
        IngestSettings settings = settingsOptions.load(spec.commandLine(), Map.of());
        Path data = Files.createTempDirectory("juesuan-bench-serve-");
        try (ReviewStore store = ReviewStore.open(StoreLocation.h2(data), settings.parallelism() + 16);
             PipelineChecker checker = new PipelineChecker(settings, data.resolve("scratch"))) {
            String password = java.util.UUID.randomUUID().toString();
            new Accounts(store.users()).ensureFirstAdmin(password);
            ReviewServer server = ReviewServer.start(new ServeSettings("127.0.0.1", 0, settings.parallelism(),
                    settings.document().maxBytes(), Duration.ofSeconds(30)), store, checker);
            try {
                out.printf("服务 (server) http://127.0.0.1:%d/，读取并行 (workers) %d，临时库 (store) %s%n",
                        server.port(), settings.parallelism(), data);
                return measure(new ServeBenchmark(URI.create("http://127.0.0.1:" + server.port() + "/"),
                        basic(Accounts.FIRST_ADMIN, password)), name, content, out);
            } finally {
                server.close();
            }
        }
    }

    private int measure(ServeBenchmark bench, String name, byte[] content, PrintWriter out) throws Exception {
        ServeBenchmark.Visible cold = bench.uploadUntilVisible(name, content);
        out.printf("首次上传（含读取进程启动）(first upload, reading child starting): %.2f 秒, %s, %d 个问题%n",
                cold.seconds(), cold.status(), cold.findings());
        double[] times = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            ServeBenchmark.Visible warm = bench.uploadUntilVisible(name, content);
            times[i] = warm.seconds();
            out.printf("上传到问题可见 (upload → findings visible) #%d: %.2f 秒, %s, %d 个问题%n", i + 1, warm.seconds(),
                    warm.status(), warm.findings());
        }
        java.util.Arrays.sort(times);
        out.printf("中位数 (median): %.2f 秒%n", times.length == 0 ? 0 : times[times.length / 2]);
        out.flush();
        ServeBenchmark.Concurrent c = bench.concurrentUploads(name, content, concurrent);
        out.printf("并发上传 (concurrent uploads) %d: 应答 %d, 完成 %d, 失败 %d, 列表中找到 %d, 不同编号 %d, 用时 %.1f 秒 (%.2f 个/秒)%n",
                c.sent(), c.answered(), c.done(), c.failed(), c.listed(), c.distinctIds(), c.seconds(), c.done() / c.seconds());
        c.errors().forEach(e -> out.println("错误 (error): " + e));
        boolean clean = c.errors().isEmpty() && c.done() == c.sent() && c.listed() == c.sent() && c.distinctIds() == c.sent();
        out.println(clean ? "结果 (result): 无错误、无丢失 (no error, nothing lost)" : "结果 (result): 有错误或丢失 (errors or losses)");
        out.flush();
        return clean ? 0 : 1;
    }

    private static String basic(String name, String password) {
        String credentials = name + ":" + (password == null ? "" : password);
        return "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
