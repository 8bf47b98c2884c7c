package org.juesuan.ingest.process;

import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.juesuan.output.json.DisclosureJson;
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
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunReports.class);
    private static final String SUMMARY = "summary.json";
    private static final String ERROR_SUFFIX = ".error.json";

    private final Path out;
    private final ReportFolder folder;
    private final List<DocumentSummary> documents = new ArrayList<>();
    private final List<FailedDocument> failures = new ArrayList<>();

    public RunReports(Path out) {
        this.out = out;
        this.folder = new ReportFolder(out);
    }

    synchronized void read(Disclosure disclosure, String outputName) {
        documents.removeIf(d -> d.reportFile().equals(ResultWriter.reportName(outputName)));
        documents.add(DocumentSummary.of(disclosure, ResultWriter.reportName(outputName)));
    }

    synchronized void failed(ErrorRecord record) {
        failures.add(new FailedDocument(record.input(), record.reason(), record.reasonEnglish(), record.stage()));
    }

    /**
     * Replaces what the index holds with every result in the output folder: each {@code NAME.json}
     * and each {@code NAME.error.json}, read one at a time (a summary keeps no text). A batch calls
     * this at its end, so a run resumed after a kill reports the documents finished before it too.
     */
    public synchronized void collectFolder() throws IOException {
        List<DocumentSummary> found = new ArrayList<>();
        List<FailedDocument> failed = new ArrayList<>();
        DisclosureJson json = new DisclosureJson();
        ErrorRecords errors = new ErrorRecords();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || name.equals(SUMMARY)) {
                    continue;
                }
                try {
                    if (name.endsWith(ERROR_SUFFIX)) {
                        ErrorRecord record = errors.read(file);
                        failed.add(new FailedDocument(record.input(), record.reason(), record.reasonEnglish(),
                                record.stage()));
                    } else if (name.endsWith(".json")) {
                        String outputName = name.substring(0, name.length() - ".json".length());
                        found.add(DocumentSummary.of(json.read(file), ResultWriter.reportName(outputName)));
                    }
                } catch (IOException e) {
                    LOG.warn("{}: not a result of ours, left out of the run's reports ({})", name, e.getMessage());
                }
            }
        }
        documents.clear();
        documents.addAll(found);
        failures.clear();
        failures.addAll(failed);
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
