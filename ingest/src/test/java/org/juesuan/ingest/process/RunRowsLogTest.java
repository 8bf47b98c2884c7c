package org.juesuan.ingest.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.ingest.IngestFixtures;
import org.juesuan.model.Disclosure;
import org.juesuan.output.run.DocumentSummary;
import org.juesuan.output.run.FailedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run's rows: a document's row reads back equal to what was appended (findings and all), the
 * latest line of a name wins across a reopening, a torn last line is cut off, a withdrawn name is gone,
 * and a log grown mostly of replaced lines is compacted when it opens.
 */
class RunRowsLogTest {
    private static DocumentSummary seed;

    @BeforeAll
    static void readSeed() throws Exception {
        DisclosureReader reader = DisclosureReader.standard(ReadingLimits.DEFAULT);
        Disclosure disclosure = Pipeline.checks().apply(reader.read(new SourceDocument("seed.txt",
                IngestFixtures.seedVariant(1))));
        seed = DocumentSummary.of(disclosure, "seed.txt.html");
        assertFalse(seed.findings().isEmpty(), "the seed has findings to carry");
    }

    @Test
    void aRowReadsBackAsWrittenAndTheLatestLineWins(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("rows.log");
        try (RunRowsLog log = new RunRowsLog(file)) {
            log.document("b", seed);
            log.failure("a", new FailedDocument("a", "文件已加密，无法读取", "encrypted", "parse"));
            log.document("a", seed); // read again, now fine: the failure goes
            log.failure("c", new FailedDocument("c", "无法读取", "unreadable", "parse"));
            log.document("d", seed);
            log.withdraw("d");
        }
        try (RunRowsLog log = new RunRowsLog(file)) {
            List<DocumentSummary> documents = new ArrayList<>();
            log.documents(documents::add);
            List<FailedDocument> failures = new ArrayList<>();
            log.failures(failures::add);
            assertEquals(List.of(seed, seed), documents, "a and b, in name order, findings and all");
            assertEquals(List.of("c"), failures.stream().map(FailedDocument::fileName).toList());
            assertFalse(log.has("d"), "withdrawn");
        }
    }

    @Test
    void aTornLastLineIsCutOffWhenTheLogOpens(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("rows.log");
        try (RunRowsLog log = new RunRowsLog(file)) {
            log.document("whole", seed);
        }
        long whole = Files.size(file);
        Files.writeString(file, "D\t\"torn\"\t{\"reportFile\":\"torn.h", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (RunRowsLog log = new RunRowsLog(file)) {
            assertEquals(whole, Files.size(file), "the torn line is gone");
            assertEquals(1, log.documentCount());
            log.document("next", seed);
        }
        try (RunRowsLog log = new RunRowsLog(file)) {
            assertTrue(log.has("whole") && log.has("next") && !log.has("torn"));
        }
    }

    @Test
    void aLogOfMostlyReplacedLinesIsCompactedWhenItOpens(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("rows.log");
        try (RunRowsLog log = new RunRowsLog(file)) {
            for (int i = 0; i < 100; i++) {
                log.document("same", seed);
            }
            log.document("other", seed);
        }
        long grown = Files.size(file);
        try (RunRowsLog log = new RunRowsLog(file)) {
            assertTrue(Files.size(file) * 20 < grown, "compacted: " + Files.size(file) + " of " + grown + " bytes");
            List<DocumentSummary> documents = new ArrayList<>();
            log.documents(documents::add);
            assertEquals(List.of(seed, seed), documents);
        }
    }
}
