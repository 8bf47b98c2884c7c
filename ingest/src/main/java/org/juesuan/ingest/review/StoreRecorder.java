package org.juesuan.ingest.review;

import java.io.IOException;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.ingest.process.ProcessedListener;
import org.juesuan.model.Disclosure;
import org.juesuan.serve.CrossYearLinks;
import org.juesuan.store.ReviewStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Watch and batch with --store: each document written is also a version in the review store, under its output name. */
public final class StoreRecorder implements ProcessedListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoreRecorder.class);

    private final ReviewStore store;
    private final String origin;
    private final long runId;
    private final CrossYearLinks crossYear;

    public StoreRecorder(ReviewStore store, String origin) {
        this.store = store;
        this.origin = origin;
        this.runId = store.startRun(origin);
        this.crossYear = new CrossYearLinks(store);
    }

    @Override
    public void processed(SourceDocument source, String outputName, Disclosure checked) {
        try {
            long id = store.addDocument(checked.document().id(), outputName, origin, runId, source.content());
            crossYear.complete(id, checked);
        } catch (IOException | RuntimeException e) {
            // The results are written and the input is done: the store's trouble must not undo that.
            LOG.warn("{}: not recorded in the review store: {}", outputName, e.toString());
        }
    }

    @Override
    public void close() {
        store.finishRun(runId);
        store.close();
    }
}
