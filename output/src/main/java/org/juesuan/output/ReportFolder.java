package org.juesuan.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.juesuan.model.Disclosure;
import org.juesuan.output.csv.FindingsCsv;
import org.juesuan.output.html.DocumentReportHtml;
import org.juesuan.output.html.IndexHtml;
import org.juesuan.output.json.DisclosureJson;
import org.juesuan.output.run.DocumentSummary;
import org.juesuan.output.run.RunRows;
import org.juesuan.output.xlsx.DocumentWorkbookXlsx;
import org.juesuan.output.xlsx.FindingsXlsx;

/**
 * An output folder: per document {@code NAME.json}, {@code NAME.html} and, with tables, {@code NAME.xlsx}; per run {@code index.html},
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
    private final DocumentWorkbookXlsx tables = new DocumentWorkbookXlsx();

    public ReportFolder(Path folder) {
        this.folder = folder;
    }

    /**
     * Writes the document's JSON, HTML report and, when it has tables, its workbook; returns what the
     * run's index needs of it.
     */
    public DocumentSummary writeDocument(Disclosure disclosure) throws IOException {
        String name = Path.of(disclosure.document().sourceName()).getFileName().toString();
        AtomicFile.write(folder.resolve(name + ".json"), json, disclosure);
        String reportFile = name + ".html";
        AtomicFile.write(folder.resolve(reportFile), report, disclosure);
        writeTables(disclosure, folder.resolve(name + ".xlsx"));
        return DocumentSummary.of(disclosure, reportFile);
    }

    /**
     * {@code NAME.xlsx}: the document's findings and one sheet per table, written only for a document
     * with tables (a stale one from an earlier reading is removed).
     */
    public void writeTables(Disclosure disclosure, Path file) throws IOException {
        if (disclosure.tables().isEmpty()) {
            Files.deleteIfExists(file);
        } else {
            AtomicFile.write(file, tables, disclosure);
        }
    }

    /** Rewrites the run's index, workbook and CSV from everything read (and failed) so far. */
    public void writeRun(RunRows run) throws IOException {
        AtomicFile.write(folder.resolve(INDEX), index, run);
        AtomicFile.write(folder.resolve(WORKBOOK), workbook, run);
        AtomicFile.write(folder.resolve(CSV), csv, run);
    }

    public Path folder() {
        return folder;
    }
}
