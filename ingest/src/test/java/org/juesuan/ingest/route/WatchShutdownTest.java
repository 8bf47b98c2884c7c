package org.juesuan.ingest.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.juesuan.ingest.IngestFixtures.await;
import static org.juesuan.ingest.IngestFixtures.count;
import static org.juesuan.ingest.IngestFixtures.seedVariant;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.juesuan.ingest.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * watch as its own JVM, stopped with SIGTERM part-way with a short shutdown timeout: it exits by
 * itself, every input is either finished (moved, with its result and its ledger line) or abandoned
 * in the inbox (at most one per worker with a result already written, which the restart rewrites),
 * nothing half-written stands under a real name, and the next start clears the temporary files a
 * stop cut short and finishes the rest exactly once.
 */
class WatchShutdownTest {
    /** Enough that SIGTERM lands with work done, work in flight and work not started. */
    private static final int DOCUMENTS = 60;

    @Test
    void sigtermFinishesOrCleanlyAbandonsWhatIsInFlight(@TempDir Path root) throws Exception {
        Path in = Files.createDirectories(root.resolve("in"));
        Path out = root.resolve("out");
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.write(in.resolve(String.format("doc-%03d.txt", i)), seedVariant(1000 + i));
        }
        String[] args = {"watch", "--in", in.toString(), "--out", out.toString(), "-s", "watch.poll-millis=200",
                "-s", "watch.min-age-millis=500", "-s", "watch.check-interval-millis=100", "-s", "shutdown.timeout-seconds=2",
                "-s", "document.max-heap-megabytes=256"};
        Process watcher = ChildJvm.start(root.resolve("watch.log"), "512m", args);
        try {
            await("some documents done", Duration.ofSeconds(300), () -> count(out, ".txt.json") >= 5);
        } catch (AssertionError e) {
            watcher.destroyForcibly();
            throw e;
        }
        watcher.destroy(); // SIGTERM
        assertTrue(watcher.waitFor(60, TimeUnit.SECONDS), "the watcher stops by itself after SIGTERM");

        long done = count(in.resolve(".done"), ".txt");
        long waiting;
        try (Stream<Path> left = Files.list(in)) {
            waiting = left.filter(p -> p.getFileName().toString().endsWith(".txt")).count();
        }
        assertEquals(DOCUMENTS, done + waiting, "each input finished or still waiting, none lost or in two places");
        assertTrue(waiting > 0, "stopped part-way, with inputs left for the restart: " + done + " finished");
        // A worker stopped between writing a result and moving its input leaves the result for the
        // restart to write again under the same name: at most one such document per worker.
        long results = count(out, ".txt.json");
        int workers = Runtime.getRuntime().availableProcessors();
        assertTrue(results >= done && results - done <= workers, results + " results for " + done + " finished inputs");
        try (Stream<Path> files = Files.list(out)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".json") && !p.getFileName().toString().startsWith(".")
                    && p.toFile().length() == 0), "no empty result under a real name");
        }
        List<String> ledger = Files.readAllLines(out.resolve(".juesuan/processed.log"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        assertTrue(ledger.size() >= done && ledger.size() <= results, ledger.size() + " ledger lines for " + done
                + " finished inputs and " + results + " results");

        Process again = ChildJvm.start(root.resolve("watch.log"), "512m", args);
        try {
            await("the rest finished after a restart", Duration.ofSeconds(600),
                    () -> count(in.resolve(".done"), ".txt") == DOCUMENTS);
        } finally {
            again.destroy();
            again.waitFor(60, TimeUnit.SECONDS);
        }
        Map<String, Integer> times = new HashMap<>();
        Files.readAllLines(out.resolve(".juesuan/processed.log"), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                .forEach(line -> times.merge(line.split("\t")[0], 1, Integer::sum));
        assertEquals(DOCUMENTS, times.size(), "every input in the ledger");
        times.forEach((hash, n) -> assertEquals(1, n, hash + " processed " + n + " times"));
        assertEquals(DOCUMENTS, count(out, ".txt.json"), "exactly one result per input after the restart");
        assertEquals(0, count(out, ".tmp"), "the restart cleared any file left half-written by the stop");
        System.out.printf("shutdown test: SIGTERM with %d of %d finished (%d results, %d ledger lines), the rest waiting; "
                + "restart finished all%n", done, DOCUMENTS, results, ledger.size());
    }
}
