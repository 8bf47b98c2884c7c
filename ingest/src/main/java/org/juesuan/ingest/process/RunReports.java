package org.juesuan.ingest.process;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.model.Disclosure;
import org.juesuan.output.ReportFolder;
import org.juesuan.output.run.DocumentSummary;
import org.juesuan.output.run.FailedDocument;
import org.juesuan.output.run.RunSummary;

/**
 * What a run has read and failed so far, for its index.html, findings.xlsx and findings.csv. Workers
 * add to it concurrently; a summary keeps no document text, so it stays small over long runs.
 */
public final class RunReports {
    private final ReportFolder folder;
    private final List<DocumentSummary> documents = new ArrayList<>();
    private final List<FailedDocument> failures = new ArrayList<>();

    public RunReports(Path out) {
        this.folder = new ReportFolder(out);
    }

    synchronized void read(Disclosure disclosure, String outputName) {
        documents.removeIf(d -> d.reportFile().equals(ResultWriter.reportName(outputName)));
        documents.add(DocumentSummary.of(disclosure, ResultWriter.reportName(outputName)));
    }

    synchronized void failed(ErrorRecord record) {
        failures.add(new FailedDocument(record.input(), record.reason(), record.reasonEnglish(), record.stage()));
    }

    /** Drops what the index holds of {@code outputName} (its input changed while read; it is read again). */
    synchronized void forget(String outputName) {
        documents.removeIf(d -> d.reportFile().equals(ResultWriter.reportName(outputName)));
        failures.removeIf(f -> f.fileName().equals(outputName));
    }

    /** Rewrites the run's index, workbook and CSV, each atomically. */
    public synchronized void write() throws IOException {
        folder.writeRun(new RunSummary(documents, failures));
    }
}
