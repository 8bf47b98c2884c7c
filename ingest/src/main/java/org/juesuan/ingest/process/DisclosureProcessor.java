package org.juesuan.ingest.process;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.juesuan.extract.DisclosureReadException;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.model.Disclosure;

/**
 * The per-document work shared by watch, batch and bench: read the bytes into the model, run the
 * checks, write the results. Reading and checking run on their own thread under a time limit; a
 * document that overruns is cancelled: its thread is interrupted, which stops a {@code ForkedReading}
 * by killing its child process, and the caller's worker goes on with the next one.
 */
public final class DisclosureProcessor implements AutoCloseable {
    /** The stage of a failure to write the results: the output folder's fault, not the document's. */
    public static final String WRITE_STAGE = "write";
    /** The stage of a failure to start the reading: the machine's fault, not the document's. */
    public static final String START_STAGE = "start";

    private final DocumentReading reading;
    private final UnaryOperator<Disclosure> checks;
    private final ResultWriter writer;
    private final Duration timeout;
    private final ExecutorService readers;
    private volatile ProcessedListener listener = (source, outputName, checked) -> { };

    public DisclosureProcessor(DocumentReading reading, UnaryOperator<Disclosure> checks, ResultWriter writer,
                               Duration timeout) {
        this.reading = Objects.requireNonNull(reading, "reading");
        this.checks = Objects.requireNonNull(checks, "checks");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        AtomicInteger count = new AtomicInteger();
        this.readers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "juesuan-read-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Reads, checks and writes one document; returns the checked model (its findings for the run
     * summary). A document that is not a disclosure is refused ({@link DisclosureVerdict}), unwritten.
     */
    public Disclosure process(SourceDocument source, String outputName)
            throws DisclosureReadException, IngestFailure, InterruptedException {
        Disclosure checked = readAndCheck(source);
        Optional<IngestFailure> refusal = DisclosureVerdict.refusal(checked);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        try {
            writer.write(checked, outputName);
        } catch (IOException e) {
            throw new IngestFailure(WRITE_STAGE, "无法写出结果文件", "cannot write the result: " + e.getMessage(), e);
        }
        listener.processed(source, outputName, checked);
        return checked;
    }

    /** Reading and checks only, under the time limit (bench times the write separately). */
    public Disclosure readAndCheck(SourceDocument source)
            throws DisclosureReadException, IngestFailure, InterruptedException {
        try {
            reading.prepare();
        } catch (java.io.IOException e) {
            throw new IngestFailure(START_STAGE, "无法启动读取进程", "cannot start the reading: " + e.getMessage(), e);
        }
        Future<Disclosure> task = readers.submit(() -> checks.apply(reading.read(source)));
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new IngestFailure("read", "处理超时（超过" + timeout.toSeconds() + "秒），已放弃该文件",
                    "timed out after " + timeout.toMillis() + " ms; abandoned", e);
        } catch (InterruptedException e) {
            task.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DisclosureReadException read) {
                throw read;
            }
            if (cause instanceof OutOfMemoryError || cause instanceof StackOverflowError) {
                throw new IngestFailure("read", "文件过大或过于复杂，内存不足，无法处理（过大 / 疑似压缩炸弹）",
                        "ran out of resources: " + cause, cause);
            }
            throw new IngestFailure("process", "处理时发生内部错误", "unexpected error: " + cause, cause);
        }
    }

    /** Who else learns of each document written (the review store, with --store). */
    public void onProcessed(ProcessedListener processedListener) {
        this.listener = Objects.requireNonNull(processedListener, "processedListener");
    }

    public ResultWriter writer() {
        return writer;
    }

    @Override
    public void close() {
        readers.shutdownNow();
    }
}
