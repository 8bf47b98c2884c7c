package org.juesuan.spark.document;

import java.util.Objects;
import org.juesuan.ingest.process.ErrorRecord;
import org.juesuan.model.Disclosure;

/**
 * One document's outcome on an executor, before it becomes rows.
 *
 * @param path       where Spark read it (a Hadoop path URI)
 * @param hash       SHA-256 of its bytes, as batch's ledger and the model's document id; null only for a zip
 *                   entry refused unread (an unsafe path, too large)
 * @param bytes      its length
 * @param status     processed, not a disclosure, or failed
 * @param checked    the checked model, or null when it failed before being read
 * @param failure    why it was not processed (also for a non-disclosure), or null
 * @param millis     time spent on it
 */
public record DocumentResult(String path, String hash, long bytes, DocumentStatus status, Disclosure checked,
                             ErrorRecord failure, long millis) {
    public DocumentResult {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
        if (status == DocumentStatus.PROCESSED && checked == null) {
            throw new IllegalArgumentException("a processed document has its model");
        }
        if (status != DocumentStatus.PROCESSED && failure == null) {
            throw new IllegalArgumentException("a document not processed has its reason");
        }
    }
}
