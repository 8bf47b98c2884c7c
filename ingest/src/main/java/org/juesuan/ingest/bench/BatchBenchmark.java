package org.juesuan.ingest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code batch} as a user runs it, a JVM of its own per run, over N1 and N2 = 2·N1 documents with one
 * worker and with {@code threads}, the four runs of a round in turn (so a drift of the machine's
 * speed falls on all four alike), several rounds, medians taken. From the two sizes: the throughput
 * at the margin, (N2 − N1) / (t2 − t1), free of what a run costs whatever its size, and that cost,
 * the fixed cost, t1 − N1 / margin.
 */
public final class BatchBenchmark {
    /** One batch run's figures, as measured outside it and as its summary.json reports them. */
    public record Run(int documents, int threads, double wallSeconds, double cpuSeconds, long parentPeakHeapBytes,
                      long readingPeakHeapBytes, int processed, int failed) {
    }

    private final Path work;
    private final List<String> javaCommand;
    private final List<String> settings;

    /**
     * @param work     where the documents and each run's output folder go
     * @param launcher a {@code juesuan} launcher to run batch with (another build's, to compare), or
     *                 null for this build: its own launcher when it sits beside the jar, as a user runs it
     * @param settings {@code -s KEY=VALUE} pairs handed to every run (after the parallelism)
     */
    public BatchBenchmark(Path work, Path launcher, List<String> settings) {
        this.work = work;
        this.settings = List.copyOf(settings);
        this.javaCommand = launcher != null ? List.of(launcher.toString())
                : thisBuildsLauncher().map(path -> List.of(path.toString())).orElseGet(BatchBenchmark::javaCommand);
    }

    /** The command each run starts with (the launcher, or java itself when no launcher was found). */
    public String command() {
        return String.join(" ", javaCommand);
    }

    /**
     * The {@code juesuan} launcher of the build this JVM runs from ({@code ROOT/ingest/target/juesuan.jar}
     * beside {@code ROOT/juesuan}): it gives batch and its reading children the heap, collector and
     * compiler a user's batch gets, which started as java alone they would not (G1 and both compiler
     * tiers instead of the serial collector and the quick compiler).
     */
    private static java.util.Optional<Path> thisBuildsLauncher() {
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry).toAbsolutePath();
            if (jar.getFileName() != null && jar.getFileName().toString().equals("juesuan.jar") && jar.getNameCount() >= 3) {
                Path launcher = jar.getParent().getParent().getParent().resolve("juesuan");
                if (Files.isExecutable(launcher)) {
                    return java.util.Optional.of(launcher);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * This JVM's java, heap limit and class-data-sharing archive, on this class path: the fallback when
     * no launcher is found (the launcher's collector and compiler choice for batch are not applied).
     */
    private static List<String> javaCommand() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (argument.startsWith("-Xmx") || argument.startsWith("-XX:SharedArchiveFile=") || argument.startsWith("-Xshare")) {
                command.add(argument);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.juesuan.ingest.cli.Juesuan"));
        return command;
    }

    /** One batch over {@code documents} with {@code threads} workers into a fresh output folder. */
    public Run run(Path documents, int count, int threads) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory(work, "out-" + count + "-" + threads + "-");
        List<String> command = new ArrayList<>(javaCommand);
        command.addAll(List.of("batch", documents.toString(), "--out", out.toString(), "-s", "parallelism=" + threads));
        for (String setting : settings) {
            command.addAll(List.of("-s", setting));
        }
        Path log = out.resolveSibling(out.getFileName() + ".log");
        double cpuBefore = ChildrenCpu.seconds();
        long start = System.nanoTime();
        Process batch = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!batch.waitFor(1, TimeUnit.HOURS)) {
            batch.destroyForcibly();
            throw new IOException("batch did not finish within an hour; see " + log);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = ChildrenCpu.seconds() - cpuBefore;
        Path summaryFile = out.resolve("summary.json");
        if (!Files.exists(summaryFile)) {
            throw new IOException("batch exited " + batch.exitValue() + " without a summary; see " + log);
        }
        JsonNode summary = JsonMapper.builder().build().readTree(summaryFile.toFile());
        Run run = new Run(count, threads, wall, cpu, summary.at("/parentPeakHeapBytes").asLong(),
                summary.at("/readingPeakHeapBytes").asLong(), summary.at("/documents/processed").asInt(),
                summary.at("/documents/failed").asInt());
        delete(out);
        Files.deleteIfExists(log);
        return run;
    }

    private static void delete(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
