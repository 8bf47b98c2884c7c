package org.juesuan.serve;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.juesuan.model.Disclosure;
import org.juesuan.serve.DocumentChecker.CheckFailedException;
import org.juesuan.serve.DocumentChecker.Upload;
import org.juesuan.store.ReviewStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads become stored versions at once (status queued) and are read by a fixed number of workers;
 * each ends done with its findings or failed with its reason, never lost.
 */
public final class UploadQueue implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UploadQueue.class);

    private final ReviewStore store;
    private final DocumentChecker checker;
    private final ExecutorService workers;
    private final CrossYearLinks crossYear;
    private final long runId;

    public UploadQueue(ReviewStore store, DocumentChecker checker, int workers) {
        this.store = store;
        this.checker = checker;
        this.crossYear = new CrossYearLinks(store);
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "juesuan-upload-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.runId = store.startRun("upload");
    }

    /** A stored version and the work that reads it. */
    public record Queued(long documentId, Future<?> reading) {
    }

    /** Stores each document the upload holds and queues its reading; an archive that cannot be opened is one failed version. */
    public List<Queued> submit(Upload upload) throws InterruptedException {
        List<Upload> documents;
        try {
            documents = checker.expand(upload);
        } catch (CheckFailedException e) {
            long id = store.addDocument(sha256(upload.content()), upload.name(), "upload", runId, upload.content());
            store.fail(id, e.getMessage());
            return List.of(new Queued(id, java.util.concurrent.CompletableFuture.completedFuture(null)));
        }
        List<Queued> queued = new ArrayList<>();
        for (Upload document : documents) {
            long id = store.addDocument(sha256(document.content()), document.name(), "upload", runId, document.content());
            if (document.refusal() != null) {
                store.fail(id, document.refusal());
                queued.add(new Queued(id, java.util.concurrent.CompletableFuture.completedFuture(null)));
                continue;
            }
            queued.add(new Queued(id, workers.submit(() -> read(id, document))));
        }
        return queued;
    }

    /** Queues again what a previous run left queued or half read (the server stopped): nothing uploaded is lost. */
    public int resume() {
        int resumed = 0;
        for (org.juesuan.store.DocumentStatus status : List.of(org.juesuan.store.DocumentStatus.QUEUED,
                org.juesuan.store.DocumentStatus.READING)) {
            for (org.juesuan.store.StoredDocument d : store.documents(new org.juesuan.store.DocumentQuery(null, null, status,
                    null, Integer.MAX_VALUE))) {
                byte[] content = store.content(d.sha256()).orElse(new byte[0]);
                workers.submit(() -> read(d.id(), new Upload(d.sourceName(), content)));
                resumed++;
            }
        }
        return resumed;
    }

    private void read(long id, Upload document) {
        try {
            store.reading(id);
            Disclosure checked = crossYear.complete(id, checker.check(document));
            LOG.info("document {} ({}) read: {} findings", id, document.name(), checked.findings().size());
        } catch (CheckFailedException e) {
            store.fail(id, e.getMessage());
        } catch (InterruptedException e) {
            store.fail(id, "服务停止，未完成读取");
            Thread.currentThread().interrupt();
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("document {} ({}) failed", id, document.name(), e);
            store.fail(id, "处理时发生内部错误");
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(30, TimeUnit.SECONDS);
        store.finishRun(runId);
    }
}
