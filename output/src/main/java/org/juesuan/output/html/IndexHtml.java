package org.juesuan.output.html;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.juesuan.model.DocumentInfo;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.juesuan.output.ReportWriter;
import org.juesuan.output.run.DocumentSummary;
import org.juesuan.output.run.FailedDocument;
import org.juesuan.output.run.RelativeLink;
import org.juesuan.output.run.RunSummary;

/**
 * {@code index.html}: the run at a glance. One sortable, filterable row per document with its counts
 * and a link to its report; the files that failed and why; a chart of findings by rule. Built from
 * summaries only, so the watch route can rewrite it cheaply after every document.
 */
public final class IndexHtml implements ReportWriter<RunSummary> {
    private final HtmlTemplate template = new HtmlTemplate("index");

    /** One document's row; {@code workbook} links its NAME.xlsx, or is null for a document without tables. */
    public record Row(String href, String workbook, String sourceName, String organization, Integer year, int pages, int errors,
                      int warnings, int infos, int total) {
    }

    /** Everything the template prints. */
    public record View(int documentCount, int failureCount, int total, List<DocumentReportHtml.Count> severities,
                       List<Row> documents, List<FailedDocument> failures, RuleChart chart) {
    }

    @Override
    public void write(RunSummary run, OutputStream out) throws IOException {
        template.render(view(run), out);
    }

    View view(RunSummary run) {
        List<Finding> all = run.documents().stream().flatMap(d -> d.findings().stream()).toList();
        List<Row> rows = run.documents().stream().map(IndexHtml::row).toList();
        return new View(run.documents().size(), run.failures().size(), all.size(), DocumentReportHtml.severities(all), rows,
                run.failures(), RuleChart.of(run.documents()));
    }

    private static Row row(DocumentSummary summary) {
        DocumentInfo info = summary.document();
        String workbook = summary.workbookFile();
        return new Row(RelativeLink.of(summary.reportFile()), workbook == null ? null : RelativeLink.of(workbook), info.sourceName(), info.organization(), info.fiscalYear(), info.pages(),
                summary.count(Severity.ERROR), summary.count(Severity.WARNING), summary.count(Severity.INFO),
                summary.findings().size());
    }
}
