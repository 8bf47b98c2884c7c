package org.juesuan.ingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.juesuan.ingest.IngestFixtures.await;
import static org.juesuan.ingest.IngestFixtures.corpus;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.juesuan.ingest.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} over hostile files among good ones: each hostile one fails alone, in one line with its
 * reason, the good ones are still read, nothing prints a stack trace, and when the run ends no
 * reading child is left alive. A slow but legal document (the seed 150 times over, some 15 s of reading on
 * a quiet two-core machine) is stopped at
 * {@code --timeout-seconds}.
 */
class HostileFilesCheckTest {
    @Test
    void eachHostileFileFailsAloneInOneLine(@TempDir Path root) throws Exception {
        Path docxBomb = HostileFiles.expandingDocx(root.resolve("expanding.docx"), 200);
        Path xlsxBomb = HostileFiles.expandingXlsx(root.resolve("expanding.xlsx"), 200);
        Path picture = HostileFiles.hugeImageDocx(root.resolve("huge-image.docx"), 300);
        Path giant = HostileFiles.sparse(root.resolve("giant.txt"), 200);
        Path letter = HostileFiles.letterNamedPdf(root.resolve("letter.pdf"));
        String seed = Files.readString(corpus("seed/seed.txt"), StandardCharsets.UTF_8);
        Path slow = Files.writeString(root.resolve("slow.txt"), seed.repeat(150), StandardCharsets.UTF_8);
        Path good = corpus("seed/seed.txt");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Juesuan.run(new PrintWriter(out), new PrintWriter(err), "check", docxBomb.toString(), good.toString(),
                xlsxBomb.toString(), picture.toString(), giant.toString(), letter.toString(), slow.toString(),
                "--out", root.resolve("out").toString(), "--timeout-seconds", "5", "--max-heap-megabytes", "512");

        assertEquals(1, exit);
        List<String> failed = Arrays.stream(err.toString().split("\n")).filter(l -> l.startsWith("失败 ")).toList();
        List<String> succeeded = Arrays.stream(out.toString().split("\n")).filter(l -> l.startsWith("成功 ")).toList();
        assertEquals(1, succeeded.size(), out.toString());
        assertTrue(succeeded.get(0).contains("seed.txt"));
        assertEquals(6, failed.size(), err.toString());
        Map<Path, String> reasons = Map.of(docxBomb, "过大", giant, "未读取", letter, "内容不像", slow, "超时");
        reasons.forEach((file, reason) -> assertTrue(failed.stream().anyMatch(l -> l.startsWith("失败 " + file + "：")
                && l.contains(reason)), file + " fails with " + reason + ": " + failed));
        for (Path file : List.of(xlsxBomb, picture)) {
            assertTrue(failed.stream().anyMatch(l -> l.startsWith("失败 " + file + "：")), file + ": " + failed);
        }
        assertFalse(err.toString().contains("\tat ") || err.toString().contains("Exception in thread"), err.toString());
        await("no reading child left", Duration.ofSeconds(30),
                () -> ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive));
        failed.forEach(System.out::println);
    }
}
