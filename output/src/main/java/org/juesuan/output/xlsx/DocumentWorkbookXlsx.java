package org.juesuan.output.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Finding;
import org.juesuan.model.Table;
import org.juesuan.output.ReportWriter;
import org.juesuan.output.run.DocumentSummary;
import org.juesuan.output.run.FindingRow;
import org.juesuan.output.run.RunSummary;
import org.juesuan.output.tables.CellCitations;
import org.juesuan.output.tables.TableNames;
import org.juesuan.output.xlsx.sheetml.CellAddress;
import org.juesuan.output.xlsx.sheetml.XlsxPackage;

/**
 * {@code NAME.xlsx}, one document's workbook beside its {@code NAME.html}: the 问题 sheet of its
 * findings (the 单元格 column links to the first cell a finding cites), the 表格 sheet listing the
 * nine tables found and missing, and one sheet per table (see {@link TableSheet}). The run's
 * {@code findings.xlsx} holds several documents and keeps to findings; tables live here.
 *
 * <p>Written with our own SpreadsheetML writer ({@link XlsxPackage}): each row goes into the zip as
 * XML once written. Every sheet is written top to bottom, row by row, so nothing needs a row back;
 * POI's workbook model, even streaming, made this writer most of the write stage.
 */
public final class DocumentWorkbookXlsx implements ReportWriter<Disclosure> {
    public static final String FINDINGS_SHEET = FindingsSheet.NAME;
    public static final String TABLES_SHEET = TablesOverviewSheet.NAME;

    @Override
    public void write(Disclosure disclosure, OutputStream out) throws IOException {
        try (XlsxPackage workbook = new XlsxPackage(out, FindingsSheet.AUTHOR)) {
            CellCitations citations = new CellCitations(disclosure);
            Map<String, String> sheetOf = sheetNames(disclosure.tables());
            DocumentSummary summary = DocumentSummary.of(disclosure, disclosure.document().sourceName() + ".html");
            List<FindingRow> rows = FindingRow.of(new RunSummary(List.of(summary), List.of()));
            FindingsSheet.write(workbook, rows, finding -> firstCell(finding, citations, sheetOf));
            TablesOverviewSheet.write(workbook, disclosure.tables(), sheetOf, citations);
            TableStyles styles = new TableStyles(workbook.styles());
            for (Table table : disclosure.tables()) {
                if (sheetOf.get(table.id()) != null && citations.grid(table.id()).table() == table) {
                    new TableSheet(table, citations, styles).write(workbook, sheetOf.get(table.id()));
                }
            }
        }
    }

    /** t3 支出决算表: the table's id, then its caption without the year (or its kind's name). */
    static String wantedName(Table table) {
        return table.id() + " " + TableNames.shortName(table);
    }

    /** 'sheet name'!B6: a link inside the workbook to the 0-based position. */
    static String address(String sheetName, int row, int column) {
        return "'" + sheetName.replace("'", "''") + "'!" + CellAddress.of(row, column);
    }

    private static Map<String, String> sheetNames(List<Table> tables) {
        SheetNames names = new SheetNames(FindingsSheet.NAME, TablesOverviewSheet.NAME);
        Map<String, String> sheetOf = new LinkedHashMap<>();
        for (Table table : tables) {
            sheetOf.computeIfAbsent(table.id(), id -> names.claim(wantedName(table)));
        }
        return sheetOf;
    }

    private static String firstCell(Finding finding, CellCitations citations, Map<String, String> sheetOf) {
        return citations.resolve(finding).stream().findFirst()
                .map(c -> address(sheetOf.get(c.table().id()), c.cell().row(), c.cell().column()))
                .orElse(null);
    }
}
