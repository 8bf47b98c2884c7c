package org.juesuan.ingest.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.juesuan.ingest.IngestFixtures.await;
import static org.juesuan.ingest.IngestFixtures.corpus;
import static org.juesuan.ingest.IngestFixtures.count;
import static org.juesuan.ingest.IngestFixtures.seedVariant;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.ingest.ChildJvm;
import org.juesuan.ingest.process.InboxLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * watch as its own JVM, killed with SIGKILL part-way through 60 documents and a few bad files, then
 * started again: every input ends in exactly one of .done/ and .error/, each good one has exactly
 * one result, and the ledger shows no input processed twice.
 */
class WatchCrashTest {
    /** Enough that the kill lands with work done, work in flight and work not started. */
    private static final int GOOD = 60;

    @Test
    void aKilledWatcherRestartsWithoutLosingOrRepeatingWork(@TempDir Path root) throws Exception {
        Path in = Files.createDirectories(root.resolve("in"));
        Path out = root.resolve("out");
        Set<String> names = new HashSet<>();
        Map<String, String> goodHashes = new HashMap<>();
        for (int i = 0; i < GOOD; i++) {
            String name = String.format("doc-%03d.txt", i);
            byte[] bytes = seedVariant(i);
            Files.write(in.resolve(name), bytes);
            goodHashes.put(name, new SourceDocument(name, bytes).contentHash());
            names.add(name);
        }
        for (String bad : List.of("bad/empty.docx", "bad/truncated.docx", "bad/encrypted.pdf", "bad/picture.doc")) {
            Files.copy(corpus(bad), in.resolve(corpus(bad).getFileName()));
            names.add(corpus(bad).getFileName().toString());
        }
        String[] args = {"watch", "--in", in.toString(), "--out", out.toString(), "-s", "watch.poll-millis=200",
                "-s", "watch.min-age-millis=500", "-s", "watch.check-interval-millis=100",
                "-s", "document.max-heap-megabytes=256"};
        Path log = root.resolve("watch.log");

        Process first = ChildJvm.start(log, "512m", args);
        try {
            await("some documents done", Duration.ofSeconds(300), () -> count(out, ".json") >= 15);
        } finally {
            first.destroyForcibly();
            assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        }
        long doneAtKill = count(in.resolve(".done"), "");
        assertTrue(doneAtKill < names.size(), "killed mid-way: " + doneAtKill);

        Process second = ChildJvm.start(log, "512m", args);
        try {
            await("every input moved", Duration.ofSeconds(600),
                    () -> count(in.resolve(".done"), "") + count(in.resolve(".error"), "") - count(in.resolve(".error"), ".error.json")
                            == names.size());
        } finally {
            second.destroy();
            second.waitFor(60, TimeUnit.SECONDS);
        }

        try (var left = Files.list(in)) {
            assertEquals(List.of(), left.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".camelLock"))
                    .filter(f -> !f.getFileName().toString().equals(InboxLock.FILE_NAME)).toList());
        }
        for (String name : names) {
            boolean done = Files.exists(in.resolve(".done").resolve(name));
            boolean failed = Files.exists(in.resolve(".error").resolve(name));
            assertTrue(done ^ failed, name + " in exactly one of .done/ and .error/");
            assertEquals(goodHashes.containsKey(name), done, name);
            if (failed) {
                assertTrue(Files.exists(in.resolve(".error").resolve(name + ".error.json")), name);
            } else {
                assertTrue(Files.exists(out.resolve(name + ".json")), name + " has its result");
            }
        }
        assertEquals(GOOD, count(out, ".txt.json"), "exactly one result per good input");
        List<String> ledger = Files.readAllLines(out.resolve(".juesuan/processed.log"), StandardCharsets.UTF_8);
        Map<String, Integer> timesProcessed = new HashMap<>();
        ledger.stream().filter(line -> !line.isBlank())
                .forEach(line -> timesProcessed.merge(line.split("\t")[0], 1, Integer::sum));
        timesProcessed.forEach((hash, times) -> assertEquals(1, times, hash + " processed " + times + " times"));
        assertTrue(timesProcessed.keySet().containsAll(goodHashes.values()), "every good input in the ledger");
        System.out.printf("crash test: killed with %d of %d inputs moved; after restart all %d accounted for, "
                + "%d ledger lines, no hash twice%n", doneAtKill, names.size(), names.size(), ledger.size());
    }
}
