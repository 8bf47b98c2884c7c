package org.juesuan.model;

/** The kinds of recoverable problem met while reading a document. */
public enum WarningCode {
    /** The text does not look like a final-accounts disclosure (no 决算, no money, no budget terms). */
    NOT_A_DISCLOSURE,
    /** A PDF page carries no extractable text (scanned image, or empty). */
    PAGE_WITHOUT_TEXT,
    /** A numbered heading skips a number in its sequence (三、 followed by 五、). */
    NUMBERING_SKIPPED,
    /** One list of headings mixes numbering styles (1、 2、 3、 四、). */
    NUMBERING_MIXED_STYLES,
    /** The fiscal year or organization could not be found. */
    METADATA_MISSING,
    /** A statement's figures could not all be bound (a change without this year's value): it was not checked. */
    STATEMENT_UNBOUND,
    /** The file's extension does not match its content; it was read as its content says. */
    EXTENSION_MISMATCH,
    /** A page without a text layer was read by OCR (Tesseract): its figures carry {@code ocrConfidence}. */
    PAGE_READ_BY_OCR,
    /** Pages without a text layer (scanned) could not be read: OCR is not available (Tesseract not installed). */
    OCR_UNAVAILABLE,
    /** OCR of a page failed or passed its time limit: the page stays without text. */
    OCR_FAILED,
    /** A rule stopped on this document with an internal error: its findings are missing; the other rules' stand. */
    RULE_FAILED

}
