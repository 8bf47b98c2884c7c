package org.juesuan.ingest.cli;

import java.io.IOException;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.ingest.process.DocumentReading;

/**
 * Where {@code check} gets the reading children its documents are read in: a cold check starts
 * them and ends them with the run ({@link #fresh()}); the resident checker keeps them warm between
 * runs. Either way each document is read in a child under the run's limits, so a hostile file
 * fails that document only.
 */
public interface CheckReadings {
    /** A reading for one run of {@code check}; {@code onlyPdfs} when every file opens with a PDF header. */
    Held hold(ReadingLimits limits, int maxHeapMegabytes, boolean onlyPdfs) throws IOException;

    /** The reading a run uses, given back when the run ends. */
    interface Held extends AutoCloseable {
        DocumentReading reading();

        @Override
        void close() throws IOException;
    }

    /** Children started for the run and ended with it. */
    static CheckReadings fresh() {
        return (limits, maxHeapMegabytes, onlyPdfs) -> {
            org.juesuan.ingest.fork.ForkedReading reading =
                    new org.juesuan.ingest.fork.ForkedReading(limits, maxHeapMegabytes, onlyPdfs);
            return new Held() {
                @Override
                public DocumentReading reading() {
                    return reading;
                }

                @Override
                public void close() throws IOException {
                    reading.close();
                }
            };
        };
    }
}
