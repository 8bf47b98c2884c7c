package org.juesuan.spark.document;

import java.io.Serializable;
import org.juesuan.ingest.settings.IngestSettings.ArchiveLimits;

/**
 * batch's {@code archive.*} limits for one zip, shipped to the executors with the job (so serializable).
 *
 * @param maxUncompressedBytes total bytes one zip (nested ones included) may inflate to
 * @param maxEntries           entries of one zip
 * @param maxDepth             1 = a zip, 2 = a zip inside a zip
 * @param maxRatio             uncompressed ÷ compressed, judged after 1 MB
 */
public record ArchiveSettings(long maxUncompressedBytes, int maxEntries, int maxDepth, int maxRatio) implements Serializable {
    private static final long serialVersionUID = 1L;

    public ArchiveSettings {
        limits(maxUncompressedBytes, maxEntries, maxDepth, maxRatio); // refuses a limit of zero or less, as batch does
    }

    /** batch's defaults: 1024 MB, 10,000 entries, depth 2, ratio 100. */
    public static ArchiveSettings defaults() {
        return new ArchiveSettings(1024L * 1024 * 1024, 10_000, 2, 100);
    }

    ArchiveLimits limits() {
        return limits(maxUncompressedBytes, maxEntries, maxDepth, maxRatio);
    }

    private static ArchiveLimits limits(long maxUncompressedBytes, int maxEntries, int maxDepth, int maxRatio) {
        return new ArchiveLimits(maxUncompressedBytes, maxEntries, maxDepth, maxRatio);
    }
}
