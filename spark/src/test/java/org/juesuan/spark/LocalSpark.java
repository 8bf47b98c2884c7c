package org.juesuan.spark;

import org.apache.spark.sql.SparkSession;

/** Spark in the test's JVM on two cores, without its web UI (several test JVMs share the machine). */
final class LocalSpark {
    private LocalSpark() {
    }

    static SparkSession start() {
        return SparkSession.builder().master("local[2]").appName("juesuan-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }
}
