package org.juesuan.ingest.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.juesuan.ingest.IngestFixtures.await;
import static org.juesuan.ingest.IngestFixtures.corpus;
import static org.juesuan.ingest.IngestFixtures.count;
import static org.juesuan.ingest.IngestFixtures.seedVariant;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.juesuan.ingest.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two watchers started at the same moment on one inbox, each with its own output folder (the
 * mistake that once lost four files): exactly one runs, the other exits with code 2 and one line,
 * and every input ends in exactly one of .done/ and .error/, processed once, none lost.
 */
class TwoWatchersTest {
    private static final int GOOD = 30;

    @Test
    void theSecondWatcherOfAnInboxRefusesAndNothingIsLostOrDoubled(@TempDir Path root) throws Exception {
        Path in = Files.createDirectories(root.resolve("in"));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < GOOD; i++) {
            String name = String.format("doc-%02d.txt", i);
            Files.write(in.resolve(name), seedVariant(100 + i));
            names.add(name);
        }
        Files.copy(corpus("bad/truncated.docx"), in.resolve("truncated.docx"));
        names.add("truncated.docx");

        Process first = watcher(root, "a");
        Process second = watcher(root, "b");
        try {
            await("one of the two watchers refused", Duration.ofSeconds(120), () -> !first.isAlive() || !second.isAlive());
            Process loser = first.isAlive() ? second : first;
            Process winner = loser == first ? second : first;
            String loserName = loser == first ? "a" : "b";
            String winnerName = loser == first ? "b" : "a";
            assertTrue(loser.waitFor(30, TimeUnit.SECONDS));
            assertEquals(2, loser.exitValue(), "the refused watcher's exit code");
            List<String> said = Files.readAllLines(root.resolve(loserName + ".log"), StandardCharsets.UTF_8);
            assertEquals(1, said.size(), "one line: " + said);
            assertTrue(said.get(0).contains("正在监视") && said.get(0).contains("another watcher"), said.get(0));
            assertFalse(said.get(0).contains("Exception"), said.get(0));

            for (int i = 0; i < 10; i++) { // more arrive while the winner runs
                String name = String.format("late-%02d.txt", i);
                Files.write(in.resolve(name), seedVariant(200 + i));
                names.add(name);
            }
            await("every input moved", Duration.ofSeconds(240), () -> moved(in) == names.size());
            assertTrue(winner.isAlive(), "the first watcher still runs");
            Path out = root.resolve("out-" + winnerName);
            for (String name : names) {
                boolean done = Files.exists(in.resolve(".done").resolve(name));
                boolean failed = Files.exists(in.resolve(".error").resolve(name));
                assertTrue(done ^ failed, name + " in exactly one of .done/ and .error/");
                assertEquals(!name.equals("truncated.docx"), done, name);
                assertTrue(failed || Files.exists(out.resolve(name + ".json")), name + " has its result");
            }
            assertFalse(Files.exists(root.resolve("out-" + loserName).resolve(".juesuan")), "the refused one wrote nothing");
            Map<String, Integer> times = new HashMap<>();
            List<String> ledger = Files.readAllLines(out.resolve(".juesuan/processed.log"), StandardCharsets.UTF_8);
            ledger.forEach(line -> times.merge(line.split("\t")[2], 1, Integer::sum));
            assertEquals(names.size(), times.size(), "every input in the ledger");
            times.forEach((name, n) -> assertEquals(1, n, name + " processed " + n + " times"));
            System.out.printf("two watchers: %d inputs in, %d in .done, %d in .error, %d ledger lines, 0 lost, 0 twice%n",
                    names.size(), count(in.resolve(".done"), ""), count(in.resolve(".error"), ".error.json"),
                    ledger.size());
        } finally {
            first.destroy();
            second.destroy();
            first.waitFor(60, TimeUnit.SECONDS);
            second.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static Process watcher(Path root, String name) throws Exception {
        return ChildJvm.start(root.resolve(name + ".log"), "256m", "watch", "--in", root.resolve("in").toString(),
                "--out", root.resolve("out-" + name).toString(), "-s", "watch.poll-millis=200",
                "-s", "watch.min-age-millis=500", "-s", "watch.check-interval-millis=100",
                "-s", "document.max-heap-megabytes=256", "-s", "parallelism=2");
    }

    private static long moved(Path in) {
        return count(in.resolve(".done"), "") + count(in.resolve(".error"), "") - count(in.resolve(".error"), ".error.json");
    }
}
