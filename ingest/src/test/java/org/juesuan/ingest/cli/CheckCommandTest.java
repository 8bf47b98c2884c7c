package org.juesuan.ingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.juesuan.model.Disclosure;
import org.juesuan.output.json.DisclosureJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check command over real files: good ones are written, bad ones are named with their reason, the exit code says which. */
class CheckCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int check(String... args) {
        return Juesuan.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private static String corpus(String relative) {
        String root = System.getProperty("juesuan.root", "..");
        return Path.of(root, "corpus", relative).toString();
    }

    @Test
    void writesOneJsonPerGoodFileAndExitsZero(@TempDir Path outDir) throws Exception {
        assertEquals(0, check("check", corpus("seed/seed.docx"), corpus("seed/seed.pdf"), "--out", outDir.toString()), err.toString());
        Disclosure docx = new DisclosureJson().read(outDir.resolve("seed.docx.json"));
        Disclosure pdf = new DisclosureJson().read(outDir.resolve("seed.pdf.json"));
        assertEquals(182, docx.figures().size());
        assertEquals(docx.sections().size(), pdf.sections().size());
        List<String> lines = out.toString().lines().filter(l -> l.startsWith("成功 ")).toList();
        assertEquals(2, lines.size(), out.toString());
        assertTrue(Files.exists(outDir.resolve("seed.docx.html")), "the reviewer's report");
        assertTrue(Files.exists(outDir.resolve("index.html")) && Files.exists(outDir.resolve("findings.xlsx"))
                && Files.exists(outDir.resolve("findings.csv")), "the run's index, workbook and CSV");
        assertEquals(26, docx.findings().size(), "the seed's findings, as its expectations list them (25 labelled defects; the numbering slip （二） is found in both project reports)");
        assertTrue(lines.get(0).startsWith("成功 ") && lines.get(0).contains("seed.docx") && lines.get(0).contains("数字182个"), lines.get(0));
    }

    @Test
    void badFilesAreNamedWithTheirReasonAndGoodOnesStillProcessed(@TempDir Path outDir) {
        int exit = check("check", corpus("bad/empty.docx"), corpus("bad/truncated.docx"), corpus("bad/encrypted.pdf"),
                corpus("bad/not-a-disclosure.docx"), corpus("seed/seed.txt"), corpus("bad/missing.docx"), "--out", outDir.toString());
        assertEquals(1, exit);
        String errors = err.toString();
        assertTrue(errors.contains("empty.docx：文件为空"), errors);
        assertTrue(errors.contains("truncated.docx：文件已损坏"), errors);
        assertTrue(errors.contains("encrypted.pdf：文件已加密"), errors);
        assertTrue(errors.contains("not-a-disclosure.docx：内容不像部门（单位）决算公开文件"), errors);
        assertTrue(errors.contains("missing.docx：文件不存在"), errors);
        assertEquals(5, errors.lines().filter(l -> l.startsWith("失败 ")).count(), errors);
        assertTrue(Files.exists(outDir.resolve("seed.txt.json")));
        assertFalse(Files.exists(outDir.resolve("empty.docx.json")));
        assertFalse(Files.exists(outDir.resolve("not-a-disclosure.docx.json")));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, check("check"));
        assertEquals(2, check("check", "a.pdf", "--no-such-option"));
        assertEquals(2, check("frobnicate"));
        assertEquals(2, check());
        assertTrue(err.toString().contains("Usage"), err.toString());
    }

    @Test
    void helpDocumentsEveryOption() {
        assertEquals(0, check("check", "--help"));
        for (String option : List.of("--out", "--max-megabytes", "--max-characters", "--timeout-seconds", "FILE")) {
            assertTrue(out.toString().contains(option), option);
        }
    }
}
