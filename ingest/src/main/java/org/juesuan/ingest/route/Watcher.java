package org.juesuan.ingest.route;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.juesuan.ingest.process.InboxLock;
import org.juesuan.ingest.process.Pipeline;
import org.juesuan.ingest.settings.IngestSettings;

/**
 * The running {@code watch}: the inbox's lock and a Camel context with the watch route. The lock is
 * taken before anything else, so a second watcher of the same inbox stops before touching it.
 * Closing stops taking new files, lets in-flight documents finish within
 * {@code shutdown.timeout-seconds}, and abandons the rest (their inputs stay in the inbox and are
 * handled on the next start), then releases the inbox.
 */
public final class Watcher implements AutoCloseable {
    /** Builds the pipeline once the inbox is ours (assembling the reader and opening OUT). */
    @FunctionalInterface
    public interface PipelineFactory {
        Pipeline create() throws IOException;
    }

    private final InboxLock inbox;
    private final CamelContext camel;
    private final Pipeline pipeline;

    private Watcher(InboxLock inbox, CamelContext camel, Pipeline pipeline) {
        this.inbox = inbox;
        this.camel = camel;
        this.pipeline = pipeline;
    }

    /** Starts with a pipeline already built; it is closed here if the inbox is taken. */
    public static Watcher start(IngestSettings settings, Pipeline pipeline) throws Exception {
        try {
            return start(settings, () -> pipeline);
        } catch (Exception e) {
            pipeline.close();
            throw e;
        }
    }

    /**
     * Locks the inbox (failing with {@link org.juesuan.ingest.process.FolderInUseException} when another
     * watcher holds it), then builds the pipeline and starts the route.
     */
    public static Watcher start(IngestSettings settings, PipelineFactory pipelines) throws Exception {
        InboxLock inbox = InboxLock.acquire(settings.in());
        try {
            Files.createDirectories(settings.in().resolve(".done"));
            Files.createDirectories(settings.in().resolve(".error"));
            Pipeline pipeline = pipelines.create();
            CamelContext camel = new DefaultCamelContext();
            camel.getShutdownStrategy().setTimeout(settings.shutdownTimeout().toSeconds());
            camel.getShutdownStrategy().setTimeUnit(TimeUnit.SECONDS);
            camel.addRoutes(new WatchRoute(settings, pipeline.handler()));
            camel.start();
            return new Watcher(inbox, camel, pipeline);
        } catch (Exception e) {
            inbox.close();
            throw e;
        }
    }

    public CamelContext camel() {
        return camel;
    }

    @Override
    public void close() throws IOException {
        try {
            camel.stop();
            pipeline.close();
        } finally {
            inbox.close();
        }
    }
}
