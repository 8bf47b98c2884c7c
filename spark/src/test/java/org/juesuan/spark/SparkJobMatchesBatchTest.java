package org.juesuan.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.juesuan.ingest.cli.Juesuan;
import org.juesuan.spark.document.ExecutorReading;
import org.juesuan.spark.document.ReadingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job with local[2] over the seed, the bad inputs and the real PDFs gives, document by
 * document, the findings batch gives on the same folder, and the same failures with the same
 * reasons; run again, it skips every document and the tables stay as they were.
 */
class SparkJobMatchesBatchTest {
    private final SparkSession spark = LocalSpark.session();

    @Test
    void findingsEqualBatchDocumentByDocument(@TempDir Path temporary) throws Exception {
        Path in = ArchiveInputs.copyCorpus(temporary.resolve("in"));
        Path batchOut = temporary.resolve("batch");
        StringWriter batchLog = new StringWriter();
        int exit = Juesuan.run(new PrintWriter(batchLog), new PrintWriter(batchLog), "batch", in.toString(),
                "--out", batchOut.toString());
        assertEquals(1, exit, "the bad inputs fail in batch: " + batchLog);
        BatchResults batch = BatchResults.read(batchOut);

        String out = temporary.resolve("spark").toUri().toString();
        JobSettings settings = new JobSettings(in.toUri().toString(), out, ReadingSettings.defaults(), 100);
        JobReport first = new ArchiveJob(spark, settings).run();
        SparkTables job = SparkTables.read(spark, out);

        assertEquals(ArchiveInputs.documents(in).size(), first.found());
        assertEquals(batch.findings().keySet(), job.findings().keySet(), "the documents processed");
        for (String hash : batch.findings().keySet()) {
            assertEquals(batch.findings().get(hash), job.findings().get(hash), "findings of document " + hash);
        }
        assertEquals(batch.failures(), job.failures(), "failures and their reasons, by document");
        assertTrue(batch.findings().values().stream().mapToInt(List::size).sum() > 50, "the corpus has findings to compare");
        assertFalse(batch.failures().isEmpty());
        assertTrue(Files.size(Path.of(java.net.URI.create(out + "/summary.csv"))) > 100, "the summary by organization, year and rule");

        JobReport second = new ArchiveJob(spark, settings).run();
        assertEquals(first.found(), second.skipped(), "a second run skips every document: " + second);
        assertEquals(0, second.handled());
        assertEquals(job, SparkTables.read(spark, out), "and leaves the tables as they were");
        assertEquals(2 >= ExecutorReading.liveChildren().size(), true, "one reading child per task slot at most");
    }
}
