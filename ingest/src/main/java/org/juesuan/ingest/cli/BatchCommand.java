package org.juesuan.ingest.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.juesuan.ingest.process.InputWalker;
import org.juesuan.ingest.process.Pipeline;
import org.juesuan.ingest.process.RunSummary;
import org.juesuan.ingest.process.RunTally;
import org.juesuan.ingest.route.BatchRun;
import org.juesuan.ingest.settings.IngestSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code juesuan batch PATH… --out DIR}: every document under the folders and in the zips, in parallel. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"批量处理目录（递归）与 zip 压缩包中的文件，并行，写出 summary.json。",
                "Processes every document under the folders (recursively) and in the zip archives, on all cores;",
                "skips inputs already processed (same bytes) unless --force; writes OUT/summary.json.",
                "",
                "退出码 (exit code): 0 全部成功 (all processed); 1 有文件失败 (some failed); 2 用法错误 (usage error)."})
final class BatchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "目录或 zip 文件 (folders, zips or documents)")
    private List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR", description = "输出目录 (output folder; setting: out, default out)")
    private Path out;

    @Option(names = "--force", description = "重新处理已处理过的文件 (process again what was processed before)")
    private boolean force;

    @Mixin
    private SettingsOptions settingsOptions;

    @Mixin
    private StoreOptions storeOptions;

    @Override
    public Integer call() throws Exception {
        IngestSettings settings = settingsOptions.load(spec.commandLine(), out == null ? Map.of() : Map.of("out", out.toString()));
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "不存在 (no such file or folder): " + path);
            }
        }
        int total = new InputWalker(settings.out()).count(paths);
        RunTally tally = new RunTally();
        RunSummary summary;
        try (org.juesuan.ingest.review.StoreRecorder recorder = storeOptions.recorder("batch");
             Pipeline pipeline = StoreOptions.attach(Pipeline.standard(settings), recorder);
             Progress progress = new Progress(spec.commandLine().getErr(), tally, total, System.console() != null)) {
            // the reading children start and warm up while the route starts and the first inputs are hashed
            pipeline.startReadingAhead(Math.min(settings.parallelism(), total));
            summary = new BatchRun(settings, pipeline, force).run(paths, tally);
        }
        Path file = settings.out().resolve("summary.json");
        Path temporary = settings.out().resolve(".summary.json.tmp");
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(temporary.toFile(), summary);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        spec.commandLine().getOut().printf("输入 (inputs) 处理 %d，失败 %d，跳过 %d；文档 (documents) 处理 %d，失败 %d，"
                        + "非决算 %d；%.1f 秒，%.1f 个/秒 (docs/s)，峰值堆 (peak heap) %d MB → %s%n",
                summary.inputs().processed(), summary.inputs().failed(), summary.inputs().skipped(),
                summary.documents().processed(), summary.documents().failed(), summary.notDisclosures(),
                summary.seconds(), summary.documentsPerSecond(), summary.peakHeapBytes() / (1024 * 1024), file);
        spec.commandLine().getOut().flush();
        return summary.documents().failed() == 0 ? 0 : 1;
    }
}
