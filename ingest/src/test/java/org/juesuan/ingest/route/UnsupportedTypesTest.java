package org.juesuan.ingest.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.juesuan.ingest.IngestFixtures.await;
import static org.juesuan.ingest.IngestFixtures.corpus;
import static org.juesuan.ingest.IngestFixtures.count;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * Every input ends in exactly one place: a file of a type no reader takes — an expanding .xlsx, a
 * picture, a .rar, a WPS file, a name with no extension — dropped into the inbox goes to .error with
 * the one-line reason 不支持的文件类型, unopened; batch counts it as failed with the same reason and
 * check prints it. Copiers' working names and markers are waited for, never refused.
 */
class UnsupportedTypesTest {
    /** File name → the reason every command gives it. */
    private static final Map<String, String> REFUSED = Map.of(
            "expanding.xlsx", "不支持的文件类型 .xlsx，未处理",
            "scan.png", "不支持的文件类型 .png，未处理",
            "bundle.rar", "不支持的文件类型 .rar，未处理",
            "report.wps", "不支持的文件类型 .wps，未处理",
            "sheet.et", "不支持的文件类型 .et，未处理",
            "README", "不支持的文件类型（无扩展名），未处理");
    /** Working names and a marker whose file has not arrived: waited for, left in the inbox. */
    private static final List<String> WAITED_FOR = List.of("copying.pdf.part", ".hidden.pdf", "download.pdf.crdownload",
            "later.pdf.ready");

    @TempDir
    Path root;

    private IngestSettings settings(Path in, Path out) {
        return new SettingsLoader().overrides(Map.of("in", in.toString(), "out", out.toString(),
                "watch.poll-millis", "200", "watch.min-age-millis", "300", "watch.check-interval-millis", "100",
                "parallelism", "2")).load();
    }

    private Path inputs(Path in) throws Exception {
        Files.createDirectories(in);
        HostileFiles.expandingXlsx(in.resolve("expanding.xlsx"), 200);
        Files.write(in.resolve("scan.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        Files.write(in.resolve("bundle.rar"), "Rar!\u001a\u0007\u0000".getBytes(StandardCharsets.ISO_8859_1));
        Files.copy(corpus("seed/seed.docx"), in.resolve("report.wps"));
        Files.copy(corpus("seed/seed.txt"), in.resolve("sheet.et"));
        Files.copy(corpus("seed/seed.txt"), in.resolve("README"));
        Files.copy(corpus("seed/seed.txt"), in.resolve("seed.txt"));
        for (String waiting : WAITED_FOR) {
            Files.writeString(in.resolve(waiting), "", StandardCharsets.UTF_8);
        }
        return in;
    }

    @Test
    void watchRefusesEachUnsupportedTypeIntoErrorAndWaitsForWorkingNames() throws Exception {
        Path in = inputs(root.resolve("in"));
        Path out = root.resolve("out");
        IngestSettings settings = settings(in, out);
        try (Watcher watcher = Watcher.start(settings, new Pipeline(settings, Pipeline.reader(settings)::read,
                Pipeline.checks()))) {
            await("every input moved", Duration.ofSeconds(120), () -> Files.exists(in.resolve(".done/seed.txt"))
                    && count(in.resolve(".error"), ".error.json") == REFUSED.size());
        }
        ErrorRecords records = new ErrorRecords();
        for (Map.Entry<String, String> refused : REFUSED.entrySet()) {
            String name = refused.getKey();
            assertTrue(Files.exists(in.resolve(".error").resolve(name)), name + " in .error/");
            assertFalse(Files.exists(in.resolve(name)), name + " not left in the inbox");
            ErrorRecord record = records.read(in.resolve(".error").resolve(name + ".error.json"));
            assertEquals(refused.getValue(), record.reason(), name);
        }
        for (String waiting : WAITED_FOR) {
            assertTrue(Files.exists(in.resolve(waiting)), waiting + " is waited for");
        }
        assertEquals(REFUSED.size() * 2L, count(in.resolve(".error"), ""), "nothing else refused");
        List<String> ledger = Files.readAllLines(out.resolve(".juesuan/processed.log"), StandardCharsets.UTF_8);
        assertEquals(1, ledger.size(), "only the disclosure was read: " + ledger);
    }

    @Test
    void batchAndCheckGiveTheSameVerdict() throws Exception {
        Path tree = inputs(root.resolve("tree"));
        Path out = root.resolve("batch-out");
        IngestSettings settings = settings(root.resolve("unused"), out);
        RunSummary summary;
        try (Pipeline pipeline = new Pipeline(settings, Pipeline.reader(settings)::read, Pipeline.checks())) {
            summary = new BatchRun(settings, pipeline, false).run(List.of(tree), new RunTally());
        }
        Map<String, String> reasons = summary.failures().stream()
                .collect(Collectors.toMap(RunSummary.Failed::name, RunSummary.Failed::reason));
        assertEquals(REFUSED, reasons, "each refused with its reason, and nothing else failed");
        assertEquals(1, summary.documents().processed());

        StringWriter stdout = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Juesuan.run(new PrintWriter(stdout), new PrintWriter(err), "check", tree.resolve("expanding.xlsx").toString(),
                tree.resolve("README").toString(), "--out", root.resolve("check-out").toString());
        assertEquals(1, exit);
        assertTrue(err.toString().contains(REFUSED.get("expanding.xlsx")), err.toString());
        assertTrue(err.toString().contains(REFUSED.get("README")), err.toString());
        assertEquals(2, err.toString().lines().filter(line -> line.startsWith("失败 ")).count(), "one line each: " + err);
    }
}
