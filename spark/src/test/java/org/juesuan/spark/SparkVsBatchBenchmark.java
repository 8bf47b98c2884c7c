package org.juesuan.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.juesuan.ingest.cli.Juesuan;
import org.juesuan.ingest.generated.BenchmarkCorpus;
import org.juesuan.spark.document.ExecutorReading;
import org.juesuan.spark.document.ReadingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a default test: the benchmark of the job against batch on the same documents, side by side on
 * this machine (generated disclosures plus every real PDF), run with
 * {@code mvn -B -pl spark -am verify -Dtest=SparkVsBatchBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Djuesuan.bench.documents=2000}. Prints documents per second of each, the executor's peak heap and
 * the reading child's peak resident size, and the cores 3 million documents in one hour would need;
 * also writes them to {@code spark/target/spark-benchmark.txt}.
 */
@EnabledIfSystemProperty(named = "juesuan.bench.documents", matches = "\\d+")
class SparkVsBatchBenchmark {
    private static final long SEED = 20241231L;
    private static final double ARCHIVE = 3_000_000;

    @Test
    void sparkJobAgainstBatch(@TempDir Path temporary) throws Exception {
        int documents = Integer.parseInt(System.getProperty("juesuan.bench.documents"));
        Path in = inputs(documents);
        int real = realPdfs().size();
        int cores = Runtime.getRuntime().availableProcessors();

        StringWriter log = new StringWriter();
        long batchStart = System.nanoTime();
        Juesuan.run(new PrintWriter(log), new PrintWriter(log), "batch", in.toString(), "--out", temporary.resolve("batch").toString());
        double batchSeconds = (System.nanoTime() - batchStart) / 1e9;
        JsonNode batch = JsonMapper.builder().build().readTree(temporary.resolve("batch/summary.json").toFile());

        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long sessionStart = System.nanoTime();
        JobReport job;
        long childPeak;
        try (SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("juesuan-bench")
                .config("spark.ui.enabled", "false").getOrCreate()) {
            double sessionSeconds = (System.nanoTime() - sessionStart) / 1e9;
            String out = temporary.resolve("spark").toUri().toString();
            job = new ArchiveJob(spark, new JobSettings(in.toUri().toString(), out, ReadingSettings.defaults(), 10_000)).run();
            childPeak = ExecutorReading.childPeakKilobytes();
            long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            report(documents, real, cores, batch, batchSeconds, job, sessionSeconds, heapPeak, childPeak);
        }
        assertEquals(documents, job.found());
        assertEquals(documents, batchDocuments(batch), "batch counts the documents, and nothing else, as inputs");
    }

    private static void report(int documents, int real, int cores, JsonNode batch, double batchSeconds, JobReport job,
                               double sessionSeconds, long heapPeak, long childPeakKb) throws java.io.IOException {
        long batchDocuments = batchDocuments(batch);
        double batchRate = batchDocuments / batchSeconds;
        double sparkRate = job.documentsPerSecond();
        double perCore = sparkRate / cores;
        double cores3m = ARCHIVE / 3600 / perCore;
        String text = String.format(
                "documents: %d (%d real PDFs, %d generated), cores: %d, load average at the end: %.1f%n"
                        + "batch: %d documents in %.1f s = %.2f docs/s (its summary: %.2f docs/s, peak heap %d MB)%n"
                        + "spark local[%d]: %d documents (%d processed, %d not disclosures, %d failed) in %.1f s = %.2f docs/s"
                        + " (+ %.1f s session start)%n"
                        + "spark / batch: %.2f%n"
                        + "executor (local: driver + executor) peak heap: %d MB; reading child peak resident: %d MB per task slot%n"
                        + "per core: %.3f docs/s → 3,000,000 documents in one hour need %.0f cores%n",
                documents, real, documents - real, cores, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                batchDocuments, batchSeconds, batchRate, batch.path("documentsPerSecond").asDouble(),
                batch.path("peakHeapBytes").asLong() / (1024 * 1024),
                cores, job.handled(), job.processed(), job.notDisclosures(), job.failed(), job.seconds(), sparkRate,
                sessionSeconds, sparkRate / batchRate, heapPeak / (1024 * 1024), childPeakKb / 1024, perCore, cores3m);
        System.out.print(text);
        Files.writeString(Path.of("target", "spark-benchmark.txt"), text, StandardCharsets.UTF_8);
    }

    private static long batchDocuments(JsonNode batch) {
        return batch.path("documents").path("processed").asLong() + batch.path("documents").path("failed").asLong();
    }

    /**
     * The benchmark's folder, kept in target/ between runs: generating 2,000 disclosures costs minutes
     * on a loaded machine and is part of neither side, so a rerun with the same N and seed reads the
     * same folder (a marker says it was written whole). Both sides only read it.
     */
    private static Path inputs(int documents) throws java.io.IOException {
        Path in = Path.of("target", "benchmark-corpus", SEED + "-" + documents).toAbsolutePath();
        Path complete = in.resolve(".complete");
        if (Files.exists(complete)) {
            removeSideFiles(in); // a folder kept by a version that left them
            return in;
        }
        if (Files.exists(in)) { // a run stopped while writing it
            try (Stream<Path> stale = Files.walk(in)) {
                for (Path p : stale.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Path real = ArchiveInputs.shared().resolve("real");
        List<Path> pdfs = realPdfs();
        Files.createDirectories(in.resolve("real"));
        for (Path pdf : pdfs) {
            Files.copy(pdf, in.resolve("real").resolve(real.relativize(pdf).toString().replace('/', '-')));
        }
        BenchmarkCorpus.write(in.resolve("generated"), documents - pdfs.size(), SEED);
        removeSideFiles(in);
        Files.writeString(complete, "");
        return in;
    }

    /**
     * The generator writes each disclosure's expected findings beside it ({@code expected-findings.tsv});
     * they are no documents, but batch would count each as a failed input (an unsupported type) and so
     * seem to do twice the documents in the same time.
     */
    private static void removeSideFiles(Path in) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(in)) {
            for (Path tsv : files.filter(f -> f.getFileName().toString().endsWith(".tsv")).toList()) {
                Files.delete(tsv);
            }
        }
    }

    private static List<Path> realPdfs() throws java.io.IOException {
        try (Stream<Path> files = Files.walk(ArchiveInputs.shared().resolve("real"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
    }
}
