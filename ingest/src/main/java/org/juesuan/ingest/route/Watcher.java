package org.juesuan.ingest.route;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.juesuan.ingest.process.Pipeline;
import org.juesuan.ingest.settings.IngestSettings;

/**
 * The running {@code watch}: a Camel context with the watch route. Closing it stops taking new
 * files, lets in-flight documents finish within {@code shutdown.timeout-seconds}, and abandons the
 * rest (their inputs stay in the inbox and are handled on the next start).
 */
public final class Watcher implements AutoCloseable {
    private final CamelContext camel;
    private final Pipeline pipeline;

    private Watcher(CamelContext camel, Pipeline pipeline) {
        this.camel = camel;
        this.pipeline = pipeline;
    }

    public static Watcher start(IngestSettings settings, Pipeline pipeline) throws Exception {
        Files.createDirectories(settings.in().resolve(".done"));
        Files.createDirectories(settings.in().resolve(".error"));
        CamelContext camel = new DefaultCamelContext();
        camel.getShutdownStrategy().setTimeout(settings.shutdownTimeout().toSeconds());
        camel.getShutdownStrategy().setTimeUnit(TimeUnit.SECONDS);
        camel.addRoutes(new WatchRoute(settings, pipeline.handler()));
        camel.start();
        return new Watcher(camel, pipeline);
    }

    public CamelContext camel() {
        return camel;
    }

    @Override
    public void close() throws IOException {
        camel.stop();
        pipeline.close();
    }
}
