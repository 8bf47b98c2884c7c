package org.juesuan.ingest.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.juesuan.ingest.IngestFixtures.await;
import static org.juesuan.ingest.IngestFixtures.count;
import static org.juesuan.ingest.IngestFixtures.seedVariant;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.ingest.process.DocumentReading;
import org.juesuan.ingest.process.Pipeline;
import org.juesuan.ingest.settings.IngestSettings;
import org.juesuan.ingest.settings.SettingsLoader;
import org.juesuan.model.Disclosure;
import org.juesuan.output.json.DisclosureJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copier convention over a real inbox: a copier that stalls mid-file is waited for, a file that
 * grows while it is being read is read again whole, a NAME.ready marker is read at once and a
 * NAME.part working name never.
 */
class CopierConventionTest {
    private static DisclosureReader reader;

    @TempDir
    Path root;

    @BeforeAll
    static void assembleReader() {
        reader = Pipeline.reader(new SettingsLoader().load());
    }

    private IngestSettings settings(long minAgeMillis) {
        return new SettingsLoader().overrides(Map.of("in", root.resolve("in").toString(),
                "out", root.resolve("out").toString(), "watch.poll-millis", "200",
                "watch.min-age-millis", String.valueOf(minAgeMillis), "watch.check-interval-millis", "100",
                "parallelism", "2")).load();
    }

    private Path in() {
        return root.resolve("in");
    }

    private Path out() {
        return root.resolve("out");
    }

    @Test
    void aCopierThatStallsForSecondsIsWaitedFor() throws Exception {
        Files.createDirectories(in());
        byte[] whole = seedVariant(31);
        int half = whole.length / 2;
        IngestSettings settings = settings(4000);
        AtomicInteger reads = new AtomicInteger();
        DocumentReading counting = source -> {
            reads.incrementAndGet();
            return reader.read(source);
        };
        try (Watcher watcher = Watcher.start(settings, new Pipeline(settings, counting, Pipeline.checks()));
             OutputStream copier = Files.newOutputStream(in().resolve("stalled.txt"), StandardOpenOption.CREATE_NEW)) {
            copier.write(whole, 0, half);
            copier.flush();
            stall(Duration.ofSeconds(2)); // an SMB or scp copy pausing mid-file, for half the quiet time
            copier.write(whole, half, whole.length - half);
            copier.flush();
            copier.close();
            await("stalled.txt done", Duration.ofSeconds(60), () -> Files.exists(in().resolve(".done/stalled.txt")));
        }
        Disclosure read = new DisclosureJson().read(out().resolve("stalled.txt.json"));
        assertTrue(read.text().contains("副本编号 31"), "read whole, its last line included");
        assertEquals(1, reads.get(), "read once");
        assertEquals(0, count(in().resolve(".error"), ""));
    }

    @Test
    void aFileThatGrowsWhileBeingReadIsReadAgainWhole() throws Exception {
        Files.createDirectories(in());
        byte[] whole = seedVariant(32);
        int half = whole.length / 2;
        IngestSettings settings = settings(300);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch appended = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        DocumentReading slowFirstRead = source -> {
            if (reads.incrementAndGet() == 1) {
                reading.countDown();
                assertTrue(appended.await(30, TimeUnit.SECONDS));
            }
            return reader.read(source);
        };
        Path file = in().resolve("growing.txt");
        Files.write(file, java.util.Arrays.copyOf(whole, half));
        try (Watcher watcher = Watcher.start(settings, new Pipeline(settings, slowFirstRead, Pipeline.checks()))) {
            assertTrue(reading.await(60, TimeUnit.SECONDS), "the half file was taken");
            Files.write(file, java.util.Arrays.copyOfRange(whole, half, whole.length), StandardOpenOption.APPEND);
            appended.countDown();
            await("growing.txt done", Duration.ofSeconds(60), () -> Files.exists(in().resolve(".done/growing.txt")));
        }
        Disclosure read = new DisclosureJson().read(out().resolve("growing.txt.json"));
        assertTrue(read.text().contains("副本编号 32"), "the result is of the whole file");
        assertEquals(2, reads.get(), "read again after it changed");
        List<String> ledger = Files.readAllLines(out().resolve(".juesuan/processed.log"), StandardCharsets.UTF_8);
        assertEquals(1, ledger.size(), ledger.toString());
        assertTrue(ledger.get(0).contains("\tDONE\tgrowing.txt\t"));
    }

    @Test
    void aReadyMarkerIsReadAtOnceAndAPartNameNever() throws Exception {
        Files.createDirectories(in());
        IngestSettings settings = settings(600_000); // never old enough: only the markers let files through
        Files.write(in().resolve("marked.txt"), seedVariant(33));
        Files.write(in().resolve("marked.txt.ready"), new byte[0]);
        Files.write(in().resolve("copying.txt.part"), seedVariant(34));
        Files.write(in().resolve("unmarked.txt"), seedVariant(35));
        try (Watcher watcher = Watcher.start(settings, new Pipeline(settings, reader::read, Pipeline.checks()))) {
            await("marked.txt done", Duration.ofSeconds(60), () -> Files.exists(in().resolve(".done/marked.txt")));
            assertFalse(Files.exists(in().resolve("marked.txt.ready")), "the marker is removed with its file");
            Files.move(in().resolve("copying.txt.part"), in().resolve("copying.txt"));
            Files.write(in().resolve("copying.txt.ready"), new byte[0]);
            await("copying.txt done", Duration.ofSeconds(60), () -> Files.exists(in().resolve(".done/copying.txt")));
            assertTrue(Files.exists(in().resolve("unmarked.txt")), "a young unmarked file waits");
        }
        assertEquals(2, Files.readAllLines(out().resolve(".juesuan/processed.log")).size());
    }

    /** The copier's pause: a wait on a latch nobody opens, bounded; not an assertion. */
    private static void stall(Duration pause) throws InterruptedException {
        assertFalse(new CountDownLatch(1).await(pause.toMillis(), TimeUnit.MILLISECONDS));
    }
}
