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
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.juesuan.ingest.ChildJvm;
import org.juesuan.ingest.process.FaultPoint;
import org.juesuan.ingest.process.InboxLock;
import org.juesuan.model.Disclosure;
import org.juesuan.output.json.DisclosureJson;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real watcher process SIGKILLed at an exact step of an input's handling — its results written but
 * not its ledger line, or its ledger line written but the input not yet moved to .done/ — held there
 * by the test-only {@link FaultPoint}. A new watcher process then finishes the inbox: every input ends
 * in .done/ once and nowhere else, the ledger has one line per input, each result is of the whole
 * document, and an input whose ledger line was written is moved without being read again.
 */
class KillAtEachStepTest {
    private static final List<String> INPUTS = List.of("a.txt", "b.txt", "c.txt");
    private static final Pattern PAUSED = Pattern.compile("fault point (\\S+) reached: (\\S+)");

    @TempDir
    Path root;

    @ParameterizedTest(name = "killed {0}")
    @ValueSource(strings = {FaultPoint.BEFORE_LEDGER, FaultPoint.BEFORE_MOVE})
    void aWatcherKilledAtAStepLosesNothingAndRepeatsNothingAcknowledged(String step) throws Exception {
        Path in = Files.createDirectories(root.resolve("in"));
        Path out = root.resolve("out");
        for (int i = 0; i < INPUTS.size(); i++) {
            Files.write(in.resolve(INPUTS.get(i)), seedVariant(500 + i));
        }
        String[] args = {"watch", "--in", in.toString(), "--out", out.toString(), "-s", "parallelism=1",
                "-s", "watch.poll-millis=200", "-s", "watch.min-age-millis=300", "-s", "watch.check-interval-millis=100",
                "-s", "document.max-heap-megabytes=256"};

        Path firstLog = root.resolve("first.log");
        Process first = ChildJvm.start(firstLog, "256m", List.of("-D" + FaultPoint.PROPERTY + "=" + step), args);
        String paused;
        try {
            await("the watcher paused " + step, Duration.ofSeconds(120), () -> pausedInput(firstLog).isPresent());
            paused = pausedInput(firstLog).orElseThrow();
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no finally in the watcher runs
            assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(Files.exists(in.resolve(paused)), "killed before the move: " + paused + " still in the inbox");
        assertTrue(Files.exists(out.resolve(paused + ".json")), "killed after its results were written");
        boolean acknowledged = ledger(out).values().contains(paused);
        assertEquals(FaultPoint.BEFORE_MOVE.equals(step), acknowledged, "its ledger line at the kill: " + ledger(out));
        FileTime written = Files.getLastModifiedTime(out.resolve(paused + ".json"));

        Process second = ChildJvm.start(root.resolve("second.log"), "256m", args);
        try {
            await("every input in .done/", Duration.ofSeconds(180),
                    () -> INPUTS.stream().allMatch(name -> Files.exists(in.resolve(".done").resolve(name))));
        } finally {
            second.destroy();
            assertTrue(second.waitFor(60, TimeUnit.SECONDS));
        }

        assertEquals(List.of(), inboxInputs(in), "nothing left in the inbox");
        try (var refused = Files.list(in.resolve(".error"))) {
            assertEquals(List.of(), refused.toList(), "nothing in .error/");
        }
        Map<String, String> ledger = ledger(out);
        assertEquals(INPUTS, ledger.values().stream().sorted().toList(), "one ledger line per input: " + ledger);
        assertEquals(INPUTS.size(), Files.readAllLines(out.resolve(".juesuan/processed.log")).size(), "no line twice");
        for (int i = 0; i < INPUTS.size(); i++) {
            Disclosure result = new DisclosureJson().read(out.resolve(INPUTS.get(i) + ".json"));
            assertTrue(result.text().contains("副本编号 " + (500 + i)), INPUTS.get(i) + ": the whole document");
        }
        if (acknowledged) {
            assertEquals(written, Files.getLastModifiedTime(out.resolve(paused + ".json")), paused + " not read again");
        }
        assertFalse(Files.readString(root.resolve("second.log"), StandardCharsets.UTF_8).contains("fault point"));
    }

    private static Optional<String> pausedInput(Path log) {
        try {
            Matcher paused = PAUSED.matcher(Files.readString(log, StandardCharsets.UTF_8));
            return paused.find() ? Optional.of(paused.group(2)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The ledger's lines: hash → input name (a repeated hash would collapse, so lines are counted too). */
    private static Map<String, String> ledger(Path out) throws IOException {
        Path log = out.resolve(".juesuan/processed.log");
        if (!Files.exists(log)) {
            return Map.of();
        }
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                .map(line -> line.split("\t"))
                .collect(Collectors.toMap(fields -> fields[0], fields -> fields[2], (a, b) -> a + "+" + b, TreeMap::new));
    }

    private static List<String> inboxInputs(Path in) throws IOException {
        try (var files = Files.list(in)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                    .filter(name -> !name.endsWith(".camelLock") && !name.equals(InboxLock.FILE_NAME)).toList();
        }
    }
}
