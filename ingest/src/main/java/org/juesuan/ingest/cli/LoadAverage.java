package org.juesuan.ingest.cli;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** The machine's one-minute load average and its cores, printed beside every timing (a busy machine skews it). */
final class LoadAverage {
    private LoadAverage() {
    }

    static String now() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT, "%.1f on %d cores", load, Runtime.getRuntime().availableProcessors());
    }
}
