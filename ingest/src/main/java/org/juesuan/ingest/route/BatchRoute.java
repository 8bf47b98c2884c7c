package org.juesuan.ingest.route;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.juesuan.ingest.process.BatchInput;
import org.juesuan.ingest.process.InputHandler;
import org.juesuan.ingest.process.InputOutcome;
import org.juesuan.ingest.process.RunTally;
import org.juesuan.ingest.settings.IngestSettings;

/**
 * {@code batch}: inputs found by the walker wait in a bounded queue (the walker blocks when it is
 * full, so memory stays flat however many there are) and are handled by one consumer per worker,
 * through the same {@link InputHandler} as {@code watch}; each outcome is counted in the tally.
 */
public final class BatchRoute extends RouteBuilder {
    private static final int POLL_MILLIS = 50;

    private final IngestSettings settings;
    private final InputHandler handler;
    private final InputHandler.Mode mode;
    private final RunTally tally;

    public BatchRoute(IngestSettings settings, InputHandler handler, InputHandler.Mode mode, RunTally tally) {
        this.settings = settings;
        this.handler = handler;
        this.mode = mode;
        this.tally = tally;
    }

    /**
     * The queue's endpoint: the same URI for the walker (producer) and the workers (consumers). The
     * workers poll it every {@value #POLL_MILLIS} ms rather than SEDA's default second: stopping the
     * route at the end of the run waits for each worker's poll to time out, which at the default added
     * a second to every batch.
     */
    public static String queue(IngestSettings settings) {
        return "seda:batch?size=" + settings.queueCapacity() + "&blockWhenFull=true&concurrentConsumers="
                + settings.parallelism() + "&pollTimeout=" + POLL_MILLIS;
    }

    @Override
    public void configure() {
        onException(Exception.class).handled(true)
                .log(LoggingLevel.ERROR, "${body}: ${exception}")
                .process(exchange -> tally.add(InputOutcome.unexpected(input(exchange).name(),
                        exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class))));

        from(queue(settings)).routeId("batch")
                .process(exchange -> tally.add(handler.handle(input(exchange).file(), input(exchange).name(), mode)));
    }

    private static BatchInput input(Exchange exchange) {
        return exchange.getIn().getBody(BatchInput.class);
    }
}
