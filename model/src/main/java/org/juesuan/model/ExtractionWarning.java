package org.juesuan.model;

/**
 * A recoverable problem, recorded instead of thrown so the rest of the document is still read.
 *
 * @param code    what kind of problem
 * @param message what happened, in Chinese, for a reviewer
 * @param page    the page concerned, or null for the whole document
 * @param start   offset in the document text, or -1 for the whole document
 * @param end     offset just past the concerned text, or -1
 */
public record ExtractionWarning(WarningCode code, String message, Integer page, int start, int end) {
    public ExtractionWarning {
        Checks.present(code, "code");
        Checks.text(message, "message");
        if (start != -1 || end != -1) {
            Checks.span(start, end, code.name());
        }
    }

    public static ExtractionWarning ofDocument(WarningCode code, String message) {
        return new ExtractionWarning(code, message, null, -1, -1);
    }
}
