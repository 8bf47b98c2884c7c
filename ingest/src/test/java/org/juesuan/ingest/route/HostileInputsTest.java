package org.juesuan.ingest.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.juesuan.ingest.IngestFixtures.await;
import static org.juesuan.ingest.IngestFixtures.corpus;
import static org.juesuan.ingest.IngestFixtures.count;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * from its central directory (no error file per entry), and a letter named .pdf gets the same
 * verdict in watch, batch and check.
 */
class HostileInputsTest {
    /** File name → a word its reason must contain. */
    private static final Map<String, String> REASONS = Map.of("expanding.docx", "疑似压缩炸弹",
            "many.zip", "文件数超过上限", "nested.zip", "嵌套", "giant.txt", "未读取",
            "letter.pdf", "内容不像", "not-a-disclosure.docx", "内容不像");

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
        assertEquals(REASONS.keySet(), batchReasons.keySet(), batchReasons.toString());
        assertEquals(1, batch.documents().processed());
        assertEquals(2, batch.notDisclosures());

        Path watchOut = root.resolve("watch-out");
        try (Watcher watcher = Watcher.start(settings(watchOut), Pipeline.standard(settings(watchOut)))) {
            await("every input moved", Duration.ofSeconds(300), () -> left(in) == 0);
        }
        assertTrue(Files.exists(in.resolve(".done/seed.txt")));
        ErrorRecords records = new ErrorRecords();
        Map<String, String> watchReasons = new LinkedHashMap<>();
        for (String name : REASONS.keySet()) {
            assertTrue(Files.exists(in.resolve(".error").resolve(name)), name + " in .error/");
            ErrorRecord record = records.read(in.resolve(".error").resolve(name + ".error.json"));
            watchReasons.put(name, record.reason());
            assertTrue(record.reason().contains(REASONS.get(name)), name + ": " + record.reason());
            assertFalse(record.reason().contains("\n"), "one line");
        }
        assertEquals(batchReasons.get("letter.pdf"), watchReasons.get("letter.pdf"), "the same verdict");
        assertEquals(0, count(watchOut, ".error.json"), "the 20,000-entry zip left no error file per entry");
        assertEquals(0, count(batchOut, ".error.json") - REASONS.size(), "batch: one error record per input");

        StringWriter err = new StringWriter();
        int exit = Juesuan.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "check",
                in.resolve(".error/letter.pdf").toString(), "--out", root.resolve("check-out").toString());
        assertEquals(1, exit);
        assertTrue(err.toString().contains(watchReasons.get("letter.pdf")), err.toString());
        watchReasons.forEach((name, reason) -> System.out.println("watch .error/" + name + ": " + reason));
    }
}
