package org.juesuan.ingest.cli;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.juesuan.extract.DisclosureReadException;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.ingest.fork.ForkedReading;
import org.juesuan.ingest.process.DocumentReading;
import org.juesuan.model.Disclosure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cold check's reading children, the first of which may start on a thread of its own while the
 * run builds its writers ({@link #prepareInBackground}). {@link #prepare} waits for that start and
 * then prepares as before: a start that failed is tried again there, and fails the document with
 * the usual reason. The run's end waits for a start still under way, so no child outlives it.
 */
final class EarlyStartedReading implements CheckReadings.Held, DocumentReading {
    private static final Logger LOG = LoggerFactory.getLogger(EarlyStartedReading.class);

    private final ForkedReading reading;
    private FutureTask<Void> start;

    EarlyStartedReading(ForkedReading reading) {
        this.reading = reading;
    }

    @Override
    public DocumentReading reading() {
        return this;
    }

    @Override
    public synchronized void prepareInBackground() {
        if (start == null) {
            start = new FutureTask<>(() -> {
                reading.prepare();
                return null;
            });
            Thread starting = new Thread(start, "juesuan-child-start");
            starting.setDaemon(true);
            starting.start();
        }
    }

    @Override
    public void prepare() throws IOException, InterruptedException {
        awaitStart();
        reading.prepare();
    }

    @Override
    public Disclosure read(SourceDocument source) throws DisclosureReadException, InterruptedException {
        return reading.read(source);
    }

    private void awaitStart() throws InterruptedException {
        FutureTask<Void> started;
        synchronized (this) {
            started = start;
        }
        if (started == null) {
            return;
        }
        try {
            started.get();
        } catch (ExecutionException e) {
            LOG.debug("the reading child's early start failed; trying again: {}", e.getCause().toString());
        }
    }

    @Override
    public void close() throws IOException {
        try {
            awaitStart();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed below all the same; the start's child ends with the run
        } finally {
            reading.close();
        }
    }
}
