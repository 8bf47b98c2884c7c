package org.juesuan.ingest.cli;

import java.io.IOException;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.ingest.fork.ForkedReading;
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

        /**
         * Starts readying the first document's reading (a child's start) on a thread of its own, so
         * the run's other set-up overlaps it; the reading's own {@code prepare} then waits for it.
         * Nothing when the reading is ready already (kept children).
         */
        default void prepareInBackground() {
        }

        @Override
        void close() throws IOException;
    }

    /**
     * Children started for the run and ended with it; the first starts ahead as batch's do
     * ({@link ForkedReading#startAhead}), and ends with the run even if it is still starting.
     */
    static CheckReadings fresh() {
        return (limits, maxHeapMegabytes, onlyPdfs) -> {
            ForkedReading children = new ForkedReading(limits, maxHeapMegabytes, onlyPdfs);
            return new Held() {
                @Override
                public DocumentReading reading() {
                    return children;
                }

                @Override
                public void prepareInBackground() {
                    children.startAhead(1);
                }

                @Override
                public void close() throws IOException {
                    children.close();
                }
            };
        };
    }
}
