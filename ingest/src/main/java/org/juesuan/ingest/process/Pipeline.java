package org.juesuan.ingest.process;

import java.io.IOException;
import java.nio.file.Files;
import java.util.function.UnaryOperator;
import org.juesuan.extract.check.Checker;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.ingest.fork.ForkedReading;
import org.juesuan.ingest.settings.IngestSettings;
import org.juesuan.model.Disclosure;

/**
 * The processing assembled once from the settings and shared by watch, batch and bench: the
 * reader, the checks, the writers, the ledger and the input handler.
 */
public final class Pipeline implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Pipeline.class);
    private final DisclosureProcessor processor;
    private final ProcessedLedger ledger;
    private final InputHandler handler;
    private final RunReports reports;
    private final DocumentReading reading;

    public Pipeline(IngestSettings settings, DocumentReading reading, UnaryOperator<Disclosure> checks)
            throws IOException {
        this.reading = reading;
        Files.createDirectories(settings.out());
        ResultWriter writer = new ResultWriter(settings.out());
        writer.removeAbandonedTemporaries();
        this.processor = new DisclosureProcessor(reading, checks, writer, settings.document().timeout());
        this.ledger = new ProcessedLedger(settings.out());
        this.handler = new InputHandler(processor, new ArchiveReader(settings.archive(), settings.document().maxBytes()),
                ledger, settings.out(), settings.document().maxBytes());
        this.reports = new RunReports(settings.out());
        handler.reportTo(reports);
    }

    /**
     * The production pipeline: the standard reader, in child processes (so a document past its time
     * limit is stopped for real and one that exhausts memory fails alone), and the checks.
     */
    public static Pipeline standard(IngestSettings settings) throws IOException {
        return new Pipeline(settings, forkedReading(settings), checks());
    }

    /** The standard reader in child processes of {@code document.max-heap-megabytes}. */
    public static ForkedReading forkedReading(IngestSettings settings) throws IOException {
        return new ForkedReading(limits(settings), settings.document().maxHeapMegabytes());
    }

    private static ReadingLimits limits(IngestSettings settings) {
        return new ReadingLimits(settings.document().maxBytes(), settings.document().maxCharacters());
    }

    public static DisclosureReader reader(IngestSettings settings) {
        return DisclosureReader.standard(limits(settings));
    }

    /** The checks stage: every rule of extract's registry. */
    public static UnaryOperator<Disclosure> checks() {
        return Checker.standard();
    }

    /**
     * Starts the reading of {@code readers} documents at once ahead of the first (the reading children,
     * when documents are read in them), so their start-up overlaps the run's own.
     */
    public void startReadingAhead(int readers) {
        reading.startAhead(readers);
    }

    /** The run's index, workbook and CSV, fed by the handler as documents complete. */
    public RunReports reports() {
        return reports;
    }

    /**
     * The most heap the reading children used at once (0 when documents are read in this JVM): the
     * run summary adds it to this JVM's own peak.
     */
    public long readingPeakHeapBytes() {
        return reading instanceof ForkedReading forked ? forked.childrenPeakHeapBytes() : 0;
    }

    public InputHandler handler() {
        return handler;
    }

    public DisclosureProcessor processor() {
        return processor;
    }

    @Override
    public void close() throws IOException {
        try {
            processor.close();
            if (reading instanceof AutoCloseable closeable) {
                closeable.close();
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot close the reading: " + e, e);
        } finally {
            try {
                reports.writeWorkbookIfStale(); // a watch's last inputs, when their workbook was not yet due
            } catch (IOException e) {
                LOG.warn("cannot write the run's workbook at the end: {}", e.toString());
            } finally {
                reports.close();
                ledger.close();
            }
        }
    }
}
