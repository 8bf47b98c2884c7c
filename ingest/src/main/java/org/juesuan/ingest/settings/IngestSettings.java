package org.juesuan.ingest.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything watch, batch and bench are configured with, validated once at start-up. Each check
 * names the settings key at fault, so a wrong value fails before any document is touched.
 *
 * @param in                 the watched folder (null when not watching)
 * @param out                where results, error records and the ledger go
 * @param parallelism        worker threads
 * @param queueCapacity      inputs waiting for a worker before the producer blocks
 * @param document           limits for one document
 * @param archive            limits for one zip archive
 * @param poll               how often the watched folder is scanned
 * @param minAge             how long a file must be unmodified before it is read
 * @param checkInterval      how often the read lock looks at a file that is still too young
 * @param shutdownTimeout    how long in-flight documents may take to finish on shutdown
 */
public record IngestSettings(Path in, Path out, int parallelism, int queueCapacity, DocumentLimits document,
                             ArchiveLimits archive, Duration poll, Duration minAge, Duration checkInterval,
                             Duration shutdownTimeout) {
    public IngestSettings {
        Objects.requireNonNull(out, "out");
        positive(parallelism, "parallelism");
        positive(queueCapacity, "queue.capacity");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(archive, "archive");
        positive(poll.toMillis(), "watch.poll-millis");
        positive(minAge.toMillis(), "watch.min-age-millis");
        positive(checkInterval.toMillis(), "watch.check-interval-millis");
        positive(shutdownTimeout.toSeconds(), "shutdown.timeout-seconds");
        if (in != null && in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw new InvalidSettingsException("in", "must differ from out (输入与输出目录不能相同)");
        }
    }

    public IngestSettings withIn(Path newIn) {
        return new IngestSettings(newIn, out, parallelism, queueCapacity, document, archive, poll, minAge,
                checkInterval, shutdownTimeout);
    }

    public IngestSettings withOut(Path newOut) {
        return new IngestSettings(in, newOut, parallelism, queueCapacity, document, archive, poll, minAge,
                checkInterval, shutdownTimeout);
    }

    static void positive(long value, String key) {
        if (value < 1) {
            throw new InvalidSettingsException(key, "must be positive (须为正数), was " + value);
        }
    }

    /**
     * Ceilings for one document.
     *
     * @param maxHeapMegabytes the heap of the child process that reads documents (watch, batch, check)
     */
    public record DocumentLimits(long maxBytes, int maxCharacters, Duration timeout, int maxHeapMegabytes) {
        public DocumentLimits {
            positive(maxBytes, "document.max-megabytes");
            positive(maxCharacters, "document.max-characters");
            positive(timeout.toMillis(), "document.timeout-seconds");
            if (maxHeapMegabytes < 64) {
                throw new InvalidSettingsException("document.max-heap-megabytes", "must be at least 64 (至少 64), was "
                        + maxHeapMegabytes);
            }
        }
    }

    /** Ceilings for one zip archive, so a zip bomb fails clearly instead of filling memory or disk. */
    public record ArchiveLimits(long maxUncompressedBytes, int maxEntries, int maxDepth, int maxRatio) {
        public ArchiveLimits {
            positive(maxUncompressedBytes, "archive.max-megabytes");
            positive(maxEntries, "archive.max-entries");
            positive(maxDepth, "archive.max-depth");
            positive(maxRatio, "archive.max-ratio");
        }
    }
}
