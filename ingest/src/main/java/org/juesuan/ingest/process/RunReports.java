package org.juesuan.ingest.process;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.juesuan.crossyear.CrossYearCheck;
import org.juesuan.crossyear.YearFigures;
import org.juesuan.model.Disclosure;
import org.juesuan.output.AtomicFile;
import org.juesuan.output.ReportFolder;
import org.juesuan.output.csv.FindingsCsv;
import org.juesuan.output.html.IndexHtml;
import org.juesuan.output.json.DisclosureJson;
import org.juesuan.output.run.DocumentSummary;
import org.juesuan.output.run.FailedDocument;
import org.juesuan.output.xlsx.FindingsXlsx;

/**
 * The run's index.html, findings.xlsx and findings.csv. Workers add each document (or failure) as it
 * finishes to the run's rows ({@link RunRowsLog}, a file), and the reports are written by reading the
 * rows back one at a time: memory stays flat in the number of documents, and the end of a batch reads
 * no document's {@code NAME.json} again.
 * <p>
 * {@link #write()} after each input (watch) does only what that input needs: new documents' findings
 * are appended to the CSV, the index is rewritten from the rows, and the workbook, the costliest, is
 * rewritten only once the time since its last writing is {@value #WORKBOOK_SPACING} times what that
 * writing took (so it costs at most about a tenth of the watch's time however long the run); a
 * replaced or withdrawn document rewrites the CSV whole. {@link #writeAll()} writes all three now.
 */
public final class RunReports implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunReports.class);
    private static final String SUMMARY = "summary.json";
    private static final String ERROR_SUFFIX = ".error.json";
    private static final int WORKBOOK_SPACING = 10;

    private final Path out;
    private final RunRowsLog rows;
    private final IndexHtml index = new IndexHtml();
    private final FindingsXlsx workbook = new FindingsXlsx();
    private final FindingsCsv csv = new FindingsCsv();
    /** Documents new since the CSV was last written, to append to it; null when it must be rewritten whole. */
    private List<DocumentSummary> csvPending;
    private boolean workbookStale = true;
    private long workbookDoneNanos;
    private long workbookTookNanos;

    /**
     * The reports of {@code out}, its rows continued from earlier runs; an output folder of results
     * but no rows yet (written before the rows existed) has them collected from its results first.
     */
    public RunReports(Path out) throws IOException {
        this.out = out;
        Path file = out.resolve(".juesuan").resolve("rows.log");
        boolean known = RunRowsLog.exists(file);
        this.rows = new RunRowsLog(file);
        if (!known) {
            collectFolder();
        }
    }

    /** A document read: its row and cross-year figures are worked out before the reports are locked. */
    void read(Disclosure disclosure, String outputName) {
        DocumentSummary summary = DocumentSummary.of(disclosure, ResultWriter.reportName(outputName));
        Optional<YearFigures> figures = YearFigures.of(disclosure);
        try {
            add(outputName, summary, figures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void add(String outputName, DocumentSummary summary, Optional<YearFigures> figures)
            throws IOException {
        boolean replaced = rows.has(outputName);
        rows.document(outputName, summary);
        if (figures.isPresent()) {
            rows.yearFigures(outputName, figures.get());
        }
        if (replaced || csvPending == null) {
            csvPending = null;
        } else {
            csvPending.add(summary);
        }
        workbookStale = true;
    }

    synchronized void failed(ErrorRecord record) {
        try {
            if (rows.has(record.input())) {
                csvPending = null; // a document that now fails leaves the CSV
            }
            rows.failure(record.input(), new FailedDocument(record.input(), record.reason(), record.reasonEnglish(),
                    record.stage()));
            workbookStale = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops what the reports hold of {@code outputName} (its input changed while read; it is read again). */
    synchronized void forget(String outputName) {
        try {
            rows.withdraw(outputName);
            csvPending = null;
            workbookStale = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the rows with every result in the output folder: each {@code NAME.json} and each
     * {@code NAME.error.json}, read one at a time. For a folder whose results were written without
     * rows (or changed behind the run's back); a run keeps its rows as it goes and never needs this.
     */
    public synchronized void collectFolder() throws IOException {
        rows.clear();
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
                        rows.failure(record.input(), new FailedDocument(record.input(), record.reason(),
                                record.reasonEnglish(), record.stage()));
                    } else if (name.endsWith(".json")) {
                        String outputName = name.substring(0, name.length() - ".json".length());
                        Disclosure disclosure = json.read(file);
                        add(outputName, DocumentSummary.of(disclosure, ResultWriter.reportName(outputName)),
                                YearFigures.of(disclosure));
                    }
                } catch (IOException e) {
                    LOG.warn("{}: not a result of ours, left out of the run's reports ({})", name, e.getMessage());
                }
            }
        }
        csvPending = null;
        workbookStale = true;
    }

    /** The names of the documents with cross-year figures, by organization (no figures held). */
    synchronized Map<String, List<String>> crossYearNamesByOrganization() throws IOException {
        return rows.yearNamesByOrganization();
    }

    /** The cross-year figures of the named documents, from the rows. */
    synchronized void crossYearFigures(List<String> names, BiConsumer<String, YearFigures> figures) throws IOException {
        rows.yearFigures(names, figures);
    }

    /** The names of the documents whose results carry cross-year findings, from the rows. */
    synchronized void withCrossYearFindings(Consumer<String> withCrossYearFindings) throws IOException {
        rows.documents(document -> {
            if (document.findings().stream().anyMatch(f -> f.ruleId().equals(CrossYearCheck.RULE_ID))) {
                String report = document.reportFile();
                withCrossYearFindings.accept(report.substring(0, report.length() - ".html".length()));
            }
        });
    }

    /** What an input changed, in the reports: the index, the CSV's new lines, and the workbook when due. */
    public synchronized void write() throws IOException {
        AtomicFile.write(out.resolve(ReportFolder.INDEX), index, rows);
        writeCsv();
        long sinceWorkbook = System.nanoTime() - workbookDoneNanos;
        if (workbookStale && sinceWorkbook >= WORKBOOK_SPACING * workbookTookNanos) {
            writeWorkbook();
        }
    }

    /** The run's index, workbook and CSV, each written whole and atomically from the rows. */
    public synchronized void writeAll() throws IOException {
        AtomicFile.write(out.resolve(ReportFolder.INDEX), index, rows);
        csvPending = null;
        writeCsv();
        writeWorkbook();
    }

    /** Writes the workbook if an input changed it since it was last written (a watch's last inputs). */
    public synchronized void writeWorkbookIfStale() throws IOException {
        if (workbookStale) {
            writeWorkbook();
        }
    }

    private void writeWorkbook() throws IOException {
        long start = System.nanoTime();
        AtomicFile.write(out.resolve(ReportFolder.WORKBOOK), workbook, rows);
        workbookDoneNanos = System.nanoTime();
        workbookTookNanos = workbookDoneNanos - start;
        workbookStale = false;
    }

    private void writeCsv() throws IOException {
        Path file = out.resolve(ReportFolder.CSV);
        if (csvPending != null && Files.exists(file)) {
            try (OutputStream append = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
                for (DocumentSummary document : csvPending) {
                    csv.appendDocument(document, append);
                }
            }
        } else {
            AtomicFile.write(file, csv, rows);
        }
        csvPending = new ArrayList<>();
    }

    /** Documents the rows hold now. */
    public synchronized int documentCount() {
        return rows.documentCount();
    }

    @Override
    public synchronized void close() throws IOException {
        rows.close();
    }
}
