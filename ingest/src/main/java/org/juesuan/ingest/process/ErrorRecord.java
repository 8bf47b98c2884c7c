package org.juesuan.ingest.process;

import java.time.Instant;
import java.util.Objects;
import org.juesuan.extract.DisclosureReadException;

/**
 * Why an input or a document failed, written as {@code <name>.error.json}: the reason in Chinese for
 * the person who supplied the file, in English for the log, the exception class and the stage.
 *
 * @param input      the input's name (for a zip entry: the flattened output name)
 * @param documentId SHA-256 of the bytes, when they could be read; else null
 * @param reason     in Chinese
 * @param reasonEnglish in English
 * @param exception  the class of the exception that stopped it
 * @param stage      parse, structure, figures, read, checks, write, archive, input
 * @param time       when it failed (ISO-8601 instant)
 */
public record ErrorRecord(String input, String documentId, String reason, String reasonEnglish, String exception,
                          String stage, String time) {
    public ErrorRecord {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reasonEnglish, "reasonEnglish");
        Objects.requireNonNull(exception, "exception");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(time, "time");
    }

    public static ErrorRecord of(String input, String documentId, DisclosureReadException e) {
        return new ErrorRecord(input, documentId, e.chineseReason(), e.getMessage(), e.getClass().getName(), e.stage(),
                Instant.now().toString());
    }

    public static ErrorRecord of(String input, String documentId, IngestFailure e) {
        Throwable shown = e.getCause() == null ? e : e.getCause();
        return new ErrorRecord(input, documentId, e.chineseReason(), e.getMessage(), shown.getClass().getName(),
                e.stage(), Instant.now().toString());
    }
}
