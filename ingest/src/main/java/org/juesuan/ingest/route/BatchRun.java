package org.juesuan.ingest.route;

import java.nio.file.Path;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.juesuan.ingest.process.InputHandler;
import org.juesuan.ingest.process.InputWalker;
import org.juesuan.ingest.process.Pipeline;
import org.juesuan.ingest.process.RunSummary;
import org.juesuan.ingest.process.RunTally;
import org.juesuan.ingest.settings.IngestSettings;

/** One {@code batch} run: walk the inputs into the batch route's queue, wait for every outcome, summarise. */
public final class BatchRun {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BatchRun.class);
    private final IngestSettings settings;
    private final Pipeline pipeline;
    private final boolean force;

    public BatchRun(IngestSettings settings, Pipeline pipeline, boolean force) {
        this.settings = settings;
        this.pipeline = pipeline;
        this.force = force;
    }

    public RunSummary run(List<Path> roots, RunTally tally) throws Exception {
        InputHandler.Mode mode = new InputHandler.Mode(settings.out(), true, force, false);
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new BatchRoute(settings, pipeline.handler(), mode, tally));
            camel.start();
            int[] sent = {0};
            try (ProducerTemplate producer = camel.createProducerTemplate()) {
                String queue = BatchRoute.queue(settings);
                new InputWalker(settings.out()).walk(roots, input -> {
                    producer.sendBody(queue, input);
                    sent[0]++;
                });
            }
            tally.awaitInputs(sent[0]);
            awaitNoneInFlight(camel);
        }
        long documentsDone = System.nanoTime();
        // later years get their cross-year findings, in their results and in the run's rows
        new org.juesuan.ingest.process.CrossYearStage(settings.out(), pipeline.reports()).run();
        long crossYearDone = System.nanoTime();
        pipeline.reports().writeAll(); // from the rows: every document of OUT, those of an interrupted earlier run too
        LOG.info("after the documents: cross-year stage {} ms, run reports ({} documents) {} ms",
                (crossYearDone - documentsDone) / 1_000_000, pipeline.reports().documentCount(),
                (System.nanoTime() - crossYearDone) / 1_000_000);
        return tally.summary(pipeline.readingPeakHeapBytes());
    }

    /**
     * Waits the moment until the last exchanges complete: each outcome is counted inside its exchange,
     * so the tally can be complete while the last one is still in flight, and closing Camel then made its
     * shutdown wait out a whole one-second check interval (measured: "shutdown in 1s19ms" on every batch).
     */
    private static void awaitNoneInFlight(CamelContext camel) throws InterruptedException {
        while (camel.getInflightRepository().size() > 0) {
            Thread.sleep(2);
        }
    }
}
