package org.juesuan.output.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.juesuan.model.DocumentInfo;
import org.juesuan.model.Severity;
import org.juesuan.output.ReportWriter;
import org.juesuan.output.run.DocumentSummary;
import org.juesuan.output.run.FindingColumn;
import org.juesuan.output.run.FindingRow;
import org.juesuan.output.run.RelativeLink;
import org.juesuan.output.run.RunRows;
import org.juesuan.output.xlsx.sheetml.SheetWriter;
import org.juesuan.output.xlsx.sheetml.XlsxPackage;

/**
 * {@code findings.xlsx}: a sheet of every finding, a sheet of the documents read and a sheet of
 * the files that failed. Each sheet has a frozen, filterable header row. Numbers are numeric cells
 * so a reviewer can sort and sum them (Excel holds them as doubles: the CSV keeps the exact decimals).
 * Rows are streamed into the package as the run is visited one document at a time: memory stays
 * flat in the number of documents (each sheet is a pass over the run's rows).
 */
public final class FindingsXlsx implements ReportWriter<RunRows> {
    public static final String FINDINGS_SHEET = FindingsSheet.NAME;
    public static final String DOCUMENTS_SHEET = "文件";
    public static final String FAILURES_SHEET = "未能读取";
    static final List<String> DOCUMENT_HEADERS = List.of("文件", "单位", "年度", "页数", "格式", "错误", "警告", "提示",
            "问题合计", "读取提示", "报告", "文档编号", "表格工作簿");
    static final List<String> FAILURE_HEADERS = List.of("文件", "原因", "原因（英文）", "阶段");
    private static final int REPORT_COLUMN = 10;
    private static final int WORKBOOK_COLUMN = 12;

    @Override
    public void write(RunRows run, OutputStream out) throws IOException {
        try (XlsxPackage workbook = new XlsxPackage(out, FindingsSheet.AUTHOR)) {
            writeFindings(workbook, run);
            writeDocuments(workbook, run);
            writeFailures(workbook, run);
        }
    }

    /** The 问题 sheet as {@link FindingsSheet} lays it out, filled a document at a time. */
    private static void writeFindings(XlsxPackage workbook, RunRows run) throws IOException {
        FindingColumn[] columns = FindingColumn.values();
        SheetWriter sheet = FindingsSheet.start(workbook, FINDINGS_SHEET, columns.length, FindingsSheet.WIDTHS,
                c -> columns[c].header());
        int[] next = {1};
        run.documents(document -> {
            for (FindingRow finding : FindingRow.of(document)) {
                sheet.row(next[0]++);
                for (int c = 0; c < columns.length; c++) {
                    FindingsSheet.put(sheet, c, columns[c].value(finding));
                }
            }
        });
        sheet.autoFilter(Math.max(next[0] - 1, 1), columns.length - 1);
    }

    private static void writeDocuments(XlsxPackage workbook, RunRows run) throws IOException {
        SheetWriter sheet = FindingsSheet.start(workbook, DOCUMENTS_SHEET, DOCUMENT_HEADERS.size(),
                new int[] {24, 30, 8, 8, 8, 8, 8, 8, 10, 10, 24, 20, 24}, DOCUMENT_HEADERS::get);
        int[] next = {1};
        run.documents(summary -> writeDocument(sheet, next[0]++, summary));
        sheet.autoFilter(Math.max(next[0] - 1, 1), DOCUMENT_HEADERS.size() - 1);
    }

    private static void writeDocument(SheetWriter sheet, int row, DocumentSummary summary) throws IOException {
        DocumentInfo info = summary.document();
        List<Object> values = List.of(info.sourceName(), nullable(info.organization()), nullable(info.fiscalYear()),
                info.pages(), info.format().name(), summary.count(Severity.ERROR), summary.count(Severity.WARNING),
                summary.count(Severity.INFO), summary.findings().size(), summary.warningCount(), summary.reportFile(),
                info.id(), nullable(summary.workbookFile()));
        sheet.row(row);
        for (int c = 0; c < values.size(); c++) {
            FindingsSheet.put(sheet, c, values.get(c));
        }
        sheet.linkToFile(row, REPORT_COLUMN, RelativeLink.of(summary.reportFile()));
        if (summary.workbookFile() != null) {
            sheet.linkToFile(row, WORKBOOK_COLUMN, RelativeLink.of(summary.workbookFile()));
        }
    }

    private static void writeFailures(XlsxPackage workbook, RunRows run) throws IOException {
        SheetWriter sheet = FindingsSheet.start(workbook, FAILURES_SHEET, FAILURE_HEADERS.size(), new int[] {30, 40, 40, 10},
                FAILURE_HEADERS::get);
        int[] next = {1};
        run.failures(failure -> {
            sheet.row(next[0]++);
            List<Object> values = List.of(failure.fileName(), failure.reason(), failure.reasonEn(), failure.stage());
            for (int c = 0; c < values.size(); c++) {
                FindingsSheet.put(sheet, c, values.get(c));
            }
        });
        sheet.autoFilter(Math.max(next[0] - 1, 1), FAILURE_HEADERS.size() - 1);
    }

    /** List.of refuses nulls; an absent value becomes the empty string, which {@link FindingsSheet#put} leaves out. */
    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }
}
