package org.juesuan.ingest.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.juesuan.ingest.process.Pipeline;
import org.juesuan.ingest.route.Watcher;
import org.juesuan.ingest.settings.IngestSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code juesuan watch --in DIR --out DIR}: processes what is dropped into DIR until stopped. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"监视输入目录：写完的文件被读取，结果写入输出目录，原文件移入 .done/ 或 .error/（附错误说明）。",
                "Watches a folder: each document or zip, once completely written, is processed; results go to the",
                "output folder and the input moves to IN/.done/, or to IN/.error/ beside NAME.error.json.",
                "其他类型的文件（.xlsx、.png、无扩展名…）移入 .error/（不支持的文件类型）；NAME.part、.NAME 与 NAME.ready 等待写完。",
                "Files of other types (.xlsx, .png, no extension…) go to IN/.error/ (unsupported type); working names",
                "(NAME.part, .NAME) and NAME.ready markers are waited for.",
                "Stops on SIGTERM or Ctrl-C, letting documents in progress finish (shutdown.timeout-seconds)."})
final class WatchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--in", paramLabel = "DIR", description = "监视的输入目录 (folder to watch; setting: in)")
    private Path in;

    @Option(names = "--out", paramLabel = "DIR", description = "输出目录 (output folder; setting: out, default out)")
    private Path out;

    @Mixin
    private SettingsOptions settingsOptions;

    @Mixin
    private StoreOptions storeOptions;

    @Override
    public Integer call() throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        if (in != null) {
            options.put("in", in.toString());
        }
        if (out != null) {
            options.put("out", out.toString());
        }
        IngestSettings settings = settingsOptions.load(spec.commandLine(), options);
        if (settings.in() == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "缺少 --in (missing --in, setting: in)");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        org.juesuan.ingest.review.StoreRecorder recorder = storeOptions.recorder("watch");
        Watcher watcher = Watcher.start(settings, () -> StoreOptions.attach(Pipeline.standard(settings), recorder));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                watcher.close();
            } catch (java.io.IOException e) {
                spec.commandLine().getErr().println("停止时出错 (error while stopping): " + e);
            } finally {
                if (recorder != null) {
                    recorder.close();
                }
                stopped.countDown();
            }
        }, "juesuan-shutdown"));
        spec.commandLine().getOut().println("监视 (watching) " + settings.in() + " → " + settings.out()
                + "，并行 " + settings.parallelism() + "；Ctrl-C 停止 (to stop)");
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }
}
