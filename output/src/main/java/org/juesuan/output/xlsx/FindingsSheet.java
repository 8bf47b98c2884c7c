package org.juesuan.output.xlsx;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.juesuan.model.Finding;
import org.juesuan.output.run.FindingColumn;
import org.juesuan.output.run.FindingRow;

/**
 * The 问题 sheet, the same in the run's workbook and in a document's: one typed row per finding
 * under a frozen, filterable header. Shared helpers for the other sheets live here too.
 */
final class FindingsSheet {
    static final String NAME = "问题";
    /** The most characters Excel holds in a cell; POI refuses more. */
    static final int MAX_CELL_TEXT = 32_767;
    static final int[] WIDTHS = {24, 24, 8, 22, 16, 10, 60, 12, 12, 12, 12, 8, 40, 60, 10, 20, 18};

    private FindingsSheet() {
    }

    /**
     * Writes the sheet.
     *
     * @param cellLink where the 单元格 column of a finding links to inside the workbook ('t3 支出决算表'!B6),
     *                 or null for no link
     */
    static void write(Workbook workbook, CellStyle header, List<FindingRow> rows, Function<Finding, String> cellLink) {
        Sheet sheet = workbook.createSheet(NAME);
        FindingColumn[] columns = FindingColumn.values();
        Row top = sheet.createRow(0);
        for (int c = 0; c < columns.length; c++) {
            headerCell(top, c, columns[c].header(), header);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < columns.length; c++) {
                put(row, c, columns[c].value(rows.get(r)));
            }
            String target = cellLink == null ? null : cellLink.apply(rows.get(r).finding());
            Cell cells = row.getCell(FindingColumn.CELLS.ordinal());
            if (target != null && cells != null) {
                Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress(target);
                cells.setHyperlink(link);
            }
        }
        finish(sheet, columns.length, rows.size(), WIDTHS);
    }

    /** Puts a value in its own cell type: numbers numeric, text as text (never a formula), absent as blank. */
    static void put(Row row, int column, Object value) {
        if (value == null || "".equals(value)) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof Integer number) {
            cell.setCellValue(number);
        } else if (value instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
        } else {
            cell.setCellValue(fit(value.toString()));
        }
    }

    /** The text cut to what a cell holds, ending in … when cut (a misread page can make one huge cell). */
    static String fit(String text) {
        return text.length() <= MAX_CELL_TEXT ? text : text.substring(0, MAX_CELL_TEXT - 1) + "…";
    }

    static void headerCell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    static void finish(Sheet sheet, int columns, int rows, int[] widths) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows, 1), 0, columns - 1));
        for (int c = 0; c < widths.length && c < columns; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    static CellStyle headerStyle(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        return style;
    }
}
