package org.juesuan.ingest.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.juesuan.ingest.process.ProcessedLedger.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger on real files: what is recorded is found after reopening (the latest line of a hash
 * wins), a torn last line is cut off, a second opener is refused, and a process SIGKILLed while it
 * appends leaves a ledger whose every acknowledged record is found.
 */
class ProcessedLedgerTest {
    @TempDir
    Path out;

    private static String hash(long n) {
        return LedgerAppender.hash(n);
    }

    @Test
    void recordsAreFoundAfterReopeningAndTheLatestLineWins() throws Exception {
        try (ProcessedLedger ledger = new ProcessedLedger(out)) {
            ledger.record(hash(1), Status.FAILED, "a.pdf");
            ledger.record(hash(2), Status.DONE, "b\tc.pdf");
            ledger.record(hash(1), Status.DONE, "a-again.pdf");
            assertEquals(Status.DONE, ledger.find(hash(1)).orElseThrow().status());
        }
        try (ProcessedLedger ledger = new ProcessedLedger(out)) {
            assertEquals(2, ledger.size());
            assertEquals("a-again.pdf", ledger.find(hash(1)).orElseThrow().name());
            assertEquals("b_c.pdf", ledger.find(hash(2)).orElseThrow().name());
            assertTrue(ledger.find(hash(3)).isEmpty());
            assertTrue(ledger.find("not a hash").isEmpty());
        }
        assertEquals(3, Files.readAllLines(out.resolve(".juesuan/processed.log")).size(), "append-only");
    }

    @Test
    void aTornLastLineIsCutOffAndTheNextRecordStartsCleanly() throws Exception {
        try (ProcessedLedger ledger = new ProcessedLedger(out)) {
            ledger.record(hash(1), Status.DONE, "一.pdf");
            ledger.record(hash(2), Status.FAILED, "二.pdf");
        }
        Path file = out.resolve(".juesuan/processed.log");
        String torn = new ProcessedLedger.Entry(hash(3), Status.DONE, "三.pdf", java.time.Instant.now()).line();
        Files.write(file, torn.substring(0, torn.length() - 9).getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        try (ProcessedLedger ledger = new ProcessedLedger(out)) {
            assertEquals(2, ledger.size());
            assertTrue(ledger.find(hash(3)).isEmpty(), "a torn line was never acknowledged");
            ledger.record(hash(4), Status.DONE, "四.pdf");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(3, lines.size(), lines.toString());
        try (ProcessedLedger ledger = new ProcessedLedger(out)) {
            assertEquals("四.pdf", ledger.find(hash(4)).orElseThrow().name());
            assertEquals(Status.FAILED, ledger.find(hash(2)).orElseThrow().status());
        }
    }

    @Test
    void aSecondOpenerOfTheSameFolderIsRefused() throws Exception {
        try (ProcessedLedger first = new ProcessedLedger(out)) {
            assertThrows(FolderInUseException.class, () -> new ProcessedLedger(out));
            first.record(hash(1), Status.DONE, "a.pdf");
        }
    }

    @Test
    void aProcessKilledWhileAppendingLosesNothingItAcknowledged() throws Exception {
        Process appender = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), LedgerAppender.class.getName(),
                out.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> acknowledged = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(appender.getInputStream(),
                StandardCharsets.US_ASCII))) {
            String line;
            while (acknowledged.size() < 300 && (line = lines.readLine()) != null) {
                acknowledged.add(line);
            }
            appender.destroyForcibly(); // SIGKILL, mid-append
            assertTrue(appender.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(300, acknowledged.size(), "the appender ran");
        try (ProcessedLedger ledger = new ProcessedLedger(out)) {
            for (String hash : acknowledged) {
                assertTrue(ledger.find(hash).isPresent(), hash);
            }
            assertTrue(ledger.size() >= acknowledged.size());
            ledger.record(hash(1_000_000), Status.DONE, "after.pdf");
        }
        String content = Files.readString(out.resolve(".juesuan/processed.log"), StandardCharsets.UTF_8);
        assertTrue(content.endsWith("\tDONE\tafter.pdf\t" + content.substring(content.lastIndexOf('\t') + 1)));
        assertFalse(content.lines().anyMatch(l -> l.split("\t").length != 4), "no torn line left");
    }
}
