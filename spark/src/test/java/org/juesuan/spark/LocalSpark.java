package org.juesuan.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Spark in the test's JVM on two cores, without its web UI (several test JVMs share the machine):
 * one session for every test class of the module (surefire runs them in one JVM), since starting
 * one costs tens of seconds on a loaded machine. No class stops it; Spark's own shutdown hook does
 * at the JVM's end. Tests give each job its own folders, so they share nothing else.
 */
final class LocalSpark {
    private LocalSpark() {
    }

    static SparkSession session() {
        return Holder.SESSION;
    }

    /** Built on first use: the class is initialised once, when a test first asks for the session. */
    private static final class Holder {
        static final SparkSession SESSION = SparkSession.builder().master("local[2]").appName("juesuan-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }
}
