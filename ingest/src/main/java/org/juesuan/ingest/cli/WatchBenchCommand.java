package org.juesuan.ingest.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.ingest.bench.Benchmark;
import org.juesuan.ingest.bench.ForkCostBenchmark;
import org.juesuan.ingest.bench.WatchHistoryBenchmark;
import org.juesuan.ingest.fork.ForkedReading;
import org.juesuan.ingest.process.Pipeline;
import org.juesuan.ingest.settings.IngestSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code juesuan bench-watch TEXT [DOCUMENT…]}: watch's per-file cost against the ledger's history,
 * and the cost of reading in a child JVM against reading in this one.
 */
@Command(name = "bench-watch", mixinStandardHelpOptions = true,
        description = {"测量 watch 每个文件的耗时随已记录文件数的变化（预先写入 1,000 / 10,000 / 100,000 条记录），",
                "以及在子进程中读取每个文件相对于本进程读取的额外耗时与内存。",
                "Measures watch's time per file against the number of files its ledger has recorded (pre-filled),",
                "side by side, and the time and heap of reading each document in a child JVM against in this JVM."})
final class WatchBenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TEXT", description = "文本格式的决算公开文件，用于生成输入 (a text disclosure; the inputs are it, numbered)")
    private Path text;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "DOCUMENT",
            description = "比较子进程读取的文件，默认 TEXT (documents to read in and out of a child; default: TEXT)")
    private List<Path> documents = List.of();

    @Option(names = "--records", split = ",", paramLabel = "N", defaultValue = "1000,10000,100000",
            description = "预先记录的文件数 (files recorded beforehand, per round; default: ${DEFAULT-VALUE})")
    private List<Integer> records;

    @Option(names = "--files", paramLabel = "N", defaultValue = "100",
            description = "每轮处理的文件数 (inputs per round; default: ${DEFAULT-VALUE})")
    private int files;

    @Option(names = "--forked", description = "watch 轮次也在子进程中读取（与生产一致）(read in child JVMs in the watch rounds too)")
    private boolean forked;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "轮数：每个记录数的 watch 轮次（交替进行，取中位数）与子进程比较的轮数"
                    + " (rounds: of watch per record count, interleaved, medians reported; and of the child comparison;"
                    + " default: ${DEFAULT-VALUE})")
    private int rounds;

    @Mixin
    private SettingsOptions settingsOptions;

    @Override
    public Integer call() throws Exception {
        if (files < 2 || rounds < 1 || records.stream().anyMatch(n -> n < 0)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--files 至少 2，--rounds 须为正数，--records 不能为负 (files at least 2, rounds positive, records not negative)");
        }
        IngestSettings settings = settingsOptions.load(spec.commandLine(), Map.of("out",
                Files.createTempDirectory("juesuan-bench-watch").toString()));
        PrintWriter out = spec.commandLine().getOut();
        DisclosureReader reader = Pipeline.reader(settings);
        WatchHistoryBenchmark.ReadingFactory readings = forked ? Pipeline::forkedReading : any -> reader::read;
        List<WatchHistoryBenchmark.Row> rows = new WatchHistoryBenchmark(Files.readAllBytes(text), files, readings)
                .run(records, rounds);
        out.println(historyTable(rows));
        List<SourceDocument> compared = Benchmark.corpus(documents.isEmpty() ? List.of(text) : documents);
        try (ForkedReading child = Pipeline.forkedReading(settings)) {
            out.println(forkTable(new ForkCostBenchmark(reader, child).run(compared, rounds)));
        }
        out.flush();
        return 0;
    }

    private String historyTable(List<WatchHistoryBenchmark.Row> rows) {
        StringBuilder table = new StringBuilder(String.format("watch：每轮 %d 个文件，%s读取，%d 轮取中位数 (per round %d inputs, read %s, median of %d rounds)%n",
                files, forked ? "子进程" : "本进程", rounds, files, forked ? "in child JVMs" : "in this JVM", rounds));
        table.append(String.format("%10s %12s %16s %14s %12s %12s %8s%n", "recorded", "open ms", "ledger µs/input",
                "watch ms/file", "1st half", "2nd half", "ratio"));
        double base = rows.isEmpty() ? 1 : rows.get(0).watchMillisPerFile();
        for (WatchHistoryBenchmark.Row row : rows) {
            table.append(String.format("%10d %12d %16.1f %14.1f %12.1f %12.1f %8.2f%n", row.recorded(), row.openMillis(),
                    row.ledgerMicrosPerInput(), row.watchMillisPerFile(), row.firstHalfMillisPerFile(),
                    row.secondHalfMillisPerFile(), row.watchMillisPerFile() / base));
        }
        return table.append("ratio = watch ms/file ÷ that of the first row").toString();
    }

    private static String forkTable(ForkCostBenchmark.Result result) {
        return String.format("读取：%d 个文件 × %d 轮 (reading: %d documents × %d rounds)%n"
                        + "in this JVM %.1f ms/document, in a child JVM %.1f ms/document, ratio %.2f%n"
                        + "peak heap: this JVM %d MB, the child %d MB",
                result.documents(), result.rounds(), result.documents(), result.rounds(),
                result.inProcessMillisPerDocument(), result.childMillisPerDocument(), result.ratio(),
                result.parentPeakHeapBytes() >> 20, result.childPeakHeapBytes() >> 20);
    }
}
