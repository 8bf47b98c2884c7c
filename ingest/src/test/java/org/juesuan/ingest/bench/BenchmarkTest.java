package org.juesuan.ingest.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.ingest.settings.SettingsLoader;
import org.juesuan.ingest.process.Pipeline;

class BenchmarkTest {
    @TempDir
    Path out;

    @Test
    void eachMeasuredRoundHasItsRatioAndWritesIntoAnEmptiedFolder() throws Exception {
        Files.writeString(out.resolve("bench-seed.pdf.json"), "an earlier round's result");
        Files.createDirectories(out.resolve("left-over")).resolve("x.txt").toFile().createNewFile();
        List<SourceDocument> seed = Benchmark.corpus(List.of(Path.of("../corpus/seed/seed.pdf")));
        Benchmark benchmark = new Benchmark(Pipeline.reader(new SettingsLoader().load()), Pipeline.checks(), out);

        BenchResult result = benchmark.run(seed, 1, 2);

        assertEquals(1, result.warmUpRounds());
        assertEquals(2, result.rounds());
        assertEquals(2, result.roundRatiosToTika().size());
        assertTrue(result.roundRatiosToTika().stream().allMatch(ratio -> ratio > 0), result.roundRatiosToTika().toString());
        assertTrue(result.table().contains("after 1 warm-up rounds"), result.table());
        try (Stream<Path> written = Files.list(out)) {
            List<String> names = written.map(path -> path.getFileName().toString()).sorted().toList();
            assertTrue(names.stream().noneMatch(name -> name.equals("left-over")), names.toString());
            assertTrue(names.contains("bench-seed.pdf.json"), names.toString());
            assertTrue(Files.readString(out.resolve("bench-seed.pdf.json")).startsWith("{"), "the last round's result");
        }
    }
}
