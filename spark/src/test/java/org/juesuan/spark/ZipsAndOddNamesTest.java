package org.juesuan.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.juesuan.ingest.cli.Juesuan;
import org.juesuan.spark.document.ReadingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zips and odd file names, through batch and the job on one folder: documents named with glob
 * characters, spaces, #, % and Chinese; a zip holding a document in a folder, a letter, a nested zip
 * with a damaged document and an entry that would leave the folder; a zip of 10,001 entries (refused
 * from its central directory) and zips nested three deep (refused). The job gives every document and
 * refusal batch gives, with batch's reasons, names each document by its own file name, and skips it all
 * on a rerun.
 */
class ZipsAndOddNamesTest {
    private final SparkSession spark = LocalSpark.session();

    @Test
    void zipsAndOddNamesAsBatchGivesThem(@TempDir Path temporary) throws Exception {
        Path in = Files.createDirectories(temporary.resolve("in"));
        Path seed = ArchiveInputs.root().resolve("corpus/seed");
        Path bad = ArchiveInputs.root().resolve("corpus/bad");
        Files.copy(seed.resolve("seed.txt"), in.resolve("预算 [2024] {a,b} *?.txt"));
        Path spaced = Files.createDirectories(in.resolve("dir with space #1"));
        Files.copy(seed.resolve("seed.docx"), spaced.resolve("决算 100%.docx"));
        Files.write(in.resolve("archive.zip"), zip(Map.of(
                "文件夹/seed-gb18030.txt", Files.readAllBytes(seed.resolve("seed-gb18030.txt")),
                "not-a-disclosure.docx", Files.readAllBytes(bad.resolve("not-a-disclosure.docx")),
                "inner.zip", zip(Map.of("truncated.docx", Files.readAllBytes(bad.resolve("truncated.docx")))),
                "../evil.txt", "x".getBytes(StandardCharsets.UTF_8))));
        Files.write(in.resolve("bomb.zip"), manyEntries(10_001));
        Files.write(in.resolve("deep.zip"), zip(Map.of("a.zip", zip(Map.of("b.zip", zip(Map.of("c.txt", new byte[] {'c'})))))));

        Path batchOut = temporary.resolve("batch");
        StringWriter log = new StringWriter();
        assertEquals(1, Juesuan.run(new PrintWriter(log), new PrintWriter(log), "batch", in.toString(), "--out", batchOut.toString()),
                "the refused zips and entries fail in batch: " + log);
        BatchResults batch = BatchResults.read(batchOut);

        String out = temporary.resolve("spark").toUri().toString();
        JobSettings settings = new JobSettings(in.toUri().toString(), out, ReadingSettings.defaults(), 100);
        JobReport first = new ArchiveJob(spark, settings).run();
        SparkTables job = SparkTables.read(spark, out);

        assertEquals(5, first.found(), first.toString());
        assertEquals(batch.findings(), job.findings(), "the documents read and their findings, document by document");
        assertEquals(batch.failures(), job.failures(), "the refusals and their reasons");
        assertTrue(job.failures().values().stream().anyMatch(reason -> reason.startsWith("压缩包内文件数超过上限10000")), job.failures().toString());
        assertTrue(job.failures().values().stream().anyMatch(reason -> reason.startsWith("压缩包嵌套层数超过上限2")), job.failures().toString());
        assertTrue(job.failures().values().stream().anyMatch(reason -> reason.startsWith("压缩包内文件路径不安全")), job.failures().toString());

        List<Row> files = spark.read().parquet(out + "/documents").where(col("archive_hash").isNull()).collectAsList();
        Set<String> names = new TreeSet<>();
        for (Row file : files) {
            names.add(file.getAs("name"));
            Path local = Path.of(new org.apache.hadoop.fs.Path(file.<String>getAs("path")).toUri());
            assertTrue(Files.isRegularFile(local), "the path column names the file itself: " + file.getAs("path"));
        }
        assertEquals(Set.of("预算 [2024] {a,b} *?.txt", "决算 100%.docx"), names);
        List<String> entries = spark.read().parquet(out + "/documents").where(col("archive_hash").isNotNull())
                .select("path").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        assertTrue(entries.stream().anyMatch(p -> p.endsWith("/archive.zip!文件夹!seed-gb18030.txt")), entries.toString());
        assertTrue(entries.stream().anyMatch(p -> p.endsWith("/archive.zip!inner.zip!truncated.docx")), entries.toString());

        Set<String> batchFailedNames = new TreeSet<>(BatchResults.failedNames(batchOut));
        Set<String> jobFailedNames = new TreeSet<>(spark.read().parquet(out + "/documents").where(col("status").notEqual("processed"))
                .select("name").as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
        assertEquals(batchFailedNames, jobFailedNames, "failures named as batch names them (ZIP!entry)");
        assertTrue(jobFailedNames.contains("archive.zip!inner.zip!truncated.docx"), jobFailedNames.toString());
        Row letter = spark.read().parquet(out + "/documents").where(col("status").equalTo("not-disclosure")).collectAsList().get(0);
        assertEquals("archive.zip!not-a-disclosure.docx", letter.getAs("name"));
        assertNull(letter.getAs("findings"), "a document that is not a disclosure has no counts");
        assertNull(letter.getAs("errors"));
        assertEquals(0L, spark.read().parquet(out + "/findings").where(col("hash").equalTo(letter.<String>getAs("hash"))).count(),
                "and no findings");

        JobReport second = new ArchiveJob(spark, settings).run();
        assertEquals(0, second.handled(), "a rerun skips every file, zips included: " + second);
        assertEquals(job, SparkTables.read(spark, out));
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] manyEntries(int count) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("e" + i + ".txt"));
                zip.write('e');
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
