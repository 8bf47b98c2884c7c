package org.juesuan.spark.crossyear;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.juesuan.crossyear.DocumentIdentity;
import org.juesuan.spark.document.DocumentStatus;
import org.juesuan.spark.document.ResultRows;

/**
 * The job's second stage: every processed document of every committed run, grouped by organization
 * and kind, each compared with its previous year ({@link CompareYears}); the findings become the
 * findings table's partition {@value #PARTITION}, rewritten whole each run — so a rerun replaces them
 * (never adds them twice) and a later run that brings last year's document compares the pair then.
 * The new partition is written aside and swapped in, so a reader never sees half of it.
 */
public final class CrossYearStage {
    /** The findings table's partition of the cross-year findings (documents/ has none of that name). */
    public static final String PARTITION = "run=cross-year";
    static final String FIGURES = ResultRows.YEAR_FIGURES;
    /** Spark leaves names starting with _ out of a table, so the partition being written is not read. */
    private static final String WRITING = "_cross-year-writing";
    private static final List<String> DOCUMENT_COLUMNS = List.of("path", "hash", "name", "format", "pages", "title",
            "organization", "year", "findings", FIGURES);

    private final SparkSession spark;

    public CrossYearStage(SparkSession spark) {
        this.spark = spark;
    }

    /** Compares the documents of {@code documentsTable}, writes the findings into {@code findingsTable}; returns how many. */
    public long run(String documentsTable, String findingsTable) throws IOException {
        Dataset<Row> documents = spark.read().option("mergeSchema", "true").parquet(documentsTable);
        if (!Arrays.asList(documents.columns()).contains(FIGURES)) {
            return 0; // tables of a version that kept no figures: nothing to compare until they are read again
        }
        Dataset<Row> findings = documents
                .where(col("status").equalTo(lit(DocumentStatus.PROCESSED.column())).and(col(FIGURES).isNotNull()))
                .select(DOCUMENT_COLUMNS.stream().map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new))
                .groupByKey((MapFunction<Row, String>) CrossYearStage::organizationAndKind, Encoders.STRING())
                .flatMapGroups(new CompareYears(), Encoders.row(schema()));
        Path table = new Path(findingsTable);
        Path writing = new Path(table, WRITING);
        findings.write().mode(SaveMode.Overwrite).parquet(writing.toString());
        FileSystem fileSystem = table.getFileSystem(spark.sparkContext().hadoopConfiguration());
        Path partition = new Path(table, PARTITION);
        fileSystem.delete(partition, true);
        if (!fileSystem.rename(writing, partition)) {
            throw new IOException("cannot move " + writing + " to " + partition);
        }
        return spark.read().parquet(partition.toString()).count();
    }

    /** The rows of the findings table: path, hash, then the CSV's columns. */
    public static StructType schema() {
        List<StructField> fields = new ArrayList<>(List.of(
                DataTypes.createStructField("path", DataTypes.StringType, true),
                DataTypes.createStructField("hash", DataTypes.StringType, true)));
        fields.addAll(Arrays.asList(ResultRows.FINDING.fields()));
        return DataTypes.createStructType(fields);
    }

    private static String organizationAndKind(Row document) {
        DocumentIdentity identity = YearFiguresJson.read(document.getAs(FIGURES)).identity();
        return identity.kind() + "\u0001" + identity.organization();
    }
}
