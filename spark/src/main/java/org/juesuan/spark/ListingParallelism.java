package org.juesuan.spark;

import org.apache.spark.sql.SparkSession;

/**
 * How many tasks Spark's file listing may fan out to. With more sub-folders than
 * {@code spark.sql.sources.parallelPartitionDiscovery.threshold} (32), the binaryFile source lists
 * them in a Spark job of one task per folder, up to {@value #KEY} (default 10,000): an archive of
 * one folder per document gives thousands of tasks, each a few milliseconds of work behind its
 * scheduling — 2,000 folders took 317.8 s under load, and 16.5 s at {@value #TASKS_PER_CORE} tasks a
 * core. The cap applies unless the session was given its own value.
 */
final class ListingParallelism {
    static final String KEY = "spark.sql.sources.parallelPartitionDiscovery.parallelism";
    static final int TASKS_PER_CORE = 4;

    private ListingParallelism() {
    }

    static void cap(SparkSession spark) {
        if (!spark.conf().contains(KEY)) {
            spark.conf().set(KEY, Integer.toString(TASKS_PER_CORE * spark.sparkContext().defaultParallelism()));
        }
    }
}
