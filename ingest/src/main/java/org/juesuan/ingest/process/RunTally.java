package org.juesuan.ingest.process;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.juesuan.model.Finding;

/** Counts outcomes as workers finish them (thread-safe), for progress lines and the run summary. */
public final class RunTally {
    /** The summary keeps this many failures by name; the counts stay exact beyond it. */
    private static final int LISTED_FAILURES = 1000;

    private final long startNanos = System.nanoTime();
    private int inputsProcessed;
    private int inputsFailed;
    private int inputsSkipped;
    private int documentsProcessed;
    private int documentsFailed;
    private int notDisclosures;
    private final Map<String, Integer> findingsBySeverity = new TreeMap<>();
    private final Map<String, Integer> findingsByRule = new TreeMap<>();
    private final List<RunSummary.Failed> failures = new ArrayList<>();

    public synchronized void add(InputOutcome outcome) {
        switch (outcome.status()) {
            case PROCESSED -> inputsProcessed++;
            case FAILED -> inputsFailed++;
            case SKIPPED -> inputsSkipped++;
        }
        notifyAll();
        for (DocumentOutcome document : outcome.documents()) {
            notDisclosures += document.notADisclosure() ? 1 : 0;
            if (document.ok()) {
                documentsProcessed++;
                for (Finding finding : document.findings()) {
                    findingsBySeverity.merge(finding.severity().name(), 1, Integer::sum);
                    findingsByRule.merge(finding.ruleId(), 1, Integer::sum);
                }
            } else {
                documentsFailed++;
                if (failures.size() < LISTED_FAILURES) {
                    ErrorRecord failure = document.failure();
                    failures.add(new RunSummary.Failed(failure.input(), failure.reason(), failure.reasonEnglish(),
                            failure.stage()));
                }
            }
        }
    }

    /** Waits until {@code count} inputs have finished, whatever their outcome. */
    public synchronized void awaitInputs(int count) throws InterruptedException {
        while (inputsDone() < count) {
            wait();
        }
    }

    /** Inputs finished so far, whatever their outcome. */
    public synchronized int inputsDone() {
        return inputsProcessed + inputsFailed + inputsSkipped;
    }

    public synchronized int documentsFailed() {
        return documentsFailed;
    }

    /** The summary of a run whose documents were read in this JVM. */
    public RunSummary summary() {
        return summary(0);
    }

    /** The summary, its peak heap this JVM's plus {@code readingPeakHeapBytes}, what its reading children used at once. */
    public synchronized RunSummary summary(long readingPeakHeapBytes) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        int documents = documentsProcessed + documentsFailed;
        long parentPeak = peakHeapBytes();
        return new RunSummary(new RunSummary.Counts(inputsProcessed, inputsFailed, inputsSkipped),
                new RunSummary.Counts(documentsProcessed, documentsFailed, inputsSkipped), notDisclosures,
                findingsBySeverity, findingsByRule, seconds, documents / seconds,
                parentPeak + readingPeakHeapBytes, parentPeak, readingPeakHeapBytes, failures);
    }

    /** The sum of each heap pool's peak since the JVM started: an upper bound of the peak heap in use. */
    public static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
