package org.juesuan.ingest.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * What a batch benchmark found: for each worker count, the medians of the runs at N1 and at N2, the
 * throughput at the margin and the fixed cost; then the ratio of the margins.
 */
public record BatchBenchResult(int smaller, int larger, int threads, List<BatchBenchmark.Run> runs) {
    public BatchBenchResult {
        runs = List.copyOf(runs);
    }

    /** Documents a second at the margin, (N2 − N1) / (t2 − t1), with {@code workers} workers. */
    public double marginDocumentsPerSecond(int workers) {
        double dt = median(larger, workers, BatchBenchmark.Run::wallSeconds) - median(smaller, workers, BatchBenchmark.Run::wallSeconds);
        return dt <= 0 ? Double.NaN : (larger - smaller) / dt;
    }

    /** The intercept: what a run takes beyond its documents' share, t1 − N1 / margin. */
    public double fixedSeconds(int workers) {
        return median(smaller, workers, BatchBenchmark.Run::wallSeconds) - smaller / marginDocumentsPerSecond(workers);
    }

    public double median(int documents, int workers, ToDoubleFunction<BatchBenchmark.Run> figure) {
        double[] values = runs.stream().filter(r -> r.documents() == documents && r.threads() == workers)
                .mapToDouble(figure).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /** The table printed by {@code bench-batch}. */
    public String table() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-8s %6s %9s %9s %12s %12s %12s", "workers", "docs", "wall s", "cpu s",
                "batch MB", "children MB", "sum MB"));
        for (int workers : workerCounts()) {
            for (int documents : List.of(smaller, larger)) {
                double parent = median(documents, workers, BatchBenchmark.Run::parentPeakHeapBytes) / (1 << 20);
                double children = median(documents, workers, BatchBenchmark.Run::readingPeakHeapBytes) / (1 << 20);
                lines.add(String.format(Locale.ROOT, "%-8d %6d %9.2f %9.2f %12.0f %12.0f %12.0f", workers, documents,
                        median(documents, workers, BatchBenchmark.Run::wallSeconds),
                        median(documents, workers, BatchBenchmark.Run::cpuSeconds), parent, children, parent + children));
            }
        }
        lines.add("");
        for (int workers : workerCounts()) {
            lines.add(String.format(Locale.ROOT, "%d worker(s): %.2f docs/s at the margin, fixed cost %.2f s; CPU %.2f s a document,"
                            + " %.2f s a run", workers, marginDocumentsPerSecond(workers), fixedSeconds(workers),
                    cpuPerDocument(workers), fixedCpuSeconds(workers)));
        }
        if (threads > 1) {
            lines.add(String.format(Locale.ROOT, "ratio at the margin, %d workers / 1: %.2f×", threads,
                    marginDocumentsPerSecond(threads) / marginDocumentsPerSecond(1)));
        }
        return String.join(System.lineSeparator(), lines);
    }

    /** CPU seconds a document at the margin, (cpu2 − cpu1) / (N2 − N1). */
    public double cpuPerDocument(int workers) {
        return (median(larger, workers, BatchBenchmark.Run::cpuSeconds) - median(smaller, workers, BatchBenchmark.Run::cpuSeconds))
                / (larger - smaller);
    }

    /** The CPU intercept: CPU seconds a run spends beyond its documents' share, cpu1 − N1 · cpuPerDocument. */
    public double fixedCpuSeconds(int workers) {
        return median(smaller, workers, BatchBenchmark.Run::cpuSeconds) - smaller * cpuPerDocument(workers);
    }

    private List<Integer> workerCounts() {
        return threads > 1 ? List.of(1, threads) : List.of(1);
    }
}
