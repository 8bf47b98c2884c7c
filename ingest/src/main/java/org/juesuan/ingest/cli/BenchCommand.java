package org.juesuan.ingest.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.ingest.bench.BenchResult;
import org.juesuan.ingest.bench.Benchmark;
import org.juesuan.ingest.process.Pipeline;
import org.juesuan.ingest.settings.IngestSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code juesuan bench CORPUS…}: documents per second, stage shares, and the ratio to a bare Tika parse. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"测量处理速度：每秒文档数、各阶段占比，以及与同一批文件裸 Tika 解析的耗时比。",
                "Measures documents per second, each stage's share, and the whole pipeline's time over a bare Tika",
                "parse of the same files, side by side in one run (one thread, after warm-up rounds)."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "目录或文件 (folders or documents)")
    private List<Path> corpus;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "测量轮数 (measured rounds; default: ${DEFAULT-VALUE})")
    private int rounds;

    @Option(names = "--warm-up", paramLabel = "N", defaultValue = "3",
            description = "预热轮数，不计时 (untimed warm-up rounds before them; default: ${DEFAULT-VALUE})")
    private int warmUpRounds;

    @Mixin
    private SettingsOptions settingsOptions;

    @Override
    public Integer call() throws Exception {
        if (warmUpRounds < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--warm-up 不可为负 (must not be negative)");
        }
        if (rounds < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rounds 须为正数 (must be positive)");
        }
        Path scratch = Files.createTempDirectory("juesuan-bench");
        IngestSettings settings = settingsOptions.load(spec.commandLine(), Map.of("out", scratch.toString()));
        List<SourceDocument> documents = Benchmark.corpus(corpus);
        if (documents.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "没有找到文件 (no documents found)");
        }
        BenchResult result;
        long startup;
        long firstFinding;
        try {
            long start = System.nanoTime();
            DisclosureReader reader = Pipeline.reader(settings); // loads the section-kind model
            startup = (System.nanoTime() - start) / 1_000_000;
            Benchmark benchmark = new Benchmark(reader, Pipeline.checks(), scratch);
            firstFinding = startup + benchmark.firstDocumentNanos(documents.get(0)) / 1_000_000;
            result = benchmark.run(documents, warmUpRounds, rounds);
        } finally {
            try (var written = Files.walk(scratch)) {
                written.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        spec.commandLine().getOut().println(result.table());
        spec.commandLine().getOut().println("启动 (start-up: assembling the reader, the section-kind model loaded) " + startup + " ms");
        spec.commandLine().getOut().println("首个结果 (time to first finding: start-up, then the first document read and checked cold) "
                + firstFinding + " ms");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
