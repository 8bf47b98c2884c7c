package org.juesuan.ingest.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.juesuan.ingest.IngestFixtures.await;
import static org.juesuan.ingest.IngestFixtures.seedVariant;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.ingest.ChildJvm;
import org.juesuan.ingest.process.Pipeline;
import org.juesuan.ingest.settings.SettingsLoader;
import org.juesuan.model.Disclosure;
import org.juesuan.output.json.DisclosureJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copier that is a real process writing half a document, pausing, then writing the rest, into the
 * inbox of a watcher that is itself a real process. Whether the copier keeps its file open across the
 * pause (a shell redirect: scp, an SMB share) — waited for however short {@code watch.min-age-millis}
 * is — or closes it and appends later — waited for by the default 30 s quiet time — the document is
 * analysed exactly once, whole, and nothing goes to .error.
 */
class PausedCopierProcessTest {
    private static DisclosureReader reader;

    @TempDir
    Path root;

    @BeforeAll
    static void assembleReader() {
        reader = Pipeline.reader(new SettingsLoader().load());
    }

    @Test
    void aCopierHoldingItsFileOpenThroughAPauseLongerThanTheQuietTimeIsWaitedFor() throws Exception {
        // The shell's redirect holds paused.txt open for writing through the 15 s pause; quiet time is 1 s.
        String copy = "{ head -c \"$2\" \"$0\"; sleep 15; tail -c +\"$(( $2 + 1 ))\" \"$0\"; } > \"$1\"";
        copiedWhileWatched(copy, List.of("-s", "watch.min-age-millis=1000", "-s", "watch.poll-millis=200",
                "-s", "watch.check-interval-millis=100"), 71);
    }

    @Test
    void aCopierThatClosesAndAppendsAfterAPauseIsWaitedForByTheDefaultQuietTime() throws Exception {
        // Closed during the 12 s pause, so no process holds it: the default 30 s quiet time alone waits.
        String copy = "head -c \"$2\" \"$0\" > \"$1\"; sleep 12; tail -c +\"$(( $2 + 1 ))\" \"$0\" >> \"$1\"";
        copiedWhileWatched(copy, List.of(), 72);
    }

    private void copiedWhileWatched(String copyScript, List<String> watchSettings, int variant) throws Exception {
        Path in = Files.createDirectories(root.resolve("in"));
        Path out = root.resolve("out");
        byte[] whole = seedVariant(variant);
        int half = whole.length / 2;
        Path source = Files.write(root.resolve("source.txt"), whole);
        List<String> args = new ArrayList<>(List.of("watch", "--in", in.toString(), "--out", out.toString(),
                "-s", "document.max-heap-megabytes=256"));
        args.addAll(watchSettings);
        Process watcher = ChildJvm.start(root.resolve("watch.log"), "256m", args.toArray(String[]::new));
        Process copier = null;
        try {
            await("the watcher running", Duration.ofSeconds(60), () -> Files.exists(in.resolve(".done")));
            copier = new ProcessBuilder("sh", "-c", copyScript, source.toString(), in.resolve("paused.txt").toString(),
                    String.valueOf(half)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("copier.log").toFile())).start();
            assertTrue(copier.waitFor(60, TimeUnit.SECONDS), "the copier finished");
            assertEquals(0, copier.exitValue(), "the copier's exit");
            await("paused.txt moved out of the inbox", Duration.ofSeconds(120),
                    () -> Files.exists(in.resolve(".done/paused.txt")) || Files.exists(in.resolve(".error/paused.txt")));
        } finally {
            if (copier != null) {
                copier.destroyForcibly();
            }
            watcher.destroy();
            assertTrue(watcher.waitFor(60, TimeUnit.SECONDS));
        }
        assertTrue(Files.exists(in.resolve(".done/paused.txt")), "processed, not refused");
        try (var refused = Files.list(in.resolve(".error"))) {
            assertEquals(List.of(), refused.toList(), "nothing in .error/");
        }
        assertEquals(List.of(new SourceDocument("paused.txt", whole).contentHash()), ledgerHashes(out),
                "analysed exactly once, and of the whole bytes");
        Disclosure result = new DisclosureJson().read(out.resolve("paused.txt.json"));
        int wholeFigures = reader.read(new SourceDocument("paused.txt", whole)).figures().size();
        int halfFigures = reader.read(new SourceDocument("paused.txt", Arrays.copyOf(whole, half))).figures().size();
        assertTrue(halfFigures < wholeFigures, "half a document reads as fewer figures: " + halfFigures);
        assertEquals(wholeFigures, result.figures().size(), "the figures of a whole read");
        assertTrue(result.text().contains("副本编号 " + variant), "its last line read");
    }

    private static List<String> ledgerHashes(Path out) throws java.io.IOException {
        return Files.readAllLines(out.resolve(".juesuan/processed.log"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).map(line -> line.split("\t")[0]).toList();
    }
}
