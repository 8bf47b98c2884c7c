package org.juesuan.ingest.process;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A batch run as {@code OUT/summary.json}.
 *
 * @param inputs             files and archives given or found: processed, failed, skipped (bytes seen before)
 * @param documents          documents (a zip counts each entry): processed, failed; skipped repeats the inputs skipped
 * @param notDisclosures     processed documents that do not look like final-accounts disclosures
 * @param findingsBySeverity the checks' findings by severity (ERROR, WARNING, INFO)
 * @param findingsByRule     the checks' findings by rule id
 * @param seconds            wall-clock time of the run
 * @param documentsPerSecond documents processed or failed per second of the run
 * @param peakHeapBytes      the run's peak heap: this JVM's plus its reading children's (an upper bound)
 * @param parentPeakHeapBytes  sum of this JVM's heap pools' peaks (an upper bound of its heap in use)
 * @param readingPeakHeapBytes the most heap the reading children used at once, as each reported its
 *                             own peak after each document (0 when documents are read in this JVM)
 * @param failures           the failed documents with their reasons (the first 1000)
 */
public record RunSummary(Counts inputs, Counts documents, int notDisclosures, Map<String, Integer> findingsBySeverity,
                         Map<String, Integer> findingsByRule, double seconds, double documentsPerSecond,
                         long peakHeapBytes, long parentPeakHeapBytes, long readingPeakHeapBytes,
                         List<Failed> failures) {
    public RunSummary {
        findingsBySeverity = Collections.unmodifiableMap(new TreeMap<>(findingsBySeverity));
        findingsByRule = Collections.unmodifiableMap(new TreeMap<>(findingsByRule));
        failures = List.copyOf(failures);
    }

    /** Processed, failed, skipped. */
    public record Counts(int processed, int failed, int skipped) {
    }

    /** One failed document. */
    public record Failed(String name, String reason, String reasonEnglish, String stage) {
    }
}
