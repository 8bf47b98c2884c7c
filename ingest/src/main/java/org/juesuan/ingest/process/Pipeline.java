package org.juesuan.ingest.process;

import java.io.IOException;
import java.nio.file.Files;
import java.util.function.UnaryOperator;
import org.juesuan.extract.check.Checker;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.ingest.settings.IngestSettings;
import org.juesuan.model.Disclosure;

/**
 * The processing assembled once from the settings and shared by watch, batch and bench: the
 * reader, the checks, the writers, the ledger and the input handler.
 */
public final class Pipeline implements AutoCloseable {
    private final DisclosureProcessor processor;
    private final ProcessedLedger ledger;
    private final InputHandler handler;
    private final RunReports reports;

    public Pipeline(IngestSettings settings, DocumentReading reading, UnaryOperator<Disclosure> checks)
            throws IOException {
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

    /** The production pipeline: the standard reader and the checks. */
    public static Pipeline standard(IngestSettings settings) throws IOException {
        return new Pipeline(settings, reader(settings)::read, checks());
    }

    public static DisclosureReader reader(IngestSettings settings) {
        return DisclosureReader.standard(new ReadingLimits(settings.document().maxBytes(),
                settings.document().maxCharacters()));
    }

    /** The checks stage: every rule of extract's registry. */
    public static UnaryOperator<Disclosure> checks() {
        return Checker.standard();
    }

    /** The run's index, workbook and CSV, fed by the handler as documents complete. */
    public RunReports reports() {
        return reports;
    }

    public InputHandler handler() {
        return handler;
    }

    public DisclosureProcessor processor() {
        return processor;
    }

    @Override
    public void close() throws IOException {
        processor.close();
        ledger.close();
    }
}
