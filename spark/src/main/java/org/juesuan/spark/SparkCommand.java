package org.juesuan.spark;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.juesuan.spark.document.ArchiveSettings;
import org.juesuan.spark.document.ReadingSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code juesuan spark IN OUT [--master local[*]]}: the archive job, in-process with {@code --master},
 * or under {@code spark-submit}, which sets the master itself.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"在 Apache Spark 上重新处理文档归档：与 batch 相同的读取与核查，结果写为 Parquet 表。",
                "Reprocesses an archive on Apache Spark: batch's reading and checks, results as Parquet tables",
                "(OUT/documents, OUT/findings, OUT/summary.csv, OUT/organization_years); each organization's",
                "consecutive years are compared (cross-year findings in OUT/findings). Bytes that already have",
                "results in OUT are skipped, so a run killed midway resumes.",
                "",
                "退出码 (exit code): 0 全部成功 (all processed); 1 有文件失败 (some failed); 2 用法错误 (usage error)."})
public final class SparkCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN", description = "输入目录，任何 Hadoop 路径 (input folder: file:, hdfs:, s3a: …)")
    private String input;

    @Parameters(index = "1", paramLabel = "OUT", description = "输出目录 (output folder of the tables)")
    private String output;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[*]; spark-submit 时不填 (omit under spark-submit)")
    private String master;

    @Option(names = "--timeout-seconds", defaultValue = "120", description = "单个文件的时限 (per-document time limit), default ${DEFAULT-VALUE}")
    private long timeoutSeconds;

    @Option(names = "--max-heap-megabytes", defaultValue = "1024", description = "读取子进程的堆 (heap of each reading child), default ${DEFAULT-VALUE}")
    private int maxHeapMegabytes;

    @Option(names = "--max-megabytes", defaultValue = "100", description = "更大的文件不读取 (larger files are refused), default ${DEFAULT-VALUE}")
    private long maxMegabytes;

    @Option(names = "--max-characters", defaultValue = "20000000", description = "最多提取字符数 (most extracted text), default ${DEFAULT-VALUE}")
    private int maxCharacters;

    @Option(names = "--archive-max-megabytes", defaultValue = "1024",
            description = "压缩包解压后总大小上限 (total uncompressed size of one zip), default ${DEFAULT-VALUE}")
    private long archiveMaxMegabytes;

    @Option(names = "--archive-max-entries", defaultValue = "10000", description = "压缩包内文件数上限 (entries of one zip), default ${DEFAULT-VALUE}")
    private int archiveMaxEntries;

    @Option(names = "--archive-max-depth", defaultValue = "2", description = "压缩包嵌套层数上限 (zips nested), default ${DEFAULT-VALUE}")
    private int archiveMaxDepth;

    @Option(names = "--archive-max-ratio", defaultValue = "100", description = "压缩比上限 (uncompressed ÷ compressed), default ${DEFAULT-VALUE}")
    private int archiveMaxRatio;

    @Option(names = "--chunk-documents", defaultValue = "10000",
            description = "每次提交的文件数 (documents committed together), default ${DEFAULT-VALUE}")
    private int chunkDocuments;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        ArchiveSettings archive = new ArchiveSettings(archiveMaxMegabytes * 1024 * 1024, archiveMaxEntries, archiveMaxDepth,
                archiveMaxRatio);
        ReadingSettings reading = new ReadingSettings(maxMegabytes * 1024 * 1024, maxCharacters,
                Duration.ofSeconds(timeoutSeconds), maxHeapMegabytes, archive);
        JobSettings settings = new JobSettings(input, output, reading, chunkDocuments);
        SparkSession.Builder builder = SparkSession.builder().appName("juesuan spark " + input);
        if (master != null) {
            builder.master(master).config("spark.ui.enabled", "false");
        }
        JobReport report;
        try (SparkSession spark = builder.getOrCreate()) {
            report = new ArchiveJob(spark, settings).run();
        }
        System.out.printf("文件 (documents) %d，跳过 (skipped) %d；处理 (processed) %d，非决算 (not disclosures) %d，失败 (failed) %d；"
                        + "问题 (findings) %d，跨年度问题 (cross-year findings) %d；%.1f 秒，%.3f 个/秒 (docs/s) → %s%n",
                report.found(), report.skipped(), report.processed(), report.notDisclosures(), report.failed(),
                report.findings(), report.crossYearFindings(), report.seconds(), report.documentsPerSecond(), output);
        return report.failed() == 0 ? 0 : 1;
    }
}
