package org.juesuan.output.xlsx;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.juesuan.model.Finding;
import org.juesuan.output.run.FindingColumn;
import org.juesuan.output.run.FindingRow;
import org.juesuan.output.xlsx.sheetml.CellFormat;
import org.juesuan.output.xlsx.sheetml.SheetLayout;
import org.juesuan.output.xlsx.sheetml.SheetWriter;
import org.juesuan.output.xlsx.sheetml.XlsxPackage;

/**
 * The 问题 sheet, the same in the run's workbook and in a document's: one typed row per finding
 * under a frozen, filterable header. Shared helpers for the other sheets live here too.
 */
final class FindingsSheet {
    static final String NAME = "问题";
    /** The most characters Excel holds in a cell. */
    static final int MAX_CELL_TEXT = 32_767;
    static final int[] WIDTHS = {24, 24, 8, 22, 16, 10, 60, 12, 12, 12, 12, 8, 40, 60, 10, 20, 18};
    /** Who the cell comments of our workbooks name as their author. */
    static final String AUTHOR = "juesuan";

    private FindingsSheet() {
    }

    /**
     * Writes the sheet.
     *
     * @param cellLink where the 单元格 column of a finding links to inside the workbook ('t3 支出决算表'!B6),
     *                 or null for no link
     */
    static void write(XlsxPackage workbook, List<FindingRow> rows, Function<Finding, String> cellLink) throws IOException {
        FindingColumn[] columns = FindingColumn.values();
        SheetWriter sheet = start(workbook, NAME, columns.length, WIDTHS, c -> columns[c].header());
        for (int r = 0; r < rows.size(); r++) {
            sheet.row(r + 1);
            for (int c = 0; c < columns.length; c++) {
                boolean written = put(sheet, c, columns[c].value(rows.get(r)));
                if (written && c == FindingColumn.CELLS.ordinal() && cellLink != null) {
                    String target = cellLink.apply(rows.get(r).finding());
                    if (target != null) {
                        sheet.linkInside(r + 1, c, target);
                    }
                }
            }
        }
        sheet.autoFilter(Math.max(rows.size(), 1), columns.length - 1);
    }

    /** A sheet with its bold header row written, frozen, at the given widths. */
    static SheetWriter start(XlsxPackage workbook, String name, int columns, int[] widths,
                             java.util.function.IntFunction<String> header) throws IOException {
        SheetWriter sheet = workbook.sheet(name, new SheetLayout(1, widths));
        int bold = workbook.styles().of(CellFormat.BOLD);
        sheet.row(0);
        for (int c = 0; c < columns; c++) {
            sheet.text(c, header.apply(c), bold);
        }
        return sheet;
    }

    /**
     * Puts a value in its own cell type: numbers numeric, text as text (never a formula), absent as
     * nothing; says whether a cell was written.
     */
    static boolean put(SheetWriter sheet, int column, Object value) throws IOException {
        if (value == null || "".equals(value)) {
            return false;
        }
        if (value instanceof Integer number) {
            sheet.number(column, number, 0);
        } else if (value instanceof BigDecimal decimal) {
            sheet.number(column, decimal.doubleValue(), 0);
        } else {
            sheet.text(column, fit(value.toString()), 0);
        }
        return true;
    }

    /** The text cut to what a cell holds, ending in … when cut (a misread page can make one huge cell). */
    static String fit(String text) {
        return text.length() <= MAX_CELL_TEXT ? text : text.substring(0, MAX_CELL_TEXT - 1) + "…";
    }
}
