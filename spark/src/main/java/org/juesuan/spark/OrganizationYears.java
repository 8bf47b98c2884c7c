package org.juesuan.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.juesuan.spark.document.DocumentStatus;

/**
 * The second stage: the processed documents of every committed run grouped by organization, each
 * group's documents ordered by year, written as {@code organization_years/} (rewritten each run): an
 * index of what the archive holds per organization; the comparison itself is
 * {@link org.juesuan.spark.crossyear.CrossYearStage}'s, by the normalized organization and kind.
 */
final class OrganizationYears {
    static final String TABLE = "organization_years";
    /** organization STRING, documents INT, years ARRAY&lt;STRUCT&lt;year INT, hash, path, name&gt;&gt; (ascending). */
    static final String SCHEMA_DOC = "organization, documents, years[year, hash, path, name]";

    private final SparkSession spark;
    private final RunLedger ledger;

    OrganizationYears(SparkSession spark, RunLedger ledger) {
        this.spark = spark;
        this.ledger = ledger;
    }

    void write() {
        Dataset<Row> groups = spark.read().parquet(ledger.table(RunLedger.DOCUMENTS))
                .where(col("status").equalTo(lit(DocumentStatus.PROCESSED.column()))
                        .and(col("organization").isNotNull()).and(col("year").isNotNull()))
                .groupBy(col("organization"))
                .agg(count(lit(1)).cast("int").as("documents"),
                        array_sort(collect_list(struct(col("year"), col("hash"), col("path"), col("name")))).as("years"));
        groups.write().mode(SaveMode.Overwrite).parquet(ledger.table(TABLE));
    }
}
