package org.juesuan.ingest.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.juesuan.ingest.process.DocumentReading;
import org.juesuan.ingest.process.Pipeline;
import org.juesuan.ingest.process.ProcessedLedger;
import org.juesuan.ingest.route.Watcher;
import org.juesuan.ingest.settings.IngestSettings;
import org.juesuan.ingest.settings.SettingsLoader;

/**
 * {@code bench-watch}: the per-file cost of {@code watch} against the number of files its ledger has
 * recorded. For each history size, a fresh output folder's ledger is pre-filled with that many
 * records (and synced to disk), then a real watcher (one worker, the given reading) takes an inbox of
 * as many distinct documents each round; its per-file cost is the time from the first input's move
 * to the last one's divided by the inputs between, so the start-up (the ledger's one read included,
 * timed apart) is left out. The ledger alone is timed too: opening it, and a miss, a record and two
 * hits per input.
 */
public final class WatchHistoryBenchmark {
    /** One history size's figures. */
    public record Row(int recorded, long openMillis, double ledgerMicrosPerInput, double watchMillisPerFile,
                      double firstHalfMillisPerFile, double secondHalfMillisPerFile) {
    }

    /** Builds the reading each round's pipeline uses (in this JVM, or in child JVMs). */
    @FunctionalInterface
    public interface ReadingFactory {
        DocumentReading create(IngestSettings settings) throws IOException;
    }

    private static final long DEADLINE_NANOS = 30L * 60 * 1_000_000_000;

    private final byte[] text;
    private final int files;
    private final ReadingFactory readings;

    /**
     * @param text  a text disclosure; each input is it with a numbered line added, so all are distinct
     * @param files inputs per round
     */
    public WatchHistoryBenchmark(byte[] text, int files, ReadingFactory readings) {
        this.text = text.clone();
        this.files = files;
        this.readings = readings;
    }

    /**
     * A warm-up round with no history, then {@code cycles} cycles of one round per size, in the order
     * given, so a change of the machine's load falls on every size alike; each size's figures are the
     * medians of its rounds.
     */
    public List<Row> run(List<Integer> recorded, int cycles) throws Exception {
        round(0, -1);
        Map<Integer, List<Row>> bySize = new LinkedHashMap<>();
        int round = 0;
        for (int cycle = 0; cycle < cycles; cycle++) {
            for (int size : recorded) {
                bySize.computeIfAbsent(size, any -> new ArrayList<>()).add(round(size, round++));
            }
        }
        List<Row> rows = new ArrayList<>();
        bySize.forEach((size, rounds) -> rows.add(median(size, rounds)));
        return rows;
    }

    private static Row median(int size, List<Row> rounds) {
        return new Row(size, (long) median(rounds, row -> row.openMillis()), median(rounds, Row::ledgerMicrosPerInput),
                median(rounds, Row::watchMillisPerFile), median(rounds, Row::firstHalfMillisPerFile),
                median(rounds, Row::secondHalfMillisPerFile));
    }

    private static double median(List<Row> rounds, ToDoubleFunction<Row> figure) {
        double[] values = rounds.stream().mapToDouble(figure).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private Row round(int recorded, int round) throws Exception {
        Path root = Files.createTempDirectory("juesuan-bench-watch");
        try {
            Path in = Files.createDirectories(root.resolve("in"));
            Path out = Files.createDirectories(root.resolve("out"));
            prefill(out, recorded);
            long open = System.nanoTime();
            double ledgerMicros;
            try (ProcessedLedger ledger = new ProcessedLedger(out)) {
                long opened = System.nanoTime();
                ledgerMicros = ledgerOperations(ledger, recorded, round);
                open = (opened - open) / 1_000_000;
            }
            for (int i = 0; i < files; i++) {
                Files.write(in.resolve("input-" + i + ".txt"), variant(round, i));
            }
            IngestSettings settings = new SettingsLoader().overrides(Map.of("in", in.toString(), "out", out.toString(),
                    "parallelism", "1", "watch.poll-millis", "20", "watch.min-age-millis", "1",
                    "watch.check-interval-millis", "10")).load();
            long first;
            long half;
            long end;
            try (Watcher watcher = Watcher.start(settings, () -> new Pipeline(settings, readings.create(settings),
                    Pipeline.checks()))) {
                first = awaitDone(in, 1);
                half = awaitDone(in, files / 2);
                end = awaitDone(in, files);
            }
            return new Row(recorded, open, ledgerMicros, millis(end - first) / (files - 1),
                    millis(half - first) / (files / 2 - 1), millis(end - half) / (files - files / 2));
        } finally {
            delete(root);
        }
    }

    /** Microseconds per input of a miss, a record and a hit, over as many inputs as a round has. */
    private double ledgerOperations(ProcessedLedger ledger, int recorded, int round) throws IOException {
        long start = System.nanoTime();
        for (int i = 0; i < files; i++) {
            String hash = hash(1_000_000_000L * (round + 2) + i);
            if (ledger.find(hash).isPresent()) {
                throw new IllegalStateException("a fresh hash was found");
            }
            ledger.record(hash, ProcessedLedger.Status.DONE, "probe-" + i);
            if (ledger.find(hash).isEmpty() || (recorded > 0 && ledger.find(hash(recorded / 2)).isEmpty())) {
                throw new IllegalStateException("a recorded hash was not found");
            }
        }
        return (System.nanoTime() - start) / 1000.0 / files;
    }

    /** Writes {@code recorded} ledger lines at once, as a long history leaves them. */
    private static void prefill(Path out, int recorded) throws IOException {
        Path file = Files.createDirectories(out.resolve(".juesuan")).resolve("processed.log");
        Instant time = Instant.parse("2026-01-01T00:00:00Z");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             BufferedWriter writer = new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8), 1 << 16)) {
            for (int i = 0; i < recorded; i++) {
                writer.write(new ProcessedLedger.Entry(hash(i), i % 10 == 0 ? ProcessedLedger.Status.FAILED
                        : ProcessedLedger.Status.DONE, "历史文件-" + i + ".pdf", time.plusSeconds(i)).line());
            }
            writer.flush();
            channel.force(true); // the history is on disk, so the first record's sync does not write it
        }
    }

    private byte[] variant(int round, int i) {
        byte[] line = ("\n（基准副本 " + round + "-" + i + "）\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(text, text.length + line.length);
        System.arraycopy(line, 0, bytes, text.length, line.length);
        return bytes;
    }

    private static String hash(long n) {
        return HexFormat.of().toHexDigits(n).repeat(4);
    }

    /** Waits until {@code count} inputs are in {@code .done/} or {@code .error/}; returns when (System.nanoTime). */
    private static long awaitDone(Path in, int count) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + DEADLINE_NANOS;
        while (moved(in.resolve(".done")) + moved(in.resolve(".error")) < count) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the watcher did not finish " + count + " inputs in time");
            }
            Thread.sleep(5); // polling a folder: nothing to be notified by
        }
        return System.nanoTime();
    }

    private static long moved(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> inputs = Files.list(folder)) {
            return inputs.filter(f -> !f.getFileName().toString().endsWith(".error.json")).count();
        }
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
