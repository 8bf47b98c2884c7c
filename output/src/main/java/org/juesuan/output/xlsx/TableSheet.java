package org.juesuan.output.xlsx;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.juesuan.model.Table;
import org.juesuan.model.TableCell;
import org.juesuan.output.run.SeverityLabel;
import org.juesuan.output.tables.CellCitations;
import org.juesuan.output.tables.TableGrid;
import org.juesuan.output.xlsx.sheetml.SheetLayout;
import org.juesuan.output.xlsx.sheetml.SheetWriter;
import org.juesuan.output.xlsx.sheetml.XlsxPackage;

/**
 * One table on its own sheet, its grid from A1 so that t3 R6C2 is cell B6: merged cells merged,
 * header rows bold and frozen, the values its reader read as numbers written as numbers with the
 * printed decimals as their format, everything else (blank, -, /, words) as printed, and the cells
 * findings cite filled by the gravest severity with the findings in a comment. Caption, kind,
 * unit, pages and reading notes follow below the grid.
 */
final class TableSheet {
    /**
     * A number as printed that a numeric cell holds without changing what it says:
     * 1,234.56 · -3.20 · 0.00 · 12.5% · 2010 (not （3.20） or 3.20万元, which stay text).
     */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("(-?(?:\\d{1,3}(?:,\\d{3})+|\\d+))(?:\\.(\\d+))?(%?)");
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 40;

    private final Table table;
    private final TableGrid grid;
    private final CellCitations citations;
    private final TableStyles styles;

    TableSheet(Table table, CellCitations citations, TableStyles styles) {
        this.table = table;
        this.grid = citations.grid(table.id());
        this.citations = citations;
        this.styles = styles;
    }

    void write(XlsxPackage workbook, String name) throws IOException {
        boolean frozen = table.headerRows() > 0 && table.headerRows() < table.rows();
        SheetWriter sheet = workbook.sheet(name, new SheetLayout(frozen ? table.headerRows() : 0, widths()));
        for (int r = 0; r < table.rows(); r++) {
            sheet.row(r);
            for (int c = 0; c < table.columns(); c++) {
                TableCell cell = grid.covering(r, c);
                if (cell == null) {
                    sheet.blank(c, styles.of(new TableStyles.Key(r < table.headerRows(), null, null)));
                } else if (grid.startsAt(cell, r, c)) {
                    put(sheet, r, c, cell);
                } else {
                    sheet.blank(c, styles.of(key(cell)));
                }
            }
        }
        for (TableCell cell : table.cells()) {
            if (cell.rowSpan() > 1 || cell.columnSpan() > 1) {
                sheet.merge(cell.row(), cell.column(), cell.row() + cell.rowSpan() - 1, cell.column() + cell.columnSpan() - 1);
            }
        }
        facts(sheet);
    }

    private void put(SheetWriter sheet, int row, int column, TableCell cell) throws IOException {
        Matcher number = PLAIN_NUMBER.matcher(cell.text().strip());
        boolean numeric = grid.isNumber(cell) && number.matches();
        if (numeric) {
            BigDecimal value = new BigDecimal(number.group(1).replace(",", "")
                    + (number.group(2) == null ? "" : "." + number.group(2)));
            boolean percent = !number.group(3).isEmpty();
            sheet.number(column, (percent ? value.movePointLeft(2) : value).doubleValue(),
                    styles.of(new TableStyles.Key(false, format(number), citations.gravest(cell))));
        } else if (!cell.text().isEmpty()) {
            sheet.text(column, FindingsSheet.fit(cell.text()), styles.of(key(cell)));
        } else {
            sheet.blank(column, styles.of(key(cell)));
        }
        List<Finding> citing = citations.of(cell);
        if (!citing.isEmpty()) {
            sheet.comment(row, column, citing.stream()
                    .map(f -> f.id() + " " + SeverityLabel.of(f.severity()) + " " + f.ruleName() + "：" + f.message())
                    .collect(Collectors.joining("\n")));
        }
    }

    private TableStyles.Key key(TableCell cell) {
        return new TableStyles.Key(cell.row() < table.headerRows(), null, citations.gravest(cell));
    }

    /** 0.00 for 12.30, #,##0.00 for 1,234.50, 0 for 7, 0.0% for 12.5%: the number shows as printed. */
    private static String format(Matcher number) {
        String decimals = number.group(2) == null ? "" : "." + "0".repeat(number.group(2).length());
        return (number.group(1).contains(",") ? "#,##0" : "0") + decimals + number.group(3);
    }

    private int[] widths() {
        int[] widths = new int[table.columns()];
        for (TableCell cell : table.cells()) {
            if (cell.columnSpan() == 1) {
                widths[cell.column()] = Math.max(widths[cell.column()], displayWidth(cell.text()));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 2));
        }
        return widths;
    }

    /** Columns a text needs: a Chinese character is about two of Excel's character widths. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) > 0x2E80 ? 2 : 1;
        }
        return width;
    }

    /** Below the grid: what the table is, and what its reader says about it. */
    private void facts(SheetWriter sheet) throws IOException {
        int at = table.rows() + 1;
        line(sheet, at++, "标题", table.caption().isBlank() ? "（未读出标题）" : table.caption());
        line(sheet, at++, "种类", table.kind().isNine() ? "表" + table.kind().number() + " " + table.kind().chineseName()
                : table.kind().chineseName());
        line(sheet, at++, "单位", table.unit().isBlank() ? "（未读出单位）" : table.unit());
        line(sheet, at++, "页码", table.page() == table.lastPage() ? "第" + table.page() + "页"
                : "第" + table.page() + "–" + table.lastPage() + "页");
        line(sheet, at++, "读取", table.confident() ? "已读出" : "未能可靠读出此表，不据此核算");
        for (String note : table.notes()) {
            line(sheet, at++, "说明", note);
        }
        line(sheet, at, "单元格", "问题中的 " + table.id() + " R行C列 即本表第几行、第几列（R6C2 = B6）");
        Severity gravest = citations.ofTable(table.id()).stream().map(Finding::severity).min(Enum::compareTo).orElse(null);
        if (gravest != null) {
            line(sheet, at + 1, "标色", "红：错误；黄：警告；蓝：提示。批注列出引用该单元格的问题");
        }
    }

    private static void line(SheetWriter sheet, int rowIndex, String label, String text) throws IOException {
        sheet.row(rowIndex);
        sheet.text(0, label, 0);
        sheet.text(1, FindingsSheet.fit(text), 0);
    }
}
