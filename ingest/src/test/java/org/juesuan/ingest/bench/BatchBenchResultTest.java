package org.juesuan.ingest.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.juesuan.ingest.IngestFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bench-batch's arithmetic on runs whose times are known (a run of N documents taking 3 s plus N/2 s
 * with one worker, 3 s plus N/4 s with two), and its corpus: every copy distinct, each starting with
 * its source's bytes.
 */
class BatchBenchResultTest {
    @Test
    void theMarginAndTheFixedCostComeFromTheMediansOfTheTwoSizes() {
        List<BatchBenchmark.Run> runs = List.of(
                run(10, 1, 8.0, 7), run(10, 1, 8.0, 9), run(10, 1, 50.0, 8), // one slow outlier: the median holds
                run(20, 1, 13.0, 12), run(20, 1, 13.0, 14), run(20, 1, 12.0, 13),
                run(10, 2, 5.5, 8), run(20, 2, 8.0, 13));
        BatchBenchResult result = new BatchBenchResult(10, 20, 2, runs);
        assertEquals(2.0, result.marginDocumentsPerSecond(1), 1e-9, "10 documents in 5 s more");
        assertEquals(3.0, result.fixedSeconds(1), 1e-9, "8 s − 10 / 2");
        assertEquals(4.0, result.marginDocumentsPerSecond(2), 1e-9);
        assertEquals(3.0, result.fixedSeconds(2), 1e-9);
        assertEquals(0.5, result.cpuPerDocument(1), 1e-9);
        assertEquals(3.0, result.fixedCpuSeconds(1), 1e-9);
        assertTrue(result.table().contains("ratio at the margin, 2 workers / 1: 2.00×"), result.table());
    }

    @Test
    void everyCopyIsDistinctAndStartsWithItsSource(@TempDir Path root) throws Exception {
        Path sources = Files.createDirectories(root.resolve("sources"));
        Files.copy(IngestFixtures.corpus("seed/seed.pdf"), sources.resolve("seed.pdf"));
        Files.copy(IngestFixtures.corpus("seed/seed-gb18030.txt"), sources.resolve("seed-gb18030.txt"));
        Files.copy(IngestFixtures.corpus("seed/seed.docx"), sources.resolve("seed.docx")); // not copied: see BatchCorpus
        BatchCorpus corpus = BatchCorpus.of(List.of(sources));
        assertEquals(2, corpus.sources().size());
        corpus.write(root.resolve("copies"), 0, 6);
        Set<String> distinct = new HashSet<>();
        try (Stream<Path> files = Files.list(root.resolve("copies"))) {
            for (Path copy : files.toList()) {
                byte[] bytes = Files.readAllBytes(copy);
                distinct.add(java.util.HexFormat.of().formatHex(bytes));
                Path source = sources.resolve(copy.getFileName().toString().substring(6));
                byte[] original = Files.readAllBytes(source);
                assertArrayEquals(original, java.util.Arrays.copyOf(bytes, original.length), copy + " starts with its source");
            }
        }
        assertEquals(6, distinct.size(), "six distinct copies");
    }

    private static BatchBenchmark.Run run(int documents, int threads, double wall, double cpu) {
        return new BatchBenchmark.Run(documents, threads, wall, cpu, 50L << 20, 150L << 20, documents, 0);
    }
}
