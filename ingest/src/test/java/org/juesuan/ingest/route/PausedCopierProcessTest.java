package org.juesuan.ingest.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.juesuan.ingest.IngestFixtures.await;
import static org.juesuan.ingest.IngestFixtures.seedVariant;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.ingest.ChildJvm;
import org.juesuan.ingest.process.Pipeline;
import org.juesuan.ingest.settings.SettingsLoader;
import org.juesuan.model.Disclosure;
import org.juesuan.output.json.DisclosureJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copiers that are real processes, each writing half a document, pausing, then writing the rest, into
 * the inbox of one watcher that is itself a real process, with a quiet time ({@code
 * watch.min-age-millis}) of {@value #QUIET_SECONDS} s. Whether a copier keeps its file open across a
 * pause longer than the quiet time (a shell redirect: scp, an SMB share) or closes it and appends
 * within the quiet time, the document is analysed exactly once, whole, and nothing goes to .error.
 * Both copiers run at once against the one watcher, so the class waits for the longer pause only.
 */
class PausedCopierProcessTest {
    private static final int QUIET_SECONDS = 10;
    /** Held open for writing by the shell's redirect through a pause 5 s longer than the quiet time. */
    private static final String HELD_OPEN = "{ head -c \"$2\" \"$0\"; sleep 15; tail -c +\"$(( $2 + 1 ))\" \"$0\"; } > \"$1\"";
    /** Closed during a pause 5 s shorter than the quiet time: no process holds it, the quiet time alone waits. */
    private static final String CLOSED_THEN_APPENDED =
            "head -c \"$2\" \"$0\" > \"$1\"; sleep 5; tail -c +\"$(( $2 + 1 ))\" \"$0\" >> \"$1\"";

    @TempDir
    static Path root;

    private static DisclosureReader reader;
    private static Process watcher;
    private static final Map<String, Process> COPIERS = new HashMap<>();

    @BeforeAll
    static void startTheWatcherAndBothCopiers() throws Exception {
        reader = Pipeline.reader(new SettingsLoader().load());
        Path in = Files.createDirectories(root.resolve("in"));
        watcher = ChildJvm.start(root.resolve("watch.log"), "256m", "watch", "--in", in.toString(),
                "--out", root.resolve("out").toString(), "-s", "document.max-heap-megabytes=256",
                "-s", "watch.min-age-millis=" + QUIET_SECONDS * 1000, "-s", "watch.poll-millis=200",
                "-s", "watch.check-interval-millis=100");
        await("the watcher running", Duration.ofSeconds(60), () -> Files.exists(in.resolve(".done")));
        startCopier(HELD_OPEN, "held-open.txt", 71);
        startCopier(CLOSED_THEN_APPENDED, "closed.txt", 72);
    }

    @AfterAll
    static void stopTheWatcher() throws InterruptedException {
        COPIERS.values().forEach(Process::destroyForcibly);
        if (watcher != null) {
            watcher.destroy();
            assertTrue(watcher.waitFor(60, TimeUnit.SECONDS), "the watcher stops");
        }
    }

    @Test
    void aCopierHoldingItsFileOpenThroughAPauseLongerThanTheQuietTimeIsWaitedFor() throws Exception {
        analysedOnceAndWhole("held-open.txt", 71);
    }

    @Test
    void aCopierThatClosesAndAppendsWithinTheQuietTimeIsWaitedFor() throws Exception {
        analysedOnceAndWhole("closed.txt", 72);
    }

    private static void startCopier(String script, String name, int variant) throws IOException {
        Path source = Files.write(root.resolve("source-" + name), seedVariant(variant));
        Process copier = new ProcessBuilder("sh", "-c", script, source.toString(), root.resolve("in").resolve(name).toString(),
                String.valueOf(Files.size(source) / 2)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("copier-" + name + ".log").toFile())).start();
        COPIERS.put(name, copier);
    }

    private static void analysedOnceAndWhole(String name, int variant) throws Exception {
        Path in = root.resolve("in");
        Path out = root.resolve("out");
        Process copier = COPIERS.get(name);
        assertTrue(copier.waitFor(60, TimeUnit.SECONDS), "the copier finished");
        assertEquals(0, copier.exitValue(), "the copier's exit");
        await(name + " moved out of the inbox", Duration.ofSeconds(120),
                () -> Files.exists(in.resolve(".done").resolve(name)) || Files.exists(in.resolve(".error").resolve(name)));

        byte[] whole = seedVariant(variant);
        int half = whole.length / 2;
        assertTrue(Files.exists(in.resolve(".done").resolve(name)), "processed, not refused");
        try (var refused = Files.list(in.resolve(".error"))) {
            assertEquals(List.of(), refused.toList(), "nothing in .error/");
        }
        // The ledger line is written before the input moves to .done/, so it stands by now.
        assertEquals(List.of(new SourceDocument(name, whole).contentHash()), ledgerHashes(out, name),
                "analysed exactly once, and of the whole bytes");
        Disclosure result = new DisclosureJson().read(out.resolve(name + ".json"));
        int wholeFigures = reader.read(new SourceDocument(name, whole)).figures().size();
        int halfFigures = reader.read(new SourceDocument(name, Arrays.copyOf(whole, half))).figures().size();
        assertTrue(halfFigures < wholeFigures, "half a document reads as fewer figures: " + halfFigures);
        assertEquals(wholeFigures, result.figures().size(), "the figures of a whole read");
        assertTrue(result.text().contains("副本编号 " + variant), "its last line read");
        assertFalse(Files.exists(in.resolve(name)), "no copy left in the inbox");
    }

    /** The ledger's hashes for inputs of this name, one per analysis. */
    private static List<String> ledgerHashes(Path out, String name) throws IOException {
        return Files.readAllLines(out.resolve(".juesuan/processed.log"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).map(line -> line.split("\t"))
                .filter(fields -> fields[2].equals(name)).map(fields -> fields[0]).toList();
    }
}
