package org.juesuan.ingest.resident;

import java.io.IOException;
import java.util.Objects;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.ingest.cli.CheckReadings;
import org.juesuan.ingest.fork.ForkedReading;
import org.juesuan.ingest.process.DocumentReading;

/**
 * The resident checker's reading children, kept warm from one check to the next: documents are
 * still read in a child under the run's limits, as in a cold check (a child that dies on a hostile
 * file fails that document, and a new one is started), but the child is not started and warmed
 * again for every run. A run with other limits gets children of its own, which are kept instead.
 */
final class KeptReading implements CheckReadings, AutoCloseable {
    private Kind kind;
    private ForkedReading reading;

    /** The limits and heap the kept children were started with. */
    private record Kind(ReadingLimits limits, int maxHeapMegabytes, boolean onlyPdfs) {
    }

    /**
     * The kept children when they suit the run, else new ones (kept in their place). Children for
     * every format suit a run of PDFs alone too: they only loaded more before their first document.
     */
    @Override
    public synchronized Held hold(ReadingLimits limits, int maxHeapMegabytes, boolean onlyPdfs) throws IOException {
        Kind wanted = new Kind(limits, maxHeapMegabytes, onlyPdfs);
        if (!suits(wanted)) {
            close();
            reading = new ForkedReading(limits, maxHeapMegabytes, onlyPdfs);
            kind = wanted;
        }
        ForkedReading held = reading;
        return new Held() {
            @Override
            public DocumentReading reading() {
                return held;
            }

            @Override
            public void close() {
                // kept for the next run
            }
        };
    }

    private boolean suits(Kind wanted) {
        return Objects.equals(kind, wanted)
                || kind != null && wanted.onlyPdfs() && !kind.onlyPdfs() && kind.limits().equals(wanted.limits())
                && kind.maxHeapMegabytes() == wanted.maxHeapMegabytes();
    }

    /** Starts a child when none is waiting, so the next check finds one warm. */
    synchronized void ready() throws IOException, InterruptedException {
        if (reading != null) {
            reading.prepare();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (reading != null) {
            reading.close();
            reading = null;
            kind = null;
        }
    }
}
