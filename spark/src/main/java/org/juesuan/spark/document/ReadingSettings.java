package org.juesuan.spark.document;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * The per-document limits every executor applies, the same as batch's {@code document.*} settings:
 * shipped to the executors with the job, so it is serializable.
 *
 * @param maxBytes          a larger document is refused before it is read
 * @param maxCharacters     most extracted text
 * @param timeout           a document taking longer is stopped (its reading child killed)
 * @param maxHeapMegabytes  heap of each reading child
 * @param archive           the limits of one zip (batch's archive.* settings)
 */
public record ReadingSettings(long maxBytes, int maxCharacters, Duration timeout, int maxHeapMegabytes,
                              ArchiveSettings archive) implements Serializable {
    private static final long serialVersionUID = 1L;

    public ReadingSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(archive, "archive");
        if (maxBytes < 1 || maxCharacters < 1 || timeout.isNegative() || timeout.isZero() || maxHeapMegabytes < 64) {
            throw new IllegalArgumentException("reading limits must be positive (heap at least 64 MB): " + maxBytes + ", "
                    + maxCharacters + ", " + timeout + ", " + maxHeapMegabytes);
        }
    }

    /** With batch's default zip limits. */
    public ReadingSettings(long maxBytes, int maxCharacters, Duration timeout, int maxHeapMegabytes) {
        this(maxBytes, maxCharacters, timeout, maxHeapMegabytes, ArchiveSettings.defaults());
    }

    /** batch's defaults: 100 MB, 20,000,000 characters, 120 s, 1024 MB, and its zip limits. */
    public static ReadingSettings defaults() {
        return new ReadingSettings(100L * 1024 * 1024, 20_000_000, Duration.ofSeconds(120), 1024);
    }
}
