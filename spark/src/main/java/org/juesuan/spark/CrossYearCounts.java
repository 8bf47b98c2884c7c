package org.juesuan.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.juesuan.model.Severity;
import org.juesuan.output.run.SeverityLabel;
import org.juesuan.spark.crossyear.CrossYearStage;
import org.juesuan.spark.document.DocumentStatus;

/**
 * The cross-year findings in the documents table's counts: after the second stage, each committed
 * documents partition is rewritten with {@code cross_year_errors}, {@code cross_year_warnings} and
 * {@code cross_year_infos} (0 for a processed document without any, null for one not processed),
 * counted afresh from the cross-year partition each run — so a rerun replaces them, never adds
 * them — and swapped in ({@link PartitionSwap}). The first stage's counts stay as they are.
 */
final class CrossYearCounts {
    static final List<String> COLUMNS = List.of("cross_year_errors", "cross_year_warnings", "cross_year_infos");
    private static final List<Severity> SEVERITIES = List.of(Severity.ERROR, Severity.WARNING, Severity.INFO);

    private final SparkSession spark;
    private final RunLedger ledger;

    CrossYearCounts(SparkSession spark, RunLedger ledger) {
        this.spark = spark;
        this.ledger = ledger;
    }

    void write() throws IOException {
        Dataset<Row> counts = counts().persist();
        PartitionSwap swap = ledger.documentsSwap();
        for (String run : ledger.committed()) {
            Dataset<Row> documents = spark.read().parquet(ledger.partitionPath(RunLedger.DOCUMENTS, run))
                    .drop(COLUMNS.toArray(String[]::new));
            Dataset<Row> joined = documents.join(counts, documents.col("path").equalTo(counts.col("counted_path")), "left");
            Column processed = col("status").equalTo(lit(DocumentStatus.PROCESSED.column()));
            for (String column : COLUMNS) {
                joined = joined.withColumn(column, when(processed, coalesce(col("counted_" + column), lit(0))).cast("int"));
            }
            for (String column : COLUMNS) {
                joined = joined.drop("counted_" + column);
            }
            joined.drop("counted_path").write().mode(SaveMode.Overwrite).parquet(swap.aside(run).toString());
            swap.swapIn(run);
        }
        counts.unpersist();
    }

    /** Per document path, its cross-year findings by severity. */
    private Dataset<Row> counts() throws IOException {
        Path partition = new Path(ledger.table(RunLedger.FINDINGS), CrossYearStage.PARTITION);
        Dataset<Row> findings = ledger.fileSystem().exists(partition)
                ? spark.read().schema(CrossYearStage.schema()).parquet(partition.toString())
                : spark.createDataFrame(List.of(), CrossYearStage.schema());
        Column[] bySeverity = new Column[SEVERITIES.size()];
        for (int i = 0; i < bySeverity.length; i++) {
            bySeverity[i] = sum(when(col("severity").equalTo(lit(SeverityLabel.of(SEVERITIES.get(i)))), 1).otherwise(0))
                    .as("counted_" + COLUMNS.get(i));
        }
        return findings.groupBy(col("path").as("counted_path")).agg(bySeverity[0], bySeverity[1], bySeverity[2]);
    }
}
