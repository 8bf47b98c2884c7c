package org.juesuan.ingest.route;

import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.juesuan.ingest.process.CopyCompleteness;
import org.juesuan.ingest.process.InputChangedException;
import org.juesuan.ingest.process.InputHandler;
import org.juesuan.ingest.process.OpenWriters;
import org.juesuan.ingest.process.OutputUnavailableException;
import org.juesuan.ingest.process.ReadingUnavailableException;
import org.juesuan.ingest.process.InputOutcome;
import org.juesuan.ingest.settings.IngestSettings;

/**
 * {@code watch}: every file of the inbox but copiers' working names and markers — documents and zips,
 * and files of other types, which are refused with a reason — each taken only once complete by the copier
 * convention of {@link CopyCompleteness} (a {@code NAME.ready} marker, or no change for
 * {@code watch.min-age-millis}), handled by {@link InputHandler} on the worker pool, then moved to
 * {@code .done/} or (with its error record already beside it) to {@code .error/}. An exchange that
 * breaks off (shutdown, a full disk) is rolled back: the file stays in the inbox for the next run.
 */
public final class WatchRoute extends RouteBuilder {
    /** Where the file component moves the input on commit, relative to the inbox. */
    static final String MOVE_TO = "JuesuanMoveTo";
    /** The registry name of the copier-convention filter. */
    private static final String FILTER = "juesuanCompleteFilesOnly";

    private final IngestSettings settings;
    private final InputHandler handler;

    public WatchRoute(IngestSettings settings, InputHandler handler) {
        this.settings = settings;
        this.handler = handler;
    }

    @Override
    public void configure() {
        // Rolled back, one line each (no stack trace): the input stays in the inbox for a later scan.
        onException(InputChangedException.class, OutputUnavailableException.class, ReadingUnavailableException.class).handled(false)
                .logExhausted(false).logStackTrace(false)
                .log(LoggingLevel.WARN, "${header.CamelFileName}: ${exception.message}");
        onException(Exception.class).handled(false).logExhausted(false).logStackTrace(false)
                .log(LoggingLevel.ERROR, "left in the inbox for the next run: ${header.CamelFileName}: ${exception}");

        InputHandler.Mode mode = new InputHandler.Mode(settings.in().resolve(".error"), false, false, true);
        getContext().getRegistry().bind(FILTER, new CompleteFilesOnly(new CopyCompleteness(settings.minAge(),
                OpenWriters.of(settings.in(), settings.checkInterval()))));
        long interval = settings.checkInterval().toMillis();
        from("file:" + settings.in().toAbsolutePath()
                + "?filter=#" + FILTER
                + "&readLock=changed&readLockMinLength=0&readLockMinAge=0"
                + "&readLockCheckInterval=" + interval
                + "&readLockTimeout=" + (10 * interval)
                + "&readLockLoggingLevel=DEBUG"
                + "&delay=" + settings.poll().toMillis() + "&initialDelay=0"
                + "&move=${header." + MOVE_TO + "}")
                .routeId("watch")
                .threads(settings.parallelism(), settings.parallelism()).maxQueueSize(settings.queueCapacity())
                .process(exchange -> moveAfter(exchange, handler.handle(inputFile(exchange), fileName(exchange), mode)));
    }

    private static Path inputFile(Exchange exchange) {
        return Path.of(exchange.getIn().getHeader(Exchange.FILE_PATH, String.class));
    }

    private static String fileName(Exchange exchange) {
        return exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
    }

    private static void moveAfter(Exchange exchange, InputOutcome outcome) throws java.io.IOException {
        CopyCompleteness.removeMarker(inputFile(exchange));
        exchange.getIn().setHeader(MOVE_TO, (outcome.failed() ? ".error/" : ".done/") + fileName(exchange));
    }
}
