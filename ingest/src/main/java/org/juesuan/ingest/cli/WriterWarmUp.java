package org.juesuan.ingest.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentFormat;
import org.juesuan.model.DocumentInfo;
import org.juesuan.output.html.DocumentReportHtml;
import org.juesuan.output.json.DisclosureJson;
import org.juesuan.output.xlsx.DocumentWorkbookXlsx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an empty disclosure's JSON, HTML report and workbook to nowhere, so that the writers'
 * classes (Jackson's, Mustache's, the workbook writer's) are loaded and initialised while the reading child starts and reads on
 * the other core, instead of after the first document is read, when the user is waiting for its report.
 */
final class WriterWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(WriterWarmUp.class);

    private WriterWarmUp() {
    }

    /** Whether this JVM has warmed its writers: the resident checker's later checks need not again. */
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    /**
     * Starts the warm-up on a thread of its own, the first time in this JVM: the first document's
     * reading does not wait for it. Later the thread is returned unstarted, and joining it returns
     * at once (in the resident checker the warm-up took CPU from the child reading beside it).
     */
    static Thread inBackground() {
        Thread warming = new Thread(WriterWarmUp::run, "juesuan-writer-warm-up");
        warming.setDaemon(true);
        if (STARTED.compareAndSet(false, true)) {
            warming.start();
        }
        return warming;
    }

    static void run() {
        Disclosure empty = new Disclosure(Disclosure.SCHEMA_VERSION,
                new DocumentInfo("0".repeat(64), "warm-up.txt", DocumentFormat.TXT, 1, null, null, null), "",
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        try {
            new DisclosureJson().toJson(empty);
            new DocumentReportHtml().write(empty, OutputStream.nullOutputStream());
            new DocumentWorkbookXlsx().write(empty, OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            LOG.debug("writer warm-up failed; the first document pays for it: {}", e.toString());
        }
    }
}
