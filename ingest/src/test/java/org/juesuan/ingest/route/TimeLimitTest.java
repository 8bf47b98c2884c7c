package org.juesuan.ingest.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.juesuan.ingest.IngestFixtures.await;
import static org.juesuan.ingest.IngestFixtures.seedVariant;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.ingest.fork.ForkedReading;
import org.juesuan.ingest.fork.SpinningReading;
import org.juesuan.ingest.ReadingChildren;
import org.juesuan.ingest.process.ErrorRecords;
import org.juesuan.ingest.process.Pipeline;
import org.juesuan.ingest.process.RunSummary;
import org.juesuan.ingest.process.RunTally;
import org.juesuan.ingest.settings.IngestSettings;
import org.juesuan.ingest.settings.SettingsLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A runaway document among fast ones, in batch and in watch: past its time limit its reading child
 * is killed (the process is gone, so its CPU and memory are back), it alone fails with the reason,
 * the others are processed, and no reading thread is left running. Checked as the OS sees it: the
 * runaway's process is dead, the reading children's threads go back to idle (none running at the
 * OS's looks, where the runaway's was running at nearly every look), and once the run is closed no
 * reading child JVM is alive. Likewise a document that exhausts its child's heap fails alone.
 */
class TimeLimitTest {
    @TempDir
    Path root;

    private IngestSettings settings() {
        return new SettingsLoader().overrides(Map.of("in", root.resolve("in").toString(),
                "out", root.resolve("out").toString(), "watch.poll-millis", "200", "watch.min-age-millis", "300",
                "watch.check-interval-millis", "100", "parallelism", "2", "document.timeout-seconds", "15",
                "document.max-heap-megabytes", "256")).load();
    }

    private Pipeline spinningPipeline(IngestSettings settings) throws Exception {
        return new Pipeline(settings, new ForkedReading(new ReadingLimits(settings.document().maxBytes(),
                settings.document().maxCharacters()), 256, SpinningReading.class.getName()), Pipeline.checks());
    }

    private Path inputs(Path folder) throws Exception {
        Files.createDirectories(folder);
        for (int i = 0; i < 4; i++) {
            Files.write(folder.resolve("fast-" + i + ".txt"), seedVariant(40 + i));
        }
        Files.writeString(folder.resolve("runaway.txt"), "SPIN " + root.resolve("runaway.pid"), StandardCharsets.UTF_8);
        return folder;
    }

    @Test
    void batchKillsTheRunawayAndGoesOn() throws Exception {
        IngestSettings settings = settings();
        Path tree = inputs(root.resolve("tree"));
        RunSummary summary;
        try (Pipeline pipeline = spinningPipeline(settings)) {
            summary = new BatchRun(settings, pipeline, false).run(List.of(tree), new RunTally());
            assertChildGone();
            assertChildrenBackToIdle();
        }
        assertNoReadingChildAlive();
        assertEquals(4, summary.documents().processed());
        assertEquals(1, summary.documents().failed());
        assertTrue(summary.failures().get(0).reason().contains("超时"), summary.failures().toString());
        assertNoReadingThreadRuns();
    }

    @Test
    void watchKillsTheRunawayAndGoesOn() throws Exception {
        IngestSettings settings = settings();
        Path in = inputs(root.resolve("in"));
        try (Watcher watcher = Watcher.start(settings, spinningPipeline(settings))) {
            await("the runaway started", Duration.ofSeconds(180), () -> Files.exists(root.resolve("runaway.pid")));
            double runaway = ReadingChildren.busyShare(Duration.ofSeconds(2), 20);
            assertTrue(runaway > 0.8, "the runaway seen burning a core: " + runaway);
            await("every input moved", Duration.ofSeconds(120),
                    () -> Files.exists(in.resolve(".error/runaway.txt")) && IngestFixturesCount.done(in) == 4);
            assertChildGone();
            assertChildrenBackToIdle();
            assertNoReadingThreadRuns();
        }
        assertNoReadingChildAlive();
        assertTrue(new ErrorRecords().read(in.resolve(".error/runaway.txt.error.json")).reason().contains("超时"));
    }

    /**
     * A text of some 14 million Chinese characters (40 MB, under the size limit, the character limit
     * raised past it) read by a 64 MB child, read first by the only worker: the child runs out of
     * heap, that document alone fails with the one-line reason, and the documents after it are read by
     * a fresh child.
     */
    @Test
    void batchReplacesAChildThatRunsOutOfMemoryAndGoesOn() throws Exception {
        IngestSettings settings = new SettingsLoader().overrides(Map.of("in", root.resolve("in").toString(), "out", root.resolve("out").toString(),
                "parallelism", "1", "document.max-characters", "100000000", "document.max-heap-megabytes", "64")).load();
        Path tree = Files.createDirectories(root.resolve("tree"));
        try (var huge = Files.newBufferedWriter(tree.resolve("a-huge.txt"), StandardCharsets.UTF_8)) {
            String line = "本部门2024年度一般公共预算财政拨款支出决算数为一千二百三十四万元。".repeat(20) + "\n";
            for (long written = 0; written < 40L * 1024 * 1024; written += line.length() * 3L) {
                huge.write(line);
            }
        }
        for (int i = 0; i < 3; i++) {
            Files.write(tree.resolve("fast-" + i + ".txt"), seedVariant(60 + i));
        }
        RunSummary summary;
        try (Pipeline pipeline = Pipeline.standard(settings)) {
            summary = new BatchRun(settings, pipeline, false).run(List.of(tree), new RunTally());
        }
        assertNoReadingChildAlive();
        assertEquals(3, summary.documents().processed(), summary.failures().toString());
        assertEquals(1, summary.documents().failed());
        assertTrue(summary.failures().get(0).reason().contains(ForkedReading.OUT_OF_MEMORY), summary.failures().toString());
    }

    private void assertChildGone() throws Exception {
        Path pidFile = root.resolve("runaway.pid");
        await("the runaway's pid recorded", Duration.ofSeconds(60), () -> Files.exists(pidFile));
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        await("the runaway's child killed", Duration.ofSeconds(30),
                () -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
    }

    /** The reading children's CPU back to idle: a few quiet looks in a row, within a deadline. */
    private static void assertChildrenBackToIdle() throws InterruptedException {
        await("the reading children idle", Duration.ofSeconds(60), () -> {
            try {
                return ReadingChildren.busyShare(Duration.ofSeconds(2), 20) < 0.3;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    private static void assertNoReadingChildAlive() throws InterruptedException {
        await("no reading child JVM alive", Duration.ofSeconds(30), () -> ReadingChildren.alive().isEmpty());
    }

    private static void assertNoReadingThreadRuns() throws InterruptedException {
        await("no reading thread left running", Duration.ofSeconds(30), () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().startsWith("juesuan-read-") && t.getState() == Thread.State.RUNNABLE));
    }

    /** Inputs moved to .done/. */
    private static final class IngestFixturesCount {
        static long done(Path in) {
            return org.juesuan.ingest.IngestFixtures.count(in.resolve(".done"), ".txt");
        }
    }
}
