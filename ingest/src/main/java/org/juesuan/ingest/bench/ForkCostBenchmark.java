package org.juesuan.ingest.bench;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.DisclosureReadException;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.ingest.fork.ForkedReading;
import org.juesuan.ingest.process.RunTally;

/**
 * What reading in a child JVM costs per document against reading in this JVM: the same documents,
 * after a warm-up round, read in turn by the reader here and by one warm reading child (the model
 * comes back as JSON through a file), side by side; with this JVM's and the child's peak heap.
 */
public final class ForkCostBenchmark {
    /** The figures of one comparison. */
    public record Result(int documents, int rounds, double inProcessMillisPerDocument, double childMillisPerDocument,
                         long parentPeakHeapBytes, long childPeakHeapBytes) {
        public double ratio() {
            return childMillisPerDocument / inProcessMillisPerDocument;
        }
    }

    private final DisclosureReader reader;
    private final ForkedReading forked;

    public ForkCostBenchmark(DisclosureReader reader, ForkedReading forked) {
        this.reader = reader;
        this.forked = forked;
    }

    public Result run(List<SourceDocument> documents, int rounds) throws Exception {
        forked.prepare();
        long[] warmUp = new long[2];
        round(documents, warmUp);
        long[] nanos = new long[2];
        for (int i = 0; i < rounds; i++) {
            round(documents, nanos);
        }
        int count = documents.size() * rounds;
        return new Result(documents.size(), rounds, nanos[0] / 1e6 / count, nanos[1] / 1e6 / count,
                RunTally.peakHeapBytes(), forked.childrenPeakHeapBytes());
    }

    /** Reads each document here, then in the child, alternating, so load changes hit both alike. */
    private void round(List<SourceDocument> documents, long[] nanos) throws InterruptedException {
        List<Object> keep = new ArrayList<>(1);
        for (SourceDocument document : documents) {
            long t0 = System.nanoTime();
            keep.add(readHere(document));
            long t1 = System.nanoTime();
            keep.add(readInChild(document));
            long t2 = System.nanoTime();
            nanos[0] += t1 - t0;
            nanos[1] += t2 - t1;
            keep.clear();
        }
    }

    private Object readHere(SourceDocument document) {
        try {
            return reader.read(document);
        } catch (DisclosureReadException e) {
            return e;
        }
    }

    private Object readInChild(SourceDocument document) throws InterruptedException {
        try {
            return forked.read(document);
        } catch (DisclosureReadException e) {
            return e;
        }
    }
}
