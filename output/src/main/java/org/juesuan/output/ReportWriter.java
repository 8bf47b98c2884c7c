package org.juesuan.output;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The writer stage: turns one input (a document, or a run's summary) into the bytes of one file.
 * Writers hold no state between calls, so one instance serves every document and every thread;
 * {@link AtomicFile} puts the bytes in place so a reader never sees half a file.
 *
 * @param <T> what the file is written from: a {@code Disclosure} or a {@code RunSummary}
 */
public interface ReportWriter<T> {
    void write(T input, OutputStream out) throws IOException;
}
