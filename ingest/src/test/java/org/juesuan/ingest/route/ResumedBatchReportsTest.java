package org.juesuan.ingest.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.juesuan.ingest.IngestFixtures.await;
import static org.juesuan.ingest.IngestFixtures.count;
import static org.juesuan.ingest.IngestFixtures.seedVariant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.juesuan.ingest.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * batch as its own JVM, killed with SIGKILL part-way, then run again: the second run's index, CSV
 * and workbook list every document of the output folder, those finished before the kill too.
 */
class ResumedBatchReportsTest {
    private static final int DOCUMENTS = 40;

    @Test
    void aResumedBatchReportsEveryDocumentOfTheRun(@TempDir Path root) throws Exception {
        Path tree = Files.createDirectories(root.resolve("tree"));
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.write(tree.resolve(String.format("doc-%02d.txt", i)), seedVariant(300 + i));
        }
        Files.writeString(tree.resolve("letter.txt"), "各位同事：明天下午开会。", StandardCharsets.UTF_8);
        Path out = root.resolve("out");
        Path log = root.resolve("batch.log");
        String[] args = {"batch", tree.toString(), "--out", out.toString(), "-s", "parallelism=2",
                "-s", "document.max-heap-megabytes=256"};

        Process first = ChildJvm.start(log, "256m", args);
        await("some documents done", Duration.ofSeconds(300), () -> count(out, ".txt.json") >= 8);
        first.destroyForcibly();
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        long beforeKill = Files.readAllLines(out.resolve(".juesuan/processed.log"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("\tDONE\t")).count();
        assertTrue(beforeKill < DOCUMENTS, "killed part-way: " + beforeKill);

        Process second = ChildJvm.start(log, "256m", args);
        assertTrue(second.waitFor(10, TimeUnit.MINUTES), "the resumed batch finished");
        assertEquals(1, second.exitValue(), "the letter failed; log: " + log);
        JsonNode summary = JsonMapper.builder().build().readTree(out.resolve("summary.json").toFile());
        assertEquals(beforeKill, summary.at("/inputs/skipped").asInt(), "what was recorded done is skipped: " + summary);

        String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        String csv = Files.readString(out.resolve("findings.csv"), StandardCharsets.UTF_8);
        for (int i = 0; i < DOCUMENTS; i++) {
            String name = String.format("doc-%02d.txt", i);
            assertTrue(index.contains(name + ".html"), name + " in index.html");
            assertTrue(csv.contains(name), name + " in findings.csv");
        }
        assertTrue(index.contains("letter.txt"), "the failure is listed too");
        assertTrue(Files.size(out.resolve("findings.xlsx")) > 0);
        System.out.printf("resumed batch: %d documents, %d done before SIGKILL, %d skipped on resume, all %d in "
                + "index.html and findings.csv%n", DOCUMENTS, beforeKill, summary.at("/inputs/skipped").asInt(), DOCUMENTS);
    }
}
