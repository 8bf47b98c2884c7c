package org.juesuan.output.run;

import java.io.IOException;

/**
 * What a run's index, workbook and CSV are written from, visited one row at a time, so a writer
 * never needs every document's findings in memory at once: a list in memory for a small run
 * ({@link RunSummary}), or a file of per-document rows read back line by line for a long one.
 * Each visit walks the rows from the start again, in the same order.
 */
public interface RunRows {
    /** Receives one row; may fail writing what it makes of it. */
    @FunctionalInterface
    interface Visitor<T> {
        void visit(T row) throws IOException;
    }

    /** Every document read, in the run's order. */
    void documents(Visitor<DocumentSummary> visitor) throws IOException;

    /** Every file that could not be read, in the run's order. */
    void failures(Visitor<FailedDocument> visitor) throws IOException;
}
