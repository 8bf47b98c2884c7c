package org.juesuan.ingest.process;

import java.util.List;

/**
 * What became of one input (a file, or a whole zip archive) and of each document in it.
 *
 * @param name      the input's output name
 * @param status    PROCESSED, FAILED, or SKIPPED (its bytes were processed before)
 * @param failure   why the input as a whole failed (FAILED), else null
 * @param documents each document's outcome (one for a plain file, one per entry for a zip)
 * @param note      for a skipped input, which earlier input had the same bytes
 */
public record InputOutcome(String name, Status status, ErrorRecord failure, List<DocumentOutcome> documents,
                           String note) {
    /** How the input ended; FAILED sends a watched file to .error/. */
    public enum Status { PROCESSED, FAILED, SKIPPED }

    public InputOutcome {
        documents = List.copyOf(documents);
    }

    /** An input whose handling broke off with an exception nobody expected (e.g. the disk is full). */
    public static InputOutcome unexpected(String name, Throwable error) {
        ErrorRecord record = new ErrorRecord(name, null, "处理时发生意外错误", String.valueOf(error.getMessage()),
                error.getClass().getName(), "input", java.time.Instant.now().toString());
        return new InputOutcome(name, Status.FAILED, record, List.of(DocumentOutcome.failed(record)), null);
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
