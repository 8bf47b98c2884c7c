package org.juesuan.ingest.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.juesuan.ingest.IngestFixtures.await;
import static org.juesuan.ingest.IngestFixtures.seedVariant;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.juesuan.ingest.ChildJvm;
import org.juesuan.ingest.process.Pipeline;
import org.juesuan.ingest.settings.IngestSettings;
import org.juesuan.ingest.settings.SettingsLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A watcher SIGKILLed after an input's results and ledger line were written but before the input
 * moved to .done/ (the last step): the state is built exactly — results and ledger line present, the
 * input back in the inbox — and a new watcher JVM, itself then killed, finishes it exactly once: moved,
 * not read again, one ledger line.
 */
class CrashBeforeMoveTest {
    @Test
    void anInputWhoseMoveWasCutShortIsMovedOnceAndNotReadAgain(@TempDir Path root) throws Exception {
        Path in = Files.createDirectories(root.resolve("in"));
        Path out = root.resolve("out");
        Files.write(in.resolve("a.txt"), seedVariant(90));
        Files.write(in.resolve("b.txt"), seedVariant(91));
        IngestSettings settings = new SettingsLoader().overrides(Map.of("in", in.toString(), "out", out.toString(),
                "watch.poll-millis", "200", "watch.min-age-millis", "300", "watch.check-interval-millis", "100")).load();
        try (Watcher watcher = Watcher.start(settings, new Pipeline(settings, Pipeline.reader(settings)::read,
                Pipeline.checks()))) {
            await("both done", Duration.ofSeconds(120), () -> Files.exists(in.resolve(".done/a.txt"))
                    && Files.exists(in.resolve(".done/b.txt")));
        }
        Files.move(in.resolve(".done/a.txt"), in.resolve("a.txt")); // killed before the move
        FileTime written = Files.getLastModifiedTime(out.resolve("a.txt.json"));
        Files.write(in.resolve("c.txt"), seedVariant(92));

        Process restarted = ChildJvm.start(root.resolve("watch.log"), "256m", "watch", "--in", in.toString(),
                "--out", out.toString(), "-s", "watch.poll-millis=200", "-s", "watch.min-age-millis=300",
                "-s", "watch.check-interval-millis=100", "-s", "document.max-heap-megabytes=256");
        try {
            await("a.txt and c.txt moved", Duration.ofSeconds(240), () -> Files.exists(in.resolve(".done/a.txt"))
                    && Files.exists(in.resolve(".done/c.txt")));
        } finally {
            restarted.destroyForcibly();
            restarted.waitFor(30, TimeUnit.SECONDS);
        }
        assertFalse(Files.exists(in.resolve("a.txt")));
        assertEquals(written, Files.getLastModifiedTime(out.resolve("a.txt.json")), "a.txt was not read again");
        List<String> ledger = Files.readAllLines(out.resolve(".juesuan/processed.log"), StandardCharsets.UTF_8);
        assertEquals(3, ledger.size(), "one line per input: " + ledger);
    }
}
