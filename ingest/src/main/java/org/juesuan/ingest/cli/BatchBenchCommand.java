package org.juesuan.ingest.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.juesuan.ingest.bench.BatchBenchResult;
import org.juesuan.ingest.bench.BatchBenchmark;
import org.juesuan.ingest.bench.BatchCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code juesuan bench-batch SOURCE…}: batch's throughput at the margin with one worker and with all
 * cores, its fixed cost, and its peak heap, from whole batch runs at two sizes, side by side.
 */
@Command(name = "bench-batch", mixinStandardHelpOptions = true,
        description = {"测量批处理：单线程与多线程在边际上的每秒文档数及其比值、每次运行的固定开销、峰值堆。",
                "Runs batch (a JVM of its own each time) over N1 and N2 = 2·N1 distinct copies of the PDFs and texts",
                "under SOURCE, with 1 worker and with --threads, alternating, for --rounds rounds; prints the medians,",
                "docs/s at the margin (N2−N1)/(t2−t1) for each, their ratio, the fixed cost t1 − N1/margin, the CPU",
                "seconds (user+sys of batch and its reading children) and the peak heaps (batch JVM + children)."})
final class BatchBenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "PDF 与文本文件或目录 (PDFs and texts, or folders of them)")
    private List<Path> sources;

    @Option(names = "--documents", paramLabel = "N1", defaultValue = "20", description = "较小的规模 (the smaller size; the larger is twice it; default: ${DEFAULT-VALUE})")
    private int documents;

    @Option(names = "--rounds", paramLabel = "R", defaultValue = "3", description = "轮数 (rounds; default: ${DEFAULT-VALUE})")
    private int rounds;

    @Option(names = "--threads", paramLabel = "T", description = "多线程的线程数 (workers of the parallel runs; default: the cores)")
    private Integer threads;

    @Option(names = "--launcher", paramLabel = "FILE", description = "用另一个 juesuan 启动脚本运行 batch (another build's launcher, to compare; default: this build's own juesuan)")
    private Path launcher;

    @Option(names = "--compare", paramLabel = "FILE", description = "另一个 juesuan 启动脚本，与本次构建交替测量 (another build's launcher, measured in the same rounds, interleaved)")
    private Path compare;

    @Option(names = {"-s", "--set"}, paramLabel = "KEY=VALUE", description = "传给每次 batch 的设置 (a setting for every batch run)")
    private List<String> settings = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (documents < 1 || rounds < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--documents 与 --rounds 须为正数 (must be positive)");
        }
        int parallel = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("juesuan-bench-batch-");
        try {
            BatchCorpus corpus = BatchCorpus.of(sources);
            Path smaller = work.resolve("n1");
            Path larger = work.resolve("n2");
            corpus.write(smaller, 0, documents);
            corpus.write(larger, 0, 2 * documents);
            List<BatchBenchmark> builds = new ArrayList<>(List.of(new BatchBenchmark(work, launcher, settings)));
            if (compare != null) {
                builds.add(new BatchBenchmark(work, compare, settings));
            }
            out.printf(Locale.ROOT, "%d sources, N1 = %d, N2 = %d, 1 and %d workers, %d rounds; load %s%n", corpus.sources().size(),
                    documents, 2 * documents, parallel, rounds, LoadAverage.now());
            for (int b = 0; b < builds.size(); b++) {
                out.printf(Locale.ROOT, "%s runs: %s batch …%n", b == 0 ? "this build" : "compared", builds.get(b).command());
            }
            out.flush();
            List<List<BatchBenchmark.Run>> runs = new ArrayList<>();
            for (BatchBenchmark build : builds) {
                build.run(smaller, documents, 1); // warm-up: the page cache and the class archive
                runs.add(new ArrayList<>());
            }
            for (int round = 0; round < rounds; round++) {
                for (int size : List.of(documents, 2 * documents)) {
                    for (int workers : parallel > 1 ? List.of(1, parallel) : List.of(1)) {
                        for (int b = 0; b < builds.size(); b++) {
                            BatchBenchmark.Run run = builds.get(b).run(size == documents ? smaller : larger, size, workers);
                            runs.get(b).add(run);
                            out.printf(Locale.ROOT, "round %d, %s: %d docs, %d worker(s): %.2f s wall, %.2f s CPU, heap %d + %d MB"
                                            + " (%d read, %d failed); load %s%n", round + 1, b == 0 ? "this build" : "compared",
                                    size, workers, run.wallSeconds(), run.cpuSeconds(), run.parentPeakHeapBytes() >> 20,
                                    run.readingPeakHeapBytes() >> 20, run.processed(), run.failed(), LoadAverage.now());
                            out.flush();
                        }
                    }
                }
            }
            for (int b = 0; b < builds.size(); b++) {
                out.println();
                out.println(b == 0 ? "this build" + (launcher == null ? "" : " (" + launcher + ")") : "compared (" + compare + ")");
                out.println(new BatchBenchResult(documents, 2 * documents, parallel, runs.get(b)).table());
            }
            out.flush();
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        return 0;
    }
}
