package org.juesuan.ingest.process;

import org.juesuan.extract.DisclosureReadException;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.model.Disclosure;

/** Bytes to model: {@code DisclosureReader::read} in production, a stand-in in tests (e.g. one that hangs). */
@FunctionalInterface
public interface DocumentReading {
    /** Reads one document; interrupted means cancelled (its time is up), nothing to report. */
    Disclosure read(SourceDocument source) throws DisclosureReadException, InterruptedException;

    /**
     * Readies what the next {@link #read} needs (a reading child process), outside the document's
     * time limit, so the limit measures the document and not the start-up; nothing by default.
     */
    default void prepare() throws java.io.IOException, InterruptedException {
    }

    /**
     * Starts, in the background, what {@code readers} reads at once will need (reading children), so
     * their start-up overlaps the caller's own instead of following it; nothing by default.
     */
    default void startAhead(int readers) {
    }
}
