package org.juesuan.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.sha2;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.juesuan.spark.crossyear.CrossYearStage;
import org.juesuan.spark.document.CheckPartition;
import org.juesuan.spark.document.DocumentStatus;
import org.juesuan.spark.document.InputNames;
import org.juesuan.spark.document.ResultRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job: list the archive with Spark's binaryFile source, hash each document, leave out the bytes
 * that already have results, read and check the rest chunk by chunk on the executors (batch's
 * processing path, {@link CheckPartition}), and commit each chunk as a partition of the documents
 * and findings tables; then the second stage, which compares each organization's consecutive years
 * ({@link CrossYearStage}), the index of documents by organization ({@link OrganizationYears}) and
 * the summary by organization, year and rule.
 */
public final class ArchiveJob {
    /** The documents batch reads, and zips, whose entries are documents of their own. */
    static final String DOCUMENT_NAMES = "\\.(docx|doc|pdf|txt|zip)$";
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveJob.class);
    /** Tasks per core and chunk: documents differ in cost, so small tasks keep every core busy to the end. */
    private static final int SLICES_PER_CORE = 16;
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("'r'yyyyMMdd'-'HHmmss");

    private static final StructType PATH_CONTENT = DataTypes.createStructType(List.of(
            DataTypes.createStructField("path", DataTypes.StringType, false),
            DataTypes.createStructField("content", DataTypes.BinaryType, true)));

    private final SparkSession spark;
    private final JobSettings settings;

    public ArchiveJob(SparkSession spark, JobSettings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    public JobReport run() throws IOException {
        long started = System.nanoTime();
        RunLedger ledger = new RunLedger(settings.output(), spark.sparkContext().hadoopConfiguration());
        List<String> committed = ledger.removeUnfinished();
        Set<String> empty = new HashSet<>(EmptyFiles.under(settings.input(), spark.sparkContext().hadoopConfiguration()));
        Dataset<Row> inventory = hashed(files().union(withContent(empty))).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> pending = committed.isEmpty() ? inventory
                : inventory.join(doneDocuments(ledger), inventory.col("hash").equalTo(col("done_hash"))
                        .and(inventory.col(DocumentKey.EXTENSION).equalTo(col("done_extension"))), "left_anti");
        pending = pending.dropDuplicates("hash", DocumentKey.EXTENSION).persist(StorageLevel.MEMORY_AND_DISK());
        long found = inventory.count();
        long todo = pending.count();
        LOG.info("{} documents under {}, {} without results", found, settings.input(), todo);
        String runPrefix = LocalDateTime.now(ZoneOffset.UTC).format(RUN_ID);
        long[] tally = new long[4];
        // The paths alone come to the driver (about 100 bytes a document): one job, where a sorted
        // local iterator would run one job per shuffle partition.
        List<String> paths = new ArrayList<>(pending.select("path").as(Encoders.STRING()).collectAsList());
        paths.sort(null);
        int chunks = 0;
        for (int from = 0; from < paths.size(); from += settings.chunkDocuments()) {
            List<String> chunk = paths.subList(from, Math.min(paths.size(), from + settings.chunkDocuments()));
            processChunk(ledger, chunk, String.format("%s-%05d", runPrefix, chunks++), tally);
        }
        inventory.unpersist();
        pending.unpersist();
        long crossYearFindings = 0;
        if (ledger.fileSystem().exists(new org.apache.hadoop.fs.Path(ledger.table(RunLedger.DOCUMENTS)))) {
            crossYearFindings = new CrossYearStage(spark).run(ledger.table(RunLedger.DOCUMENTS), ledger.table(RunLedger.FINDINGS));
            new CrossYearCounts(spark, ledger).write();
            new OrganizationYears(spark, ledger).write();
            new SummaryCsv(spark, ledger).write();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new JobReport(found, found - todo, tally[0], tally[1], tally[2], tally[3], crossYearFindings, seconds);
    }

    /** path and content of every document under the input (binaryFile leaves the empty ones out). */
    private Dataset<Row> files() {
        ListingParallelism.cap(spark);
        return spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(settings.input())
                .filter(lower(col("path")).rlike(DOCUMENT_NAMES)).select("path", "content");
    }

    private static Dataset<Row> hashed(Dataset<Row> files) {
        return files.select(col("path"), sha2(col("content"), 256).as("hash"), DocumentKey.extension(col("path")).as(DocumentKey.EXTENSION));
    }

    /** Empty documents as binaryFile rows of their own. */
    private Dataset<Row> withContent(Collection<String> emptyPaths) {
        List<Row> rows = emptyPaths.stream().sorted().map(path -> RowFactory.create(path, new byte[0])).toList();
        return spark.createDataFrame(rows, PATH_CONTENT);
    }

    /**
     * The documents that have results, by hash and extension ({@link DocumentKey}): each document's,
     * and each zip's whose entries have rows (a zip's extension is zip).
     */
    private Dataset<Row> doneDocuments(RunLedger ledger) {
        Dataset<Row> documents = spark.read().option("mergeSchema", "true").parquet(ledger.table(RunLedger.DOCUMENTS));
        Dataset<Row> done = documents.select(col("hash").as("done_hash"), DocumentKey.extension(col("path")).as("done_extension"));
        if (java.util.Arrays.asList(documents.columns()).contains(ResultRows.ARCHIVE_HASH)) {
            done = done.union(documents.select(col(ResultRows.ARCHIVE_HASH).as("done_hash"), lit("zip").as("done_extension")));
        }
        return done.where(col("done_hash").isNotNull()).distinct();
    }

    /** The input folder as its file system qualifies it ({@code file:/in}), the form the listing gives. */
    private InputNames inputNames(RunLedger ledger) {
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(settings.input());
        try {
            return new InputNames(root.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(root).toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot reach " + settings.input(), e);
        }
    }

    private void processChunk(RunLedger ledger, List<String> paths, String run, long[] tally) {
        int slices = Math.max(1, Math.min(paths.size(), spark.sparkContext().defaultParallelism() * SLICES_PER_CORE));
        JavaRDD<String> chunk = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(paths, slices);
        Dataset<Row> files = spark.createDataset(chunk.rdd(), Encoders.STRING())
                .mapPartitions(new ReadFiles(new SerializableConfiguration(spark.sparkContext().hadoopConfiguration())),
                        Encoders.row(PATH_CONTENT));
        Dataset<Row> results = files
                .mapPartitions(new CheckPartition(settings.reading(), inputNames(ledger)), Encoders.row(ResultRows.DOCUMENT))
                .persist(StorageLevel.MEMORY_AND_DISK());
        results.select(col("path"), col("hash"), explode(col(ResultRows.FINDINGS)).as("f"))
                .select(col("path"), col("hash"), col("f.*"))
                .write().mode(SaveMode.Overwrite).parquet(ledger.partitionPath(RunLedger.FINDINGS, run));
        Dataset<Row> documents = results.drop(ResultRows.FINDINGS);
        documents.write().mode(SaveMode.Overwrite).parquet(ledger.partitionPath(RunLedger.DOCUMENTS, run));
        Dataset<Row> committed = spark.read().parquet(ledger.partitionPath(RunLedger.DOCUMENTS, run));
        tally[0] += committed.where(col("status").equalTo(lit(DocumentStatus.PROCESSED.column()))).count();
        tally[1] += committed.where(col("status").equalTo(lit(DocumentStatus.NOT_A_DISCLOSURE.column()))).count();
        tally[2] += committed.where(col("status").equalTo(lit(DocumentStatus.FAILED.column()))).count();
        tally[3] += spark.read().parquet(ledger.partitionPath(RunLedger.FINDINGS, run)).count();
        results.unpersist();
        LOG.info("chunk {}: {} documents committed", run, paths.size());
    }
}
