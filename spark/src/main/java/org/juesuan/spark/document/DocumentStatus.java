package org.juesuan.spark.document;

/** What became of one document in the job: the {@code status} column of the documents table. */
public enum DocumentStatus {
    /** Read and checked; its findings are in the findings table. */
    PROCESSED("processed"),
    /** Readable, but not a final-accounts disclosure (batch's verdict). */
    NOT_A_DISCLOSURE("not-disclosure"),
    /** Unreadable, refused, past its time or out of memory: the reason says which. */
    FAILED("failed");

    private final String column;

    DocumentStatus(String column) {
        this.column = column;
    }

    /** The value written in the table. */
    public String column() {
        return column;
    }
}
