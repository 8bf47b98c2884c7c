package org.juesuan.output.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.juesuan.model.DocumentInfo;
import org.juesuan.model.Severity;
import org.juesuan.output.ReportWriter;
import org.juesuan.output.run.DocumentSummary;
import org.juesuan.output.run.FindingColumn;
import org.juesuan.output.run.FindingRow;
import org.juesuan.output.run.RelativeLink;
import org.juesuan.output.run.RunRows;

/**
 * {@code findings.xlsx}: a sheet of every finding, a sheet of the documents read and a sheet of
 * the files that failed. Each sheet has a frozen, filterable header row. Numbers are numeric cells
 * so a reviewer can sort and sum them (Excel holds them as doubles: the CSV keeps the exact decimals).
 * Streaming workbook, its rows taken from the run one document at a time: memory stays flat in the
 * number of documents (each sheet is a pass over the run's rows).
 */
public final class FindingsXlsx implements ReportWriter<RunRows> {
    public static final String FINDINGS_SHEET = FindingsSheet.NAME;
    public static final String DOCUMENTS_SHEET = "文件";
    public static final String FAILURES_SHEET = "未能读取";
    static final List<String> DOCUMENT_HEADERS = List.of("文件", "单位", "年度", "页数", "格式", "错误", "警告", "提示",
            "问题合计", "读取提示", "报告", "文档编号", "表格工作簿");
    static final List<String> FAILURE_HEADERS = List.of("文件", "原因", "原因（英文）", "阶段");
    private static final int ROWS_IN_MEMORY = 200;

    @Override
    public void write(RunRows run, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            CellStyle header = FindingsSheet.headerStyle(workbook);
            writeFindings(workbook, header, run);
            writeDocuments(workbook, header, run);
            writeFailures(workbook, header, run);
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    /** The 问题 sheet as {@link FindingsSheet} lays it out, filled a document at a time. */
    private static void writeFindings(Workbook workbook, CellStyle header, RunRows run) throws IOException {
        Sheet sheet = workbook.createSheet(FINDINGS_SHEET);
        FindingColumn[] columns = FindingColumn.values();
        Row top = sheet.createRow(0);
        for (int c = 0; c < columns.length; c++) {
            FindingsSheet.headerCell(top, c, columns[c].header(), header);
        }
        int[] next = {1};
        run.documents(document -> {
            for (FindingRow finding : FindingRow.of(document)) {
                Row row = sheet.createRow(next[0]++);
                for (int c = 0; c < columns.length; c++) {
                    FindingsSheet.put(row, c, columns[c].value(finding));
                }
            }
        });
        FindingsSheet.finish(sheet, columns.length, next[0] - 1, FindingsSheet.WIDTHS);
    }

    private static void writeDocuments(Workbook workbook, CellStyle header, RunRows run) throws IOException {
        Sheet sheet = workbook.createSheet(DOCUMENTS_SHEET);
        Row top = sheet.createRow(0);
        for (int c = 0; c < DOCUMENT_HEADERS.size(); c++) {
            FindingsSheet.headerCell(top, c, DOCUMENT_HEADERS.get(c), header);
        }
        int[] next = {1};
        run.documents(summary -> writeDocument(workbook, sheet.createRow(next[0]++), summary));
        FindingsSheet.finish(sheet, DOCUMENT_HEADERS.size(), next[0] - 1, new int[] {24, 30, 8, 8, 8, 8, 8, 8, 10, 10, 24, 20, 24});
    }

    private static void writeDocument(Workbook workbook, Row row, DocumentSummary summary) {
        DocumentInfo info = summary.document();
        List<Object> values = List.of(info.sourceName(), nullable(info.organization()), nullable(info.fiscalYear()),
                info.pages(), info.format().name(), summary.count(Severity.ERROR), summary.count(Severity.WARNING),
                summary.count(Severity.INFO), summary.findings().size(), summary.warningCount(), summary.reportFile(),
                info.id(), nullable(summary.workbookFile()));
        for (int c = 0; c < values.size(); c++) {
            FindingsSheet.put(row, c, values.get(c));
        }
        Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.FILE);
        link.setAddress(RelativeLink.of(summary.reportFile()));
        row.getCell(10).setHyperlink(link);
        if (summary.workbookFile() != null) {
            Hyperlink tables = workbook.getCreationHelper().createHyperlink(HyperlinkType.FILE);
            tables.setAddress(RelativeLink.of(summary.workbookFile()));
            row.getCell(12).setHyperlink(tables);
        }
    }

    private static void writeFailures(Workbook workbook, CellStyle header, RunRows run) throws IOException {
        Sheet sheet = workbook.createSheet(FAILURES_SHEET);
        Row top = sheet.createRow(0);
        for (int c = 0; c < FAILURE_HEADERS.size(); c++) {
            FindingsSheet.headerCell(top, c, FAILURE_HEADERS.get(c), header);
        }
        int[] next = {1};
        run.failures(failure -> {
            Row row = sheet.createRow(next[0]++);
            List<Object> values = List.of(failure.fileName(), failure.reason(), failure.reasonEn(), failure.stage());
            for (int c = 0; c < values.size(); c++) {
                FindingsSheet.put(row, c, values.get(c));
            }
        });
        FindingsSheet.finish(sheet, FAILURE_HEADERS.size(), next[0] - 1, new int[] {30, 40, 40, 10});
    }

    /** List.of refuses nulls; an absent value becomes the empty string, which {@link FindingsSheet#put} leaves blank. */
    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }
}
