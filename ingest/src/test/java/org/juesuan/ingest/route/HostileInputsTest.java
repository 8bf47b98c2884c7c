package org.juesuan.ingest.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.juesuan.ingest.IngestFixtures.await;
import static org.juesuan.ingest.IngestFixtures.corpus;
import static org.juesuan.ingest.IngestFixtures.count;
import static org.juesuan.ingest.IngestFixtures.zip;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.juesuan.ingest.HostileFiles;
import org.juesuan.ingest.cli.Juesuan;
import org.juesuan.ingest.process.ErrorRecord;
import org.juesuan.ingest.process.ErrorRecords;
import org.juesuan.ingest.process.Pipeline;
import org.juesuan.ingest.process.RunSummary;
import org.juesuan.ingest.process.RunTally;
import org.juesuan.ingest.settings.IngestSettings;
import org.juesuan.ingest.settings.SettingsLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs in watch and batch with the production pipeline (documents read in child
 * processes): each fails alone with its one-line reason, a zip of 20,000 entries is refused whole
 * from its central directory (no error file per entry), an expanding .xlsx inside a zip fails as that
 * entry alone, and a letter named .pdf, a Word disclosure named .pdf and a Word 97 disclosure named
 * .DOCX get the same verdict in watch, batch and check: refused, refused for its extension, processed.
 */
class HostileInputsTest {
    /** File name → a word its reason must contain. */
    private static final Map<String, String> REASONS = Map.of("expanding.docx", "疑似压缩炸弹",
            "many.zip", "文件数超过上限", "nested.zip", "嵌套", "giant.txt", "未读取",
            "letter.pdf", "内容不像", "not-a-disclosure.docx", "内容不像", "misnamed.pdf", "与扩展名 .pdf 不符");
    /** The expanding workbook, an entry of sheets.zip: its error record goes to OUT, the zip to .done. */
    private static final String SHEET_ENTRY = "sheets.zip!expanding.xlsx";

    @TempDir
    Path root;

    private IngestSettings settings(Path out) {
        return new SettingsLoader().overrides(Map.of("in", root.resolve("in").toString(), "out", out.toString(),
                "watch.poll-millis", "200", "watch.min-age-millis", "300", "watch.check-interval-millis", "100",
                "parallelism", "2", "document.max-heap-megabytes", "512")).load();
    }

    /** Inputs still in the inbox (the lock file and Camel's markers are dot-names). */
    private static long left(Path in) {
        try (var files = Files.list(in)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).count();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private Path inputs() throws Exception {
        Path in = Files.createDirectories(root.resolve("in"));
        HostileFiles.expandingDocx(in.resolve("expanding.docx"), 200);
        HostileFiles.manyEntryZip(in.resolve("many.zip"), 20_000);
        HostileFiles.nestedZip(in.resolve("nested.zip"), 4);
        HostileFiles.sparse(in.resolve("giant.txt"), 200);
        HostileFiles.letterNamedPdf(in.resolve("letter.pdf"));
        Files.copy(corpus("bad/not-a-disclosure.docx"), in.resolve("not-a-disclosure.docx"));
        Files.copy(corpus("seed/seed.txt"), in.resolve("seed.txt"));
        Files.copy(corpus("bad/seed-docx-named.pdf"), in.resolve("misnamed.pdf"));
        Files.copy(corpus("seed/seed.doc"), in.resolve("seed97.DOCX"));
        Path sheet = HostileFiles.expandingXlsx(root.resolve("expanding.xlsx"), 200);
        Files.write(in.resolve("sheets.zip"), zip("expanding.xlsx", Files.readAllBytes(sheet)));
        return in;
    }

    @Test
    void watchBatchAndCheckGiveEachHostileInputTheSameOneLineVerdict() throws Exception {
        Path in = inputs();
        Path batchOut = root.resolve("batch-out");
        RunSummary batch;
        IngestSettings batchSettings = settings(batchOut);
        try (Pipeline pipeline = Pipeline.standard(batchSettings)) {
            batch = new BatchRun(batchSettings, pipeline, false).run(List.of(in), new RunTally());
        }
        Map<String, String> batchReasons = batch.failures().stream()
                .collect(Collectors.toMap(RunSummary.Failed::name, RunSummary.Failed::reason));
        Set<String> expectedFailures = new TreeSet<>(REASONS.keySet());
        expectedFailures.add(SHEET_ENTRY);
        assertEquals(expectedFailures, new TreeSet<>(batchReasons.keySet()), batchReasons.toString());
        assertFalse(batchReasons.get(SHEET_ENTRY).isBlank() || batchReasons.get(SHEET_ENTRY).contains("\n"));
        assertEquals(2, batch.documents().processed(), "seed.txt and seed97.DOCX");
        assertEquals(2, batch.notDisclosures());
        assertTrue(batch.readingPeakHeapBytes() > 0, "the reading children's heap is counted");
        assertEquals(batch.parentPeakHeapBytes() + batch.readingPeakHeapBytes(), batch.peakHeapBytes());

        Path watchOut = root.resolve("watch-out");
        try (Watcher watcher = Watcher.start(settings(watchOut), Pipeline.standard(settings(watchOut)))) {
            await("every input moved", Duration.ofSeconds(300), () -> left(in) == 0);
        }
        for (String done : List.of("seed.txt", "seed97.DOCX", "sheets.zip")) {
            assertTrue(Files.exists(in.resolve(".done").resolve(done)), done + " in .done/");
        }
        ErrorRecord sheet = new ErrorRecords().read(watchOut.resolve(SHEET_ENTRY + ".error.json"));
        assertEquals(batchReasons.get(SHEET_ENTRY), sheet.reason(), "the same verdict");
        ErrorRecords records = new ErrorRecords();
        Map<String, String> watchReasons = new LinkedHashMap<>();
        for (String name : REASONS.keySet()) {
            assertTrue(Files.exists(in.resolve(".error").resolve(name)), name + " in .error/");
            ErrorRecord record = records.read(in.resolve(".error").resolve(name + ".error.json"));
            watchReasons.put(name, record.reason());
            assertTrue(record.reason().contains(REASONS.get(name)), name + ": " + record.reason());
            assertFalse(record.reason().contains("\n"), "one line");
        }
        for (String name : List.of("letter.pdf", "misnamed.pdf")) {
            assertEquals(batchReasons.get(name), watchReasons.get(name), name + ": the same verdict");
        }
        assertEquals(1, count(watchOut, ".error.json"), "the 20,000-entry zip left no error file per entry");
        assertEquals(REASONS.size() + 1, count(batchOut, ".error.json"), "batch: one error record per input or entry");

        StringWriter stdout = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Juesuan.run(new PrintWriter(stdout), new PrintWriter(err), "check",
                in.resolve(".error/letter.pdf").toString(), in.resolve(".error/misnamed.pdf").toString(),
                in.resolve(".done/seed97.DOCX").toString(), "--out", root.resolve("check-out").toString());
        assertEquals(1, exit);
        assertTrue(err.toString().contains(watchReasons.get("letter.pdf")), err.toString());
        assertTrue(err.toString().contains(watchReasons.get("misnamed.pdf")), err.toString());
        assertTrue(stdout.toString().contains("成功 " + in.resolve(".done/seed97.DOCX")), stdout.toString());
        watchReasons.forEach((name, reason) -> System.out.println("watch .error/" + name + ": " + reason));
    }
}
