package org.juesuan.output.run;

import java.util.List;
import java.util.Objects;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentInfo;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;

/**
 * What the run's index and workbook need of one read document: its identity and its findings,
 * without its text, so a long watch can keep one per document in memory and rewrite the index cheaply.
 *
 * @param reportFile   the document's HTML report, relative to the run's folder (seed.docx.html)
 * @param document     identity and front matter
 * @param findings     the findings, as the rules gave them
 * @param warningCount how many recoverable problems reading it met
 * @param tableCount   how many tables it has: with one or more, its workbook {@link #workbookFile()} sits beside its report
 */
public record DocumentSummary(String reportFile, DocumentInfo document, List<Finding> findings, int warningCount,
                              int tableCount) {
    public DocumentSummary {
        Objects.requireNonNull(reportFile, "reportFile");
        Objects.requireNonNull(document, "document");
        findings = List.copyOf(findings);
    }

    /** A document without tables. */
    public DocumentSummary(String reportFile, DocumentInfo document, List<Finding> findings, int warningCount) {
        this(reportFile, document, findings, warningCount, 0);
    }

    public static DocumentSummary of(Disclosure disclosure, String reportFile) {
        return new DocumentSummary(reportFile, disclosure.document(), disclosure.findings(), disclosure.warnings().size(),
                disclosure.tables().size());
    }

    /** NAME.xlsx beside NAME.html (relative to the run's folder), or null for a document without tables. */
    public String workbookFile() {
        if (tableCount == 0) {
            return null;
        }
        String base = reportFile.endsWith(".html") ? reportFile.substring(0, reportFile.length() - ".html".length()) : reportFile;
        return base + ".xlsx";
    }

    public int count(Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }
}
