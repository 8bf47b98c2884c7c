package org.juesuan.output.html;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.juesuan.model.DocumentInfo;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.juesuan.output.ReportWriter;
import org.juesuan.output.run.DocumentSummary;
import org.juesuan.output.run.FailedDocument;
import org.juesuan.output.run.RelativeLink;
import org.juesuan.output.run.RunRows;
import org.juesuan.output.run.SeverityLabel;

/**
 * {@code index.html}: the run at a glance. One sortable, filterable row per document with its counts
 * and a link to its report; the files that failed and why; a chart of findings by rule. Built in one
 * pass over the run's rows, keeping of each document only its line of the table, never its findings.
 */
public final class IndexHtml implements ReportWriter<RunRows> {
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
    public void write(RunRows run, OutputStream out) throws IOException {
        template.render(view(run), out);
    }

    View view(RunRows run) throws IOException {
        List<Row> rows = new ArrayList<>();
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        Map<String, String> ruleNames = new LinkedHashMap<>();
        Map<String, Long> byRule = new LinkedHashMap<>();
        run.documents(document -> {
            rows.add(row(document));
            for (Finding finding : document.findings()) {
                bySeverity.merge(finding.severity(), 1L, Long::sum);
            }
            RuleChart.count(document, ruleNames, byRule);
        });
        List<FailedDocument> failures = new ArrayList<>();
        run.failures(failures::add);
        List<DocumentReportHtml.Count> severities = new ArrayList<>();
        long total = 0;
        for (Severity severity : Severity.values()) {
            long n = bySeverity.getOrDefault(severity, 0L);
            total += n;
            severities.add(new DocumentReportHtml.Count(severity.name(), severity.name().toLowerCase(Locale.ROOT),
                    SeverityLabel.of(severity), n));
        }
        return new View(rows.size(), failures.size(), (int) total, severities, rows, failures, RuleChart.of(ruleNames, byRule));
    }

    private static Row row(DocumentSummary summary) {
        DocumentInfo info = summary.document();
        String workbook = summary.workbookFile();
        return new Row(RelativeLink.of(summary.reportFile()), workbook == null ? null : RelativeLink.of(workbook), info.sourceName(), info.organization(), info.fiscalYear(), info.pages(),
                summary.count(Severity.ERROR), summary.count(Severity.WARNING), summary.count(Severity.INFO),
                summary.findings().size());
    }
}
