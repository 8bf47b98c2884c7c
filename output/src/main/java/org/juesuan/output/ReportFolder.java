package org.juesuan.output;

import java.io.IOException;
import java.nio.file.Path;
import org.juesuan.model.Disclosure;
import org.juesuan.output.csv.FindingsCsv;
import org.juesuan.output.html.DocumentReportHtml;
import org.juesuan.output.html.IndexHtml;
import org.juesuan.output.json.DisclosureJson;
import org.juesuan.output.run.DocumentSummary;
import org.juesuan.output.run.RunSummary;
import org.juesuan.output.xlsx.FindingsXlsx;

/**
 * An output folder: per document {@code NAME.json} and {@code NAME.html}; per run {@code index.html},
 * {@code findings.xlsx} and {@code findings.csv}. Every file is replaced atomically, and the writers
 * (templates compiled once) are reused, so the watch route can call {@link #writeRun} after each document.
 */
public final class ReportFolder {
    public static final String INDEX = "index.html";
    public static final String WORKBOOK = "findings.xlsx";
    public static final String CSV = "findings.csv";

    private final Path folder;
    private final DisclosureJson json = new DisclosureJson();
    private final DocumentReportHtml report = new DocumentReportHtml();
    private final IndexHtml index = new IndexHtml();
    private final FindingsXlsx workbook = new FindingsXlsx();
    private final FindingsCsv csv = new FindingsCsv();

    public ReportFolder(Path folder) {
        this.folder = folder;
    }

    /** Writes the document's JSON and HTML report; returns what the run's index needs of it. */
    public DocumentSummary writeDocument(Disclosure disclosure) throws IOException {
        String name = Path.of(disclosure.document().sourceName()).getFileName().toString();
        AtomicFile.write(folder.resolve(name + ".json"), json, disclosure);
        String reportFile = name + ".html";
        AtomicFile.write(folder.resolve(reportFile), report, disclosure);
        return DocumentSummary.of(disclosure, reportFile);
    }

    /** Rewrites the run's index, workbook and CSV from everything read (and failed) so far. */
    public void writeRun(RunSummary run) throws IOException {
        AtomicFile.write(folder.resolve(INDEX), index, run);
        AtomicFile.write(folder.resolve(WORKBOOK), workbook, run);
        AtomicFile.write(folder.resolve(CSV), csv, run);
    }

    public Path folder() {
        return folder;
    }
}
