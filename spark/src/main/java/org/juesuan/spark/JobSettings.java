package org.juesuan.spark;

import java.util.Objects;
import org.juesuan.spark.document.ReadingSettings;

/**
 * One run of the archive job.
 *
 * @param input          any Hadoop-compatible folder (file:, hdfs:, s3a: …), walked recursively
 * @param output         the folder of the tables (documents/, findings/, summary.csv, organization_years/)
 * @param reading        the per-document limits, as batch's document.* settings
 * @param chunkDocuments documents committed together: a killed job loses at most one chunk's work
 */
public record JobSettings(String input, String output, ReadingSettings reading, int chunkDocuments) {
    public JobSettings {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(reading, "reading");
        if (chunkDocuments < 1) {
            throw new IllegalArgumentException("chunkDocuments must be 1 or more, was " + chunkDocuments);
        }
    }
}
