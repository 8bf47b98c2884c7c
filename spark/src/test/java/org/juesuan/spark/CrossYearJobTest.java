package org.juesuan.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.juesuan.ingest.cli.Juesuan;
import org.juesuan.spark.document.ReadingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's second stage over 万里街道's real 2023–2025 budgets (they agree) and a bureau's two final
 * accounts that disagree: 2024 says 机关运行经费 184.65万元, 比2023年度增加2.55万元 → 2023 was 182.10万元,
 * but the 2023 document says 190.00万元 (an error, by hand). The 2024 document comes first, alone; the
 * run that brings 2023 compares the pair; a rerun does not add the finding twice; and every finding,
 * cross-year included, equals batch's on the same folder, document by document.
 */
class CrossYearJobTest {
    static final String Y2023 = String.join("\n",
            "上海市普陀区示例局2023年度部门决算",
            "第三部分 2023年度部门决算情况说明",
            "一、收入支出决算总体情况说明",
            "2023年度收入、支出总计均为3052.34万元。",
            "二、其他重要事项的情况说明",
            "（一）机关运行经费支出情况",
            "2023年度本部门机关运行经费支出190.00万元。", "");
    static final String Y2024 = String.join("\n",
            "普陀区示例局2024年度部门决算",
            "第三部分 2024年度部门决算情况说明",
            "一、收入支出决算总体情况说明",
            "2024年度收入、支出总计均为3100.00万元。与2023年度相比，收入支出总计增加47.66万元，增长1.56%。",
            "二、其他重要事项的情况说明",
            "（一）机关运行经费支出情况",
            "机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。", "");

    private final SparkSession spark = LocalSpark.session();

    @Test
    void laterYearsGetTheirCrossYearFindingsOnceAsBatchGivesThem(@TempDir Path temporary) throws Exception {
        Path in = Files.createDirectories(temporary.resolve("in"));
        for (int year = 2023; year <= 2025; year++) {
            String name = "putuo-wanli-" + year + "-budget.pdf";
            Files.copy(ArchiveInputs.shared().resolve("real/budget").resolve(name), in.resolve(name));
        }
        Files.writeString(in.resolve("bureau-2024.txt"), Y2024, StandardCharsets.UTF_8);
        String out = temporary.resolve("spark").toUri().toString();
        JobSettings settings = new JobSettings(in.toUri().toString(), out, ReadingSettings.defaults(), 100);

        JobReport alone = new ArchiveJob(spark, settings).run();
        assertEquals(4, alone.processed(), alone.toString());
        assertEquals(0, alone.crossYearFindings(), "the budgets agree, and 2024's previous year is not there yet");

        Files.writeString(in.resolve("bureau-2023.txt"), Y2023, StandardCharsets.UTF_8);
        JobReport withPrevious = new ArchiveJob(spark, settings).run();
        assertEquals(1, withPrevious.processed(), "only the new document is read: " + withPrevious);
        assertEquals(1, withPrevious.crossYearFindings(), "the pair is compared once last year's document is there");
        Row finding = crossYear(out).get(0);
        assertTrue(finding.<String>getAs("path").endsWith("/bureau-2024.txt"), finding.toString());
        assertEquals("bureau-2024.txt", finding.getAs("document"));
        assertEquals("cross-year", finding.getAs("rule_id"));
        assertEquals("182.10万元", finding.getAs("stated"));
        assertEquals("190.00万元", finding.getAs("expected"));
        assertTrue(finding.<String>getAs("message").contains("bureau-2023.txt"), finding.toString());
        SparkTables tables = SparkTables.read(spark, out);
        List<Integer> counts = crossYearCounts(out, "bureau-2024.txt");
        assertEquals(1, counts.stream().mapToInt(Integer::intValue).sum(), "the later year counts its cross-year finding: " + counts);
        assertEquals(List.of(0, 0, 0), crossYearCounts(out, "bureau-2023.txt"));

        JobReport again = new ArchiveJob(spark, settings).run();
        assertEquals(0, again.handled());
        assertEquals(1, crossYear(out).size(), "a rerun replaces the cross-year findings, never adds them twice");
        assertEquals(tables, SparkTables.read(spark, out));
        assertEquals(counts, crossYearCounts(out, "bureau-2024.txt"), "a rerun neither adds the counts twice nor loses them");
        assertEquals(5, spark.read().parquet(out + "/documents").count(), "one row per document after the partitions are rewritten");
        String summary = Files.readString(Path.of(java.net.URI.create(out + "/summary.csv")), StandardCharsets.UTF_8);
        assertEquals(1, summary.lines().filter(line -> line.contains(",cross-year,")).count(), summary);

        Path batchOut = temporary.resolve("batch");
        StringWriter log = new StringWriter();
        assertEquals(0, Juesuan.run(new PrintWriter(log), new PrintWriter(log), "batch", in.toString(), "--out", batchOut.toString()),
                log.toString());
        BatchResults batch = BatchResults.read(batchOut);
        assertEquals(batch.findings(), tables.findings(), "every finding, cross-year included, document by document");
    }

    /** cross_year_errors, cross_year_warnings, cross_year_infos of the document named {@code name}. */
    private List<Integer> crossYearCounts(String out, String name) {
        Row document = spark.read().parquet(out + "/documents").where(col("name").equalTo(name)).collectAsList().get(0);
        return CrossYearCounts.COLUMNS.stream().map(column -> document.<Integer>getAs(column)).toList();
    }

    private List<Row> crossYear(String out) {
        return spark.read().parquet(out + "/findings").where(col("rule_id").equalTo("cross-year")).collectAsList();
    }
}
