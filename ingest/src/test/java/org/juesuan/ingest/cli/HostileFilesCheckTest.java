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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.juesuan.ingest.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} over hostile files among good ones: each hostile one fails alone, in one line with its
 * reason, the good ones are still read, nothing prints a stack trace, and when the run ends no
 * reading child is left alive.
 * <p>
 * The verdicts that must not depend on the machine's speed are judged under a generous time limit;
 * the time limit itself is judged apart, with a limit a loaded machine meets easily for the seed and
 * a slow but legal document far beyond it: the seed 600 times over (some 6.6 million characters,
 * about a minute of reading on a quiet two-core machine, so four times the limit there and more
 * under load), read before the seed so the run is seen to go on after the kill.
 */
class HostileFilesCheckTest {
    private static final String TIME_LIMIT_SECONDS = "15";

    @Test
    void eachHostileFileFailsAloneInOneLine(@TempDir Path root) throws Exception {
        Path docxBomb = HostileFiles.expandingDocx(root.resolve("expanding.docx"), 200);
        Path xlsxBomb = HostileFiles.expandingXlsx(root.resolve("expanding.xlsx"), 200);
        Path picture = HostileFiles.hugeImageDocx(root.resolve("huge-image.docx"), 300);
        Path giant = HostileFiles.sparse(root.resolve("giant.txt"), 200);
        Path letter = HostileFiles.letterNamedPdf(root.resolve("letter.pdf"));
        Path good = corpus("seed/seed.txt");

        Run run = check(root, docxBomb, good, xlsxBomb, picture, giant, letter, "--timeout-seconds", "600",
                "--max-heap-megabytes", "512");

        assertEquals(1, run.exit());
        assertEquals(1, run.succeeded().size(), run.out());
        assertTrue(run.succeeded().get(0).contains("seed.txt"));
        assertEquals(5, run.failed().size(), run.err());
        Map<Path, String> reasons = Map.of(docxBomb, "过大", giant, "未读取", letter, "内容不像");
        reasons.forEach((file, reason) -> assertTrue(run.failed().stream().anyMatch(l -> l.startsWith("失败 " + file + "：")
                && l.contains(reason)), file + " fails with " + reason + ": " + run.failed()));
        for (Path file : List.of(xlsxBomb, picture)) {
            assertTrue(run.failed().stream().anyMatch(l -> l.startsWith("失败 " + file + "：")), file + ": " + run.failed());
        }
        run.assertClean();
    }

    @Test
    void aDocumentPastItsTimeLimitIsStoppedAndTheRunGoesOn(@TempDir Path root) throws Exception {
        String seed = Files.readString(corpus("seed/seed.txt"), StandardCharsets.UTF_8);
        Path slow = Files.writeString(root.resolve("slow.txt"), seed.repeat(600), StandardCharsets.UTF_8);
        Path good = corpus("seed/seed.txt");

        Run run = check(root, slow, good, "--timeout-seconds", TIME_LIMIT_SECONDS, "--max-heap-megabytes", "1024");

        assertEquals(1, run.exit());
        assertEquals(1, run.succeeded().size(), run.out() + run.err());
        assertTrue(run.succeeded().get(0).contains("seed.txt"));
        assertEquals(1, run.failed().size(), run.err());
        assertTrue(run.failed().get(0).startsWith("失败 " + slow + "：") && run.failed().get(0).contains("处理超时（超过"
                + TIME_LIMIT_SECONDS + "秒）"), run.failed().toString());
        run.assertClean();
    }

    private static Run check(Path root, Object... filesThenOptions) {
        List<String> args = new ArrayList<>(List.of("check"));
        Arrays.stream(filesThenOptions).map(Object::toString).forEach(args::add);
        args.addAll(List.of("--out", root.resolve("out").toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Juesuan.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    /** What a check run printed. */
    private record Run(int exit, String out, String err) {
        List<String> failed() {
            return Arrays.stream(err.split("\n")).filter(l -> l.startsWith("失败 ")).toList();
        }

        List<String> succeeded() {
            return Arrays.stream(out.split("\n")).filter(l -> l.startsWith("成功 ")).toList();
        }

        /** No stack trace printed, and no reading child left once the run is over. */
        void assertClean() throws InterruptedException {
            assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), err);
            await("no reading child left", Duration.ofSeconds(30),
                    () -> ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive));
            failed().forEach(System.out::println);
        }
    }
}
