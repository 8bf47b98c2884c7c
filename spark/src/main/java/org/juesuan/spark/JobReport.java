package org.juesuan.spark;

/**
 * What one run did: documents found under the input, skipped (their bytes already have results),
 * and of those handled now, how many were processed, refused as not disclosures, or failed; the
 * findings of the documents handled now, and the cross-year findings over the whole archive.
 */
public record JobReport(long found, long skipped, long processed, long notDisclosures, long failed, long findings,
                        long crossYearFindings, double seconds) {
    public long handled() {
        return processed + notDisclosures + failed;
    }

    public double documentsPerSecond() {
        return seconds <= 0 ? 0 : handled() / seconds;
    }
}
