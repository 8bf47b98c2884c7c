package org.juesuan.ingest.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.juesuan.ingest.IngestFixtures.corpus;
import static org.juesuan.ingest.IngestFixtures.seedVariant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.juesuan.ingest.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * batch as its own JVM, started as the launcher starts it (160 MB heap, serial collector, the quick
 * compiler alone, reading children of the default heap), over a generated tree of documents, one in
 * ten bad: every input is accounted for in summary.json, the exit code says some failed, the batch
 * and its reading children together peak within 512 MB (issue 9), and a second run skips what is
 * already done. 1000 documents (about 25 s here); -Djuesuan.batch.documents=N to change.
 */
class BatchTest {
    private static final int DOCUMENTS = Integer.getInteger("juesuan.batch.documents", 1000);
    /** The launcher's options for batch (the script {@code juesuan}). */
    private static final String LAUNCHER_HEAP = "160m";
    private static final List<String> LAUNCHER_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final long MEGABYTE = 1024L * 1024;

    @Test
    void aLargeTreeIsAccountedForWithin512MegabytesOfHeap(@TempDir Path root) throws Exception {
        Path tree = root.resolve("tree");
        byte[] truncated = Files.readAllBytes(corpus("bad/truncated.docx"));
        byte[] picture = Files.readAllBytes(corpus("bad/picture.doc"));
        for (int i = 0; i < DOCUMENTS; i++) {
            Path folder = Files.createDirectories(tree.resolve("part-" + i % 7));
            if (i % 10 == 0) {
                switch (i / 10 % 3) {
                    case 0 -> Files.write(folder.resolve("bad-" + i + ".docx"), new byte[0]);
                    case 1 -> Files.write(folder.resolve("bad-" + i + ".docx"), concat(truncated, i));
                    default -> Files.write(folder.resolve("bad-" + i + ".doc"), concat(picture, i));
                }
            } else {
                Files.write(folder.resolve("doc-" + i + ".txt"), seedVariant(i));
            }
        }
        Path out = root.resolve("out");
        Path log = root.resolve("batch.log");

        JsonNode first = batch(log, tree, out, 1);
        int bad = (DOCUMENTS + 9) / 10;
        assertEquals(DOCUMENTS - bad, first.at("/documents/processed").asInt());
        assertEquals(bad, first.at("/documents/failed").asInt());
        assertEquals(DOCUMENTS, first.at("/inputs/processed").asInt() + first.at("/inputs/failed").asInt());
        // The batch JVM runs under the launcher's -Xmx160m; its reading children have heaps of their
        // own, counted beside it in peakHeapBytes: together within issue 9's 512 MB.
        assertTrue(first.at("/peakHeapBytes").asLong() <= 512 * MEGABYTE,
                "peak heap of the batch and its reading children: " + (first.at("/peakHeapBytes").asLong() >> 20) + " MB");
        assertTrue(first.at("/readingPeakHeapBytes").asLong() > 0, "the reading children's heap is reported");
        assertEquals(first.at("/parentPeakHeapBytes").asLong() + first.at("/readingPeakHeapBytes").asLong(),
                first.at("/peakHeapBytes").asLong());
        assertTrue(first.at("/documentsPerSecond").asDouble() > 0);
        assertTrue(Files.exists(out.resolve("part-1!doc-1.txt.json")));
        assertTrue(Files.exists(out.resolve("part-0!bad-0.docx.error.json")));
        System.out.printf("batch: %d documents (%d bad) in %.1f s, %.1f docs/s, peak heap %d MB (batch JVM %d MB,"
                        + " reading children %d MB)%n", DOCUMENTS, bad,
                first.at("/seconds").asDouble(), first.at("/documentsPerSecond").asDouble(),
                first.at("/peakHeapBytes").asLong() / (1024 * 1024), first.at("/parentPeakHeapBytes").asLong() / (1024 * 1024),
                first.at("/readingPeakHeapBytes").asLong() / (1024 * 1024));

        JsonNode again = batch(log, tree, out, 1);
        assertEquals(DOCUMENTS - bad, again.at("/inputs/skipped").asInt(), "unchanged inputs are skipped");
    }

    private static JsonNode batch(Path log, Path tree, Path out, int expectedExit) throws Exception {
        Process batch = ChildJvm.start(log, LAUNCHER_HEAP, LAUNCHER_OPTIONS, "batch", tree.toString(), "--out", out.toString());
        assertTrue(batch.waitFor(10, TimeUnit.MINUTES), "batch finished");
        assertEquals(expectedExit, batch.exitValue(), "exit code (1: some input failed); log: " + log);
        return JsonMapper.builder().build().readTree(out.resolve("summary.json").toFile());
    }

    private static byte[] concat(byte[] bytes, int n) {
        byte[] tail = ("\n" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] joined = java.util.Arrays.copyOf(bytes, bytes.length + tail.length);
        System.arraycopy(tail, 0, joined, bytes.length, tail.length);
        return joined;
    }
}
