package org.juesuan.output.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.juesuan.model.Table;
import org.juesuan.model.TableCell;
import org.juesuan.output.run.SeverityLabel;
import org.juesuan.output.tables.CellCitations;
import org.juesuan.output.tables.TableGrid;

/**
 * Builds the tables view: each table as a real grid with its merged cells, header rows as header
 * cells, numbers right-aligned, the cells findings cite marked by their gravest severity and linked
 * back to those findings, and a 第N页 row where the table runs onto the next page.
 */
final class TableCards {
    /**
     * A cell that prints an amount or a percentage, for alignment of tables no reader has read (the
     * reader's values decide otherwise): 1,234.56 · -3.20 · 12,000 · 12.5% · 8%. Bare integers are
     * left out: 2010101 is a classification code.
     */
    private static final Pattern NUMBER_TEXT = Pattern.compile(
            "[-－]?\\d{1,3}(,\\d{3})+(\\.\\d+)?%?|[-－]?\\d+\\.\\d+%?|[-－]?\\d+%");

    /** A body cell this long is a line's name: it gets room rather than wrapping after two characters. */
    private static final int NAME_LENGTH = 5;

    private TableCards() {
    }

    static List<TableCard> of(List<Table> tables, CellCitations citations) {
        return tables.stream().map(t -> card(t, citations)).toList();
    }

    static String anchor(String tableId) {
        return "table-" + tableId;
    }

    /** Element id of a cell at its 0-based top-left position: cell-t3-r6-c2 for t3 R6C2. */
    static String cellAnchor(String tableId, int row, int column) {
        return "cell-" + tableId + "-r" + (row + 1) + "-c" + (column + 1);
    }

    /** 表5 一般公共预算财政拨款支出决算表, or 其他表格. */
    static String kindLabel(Table table) {
        return table.kind().isNine() ? "表" + table.kind().number() + " " + table.kind().chineseName()
                : table.kind().chineseName();
    }

    /** The caption as printed, else the kind's name, else the table's id. */
    static String title(Table table) {
        if (!table.caption().isBlank()) {
            return table.caption();
        }
        return table.kind().isNine() ? table.kind().chineseName() : "表格 " + table.id();
    }

    static String pages(Table table) {
        int first = table.cells().stream().mapToInt(TableCell::page).min().orElse(table.page());
        int last = table.cells().stream().mapToInt(TableCell::page).max().orElse(table.lastPage());
        first = Math.min(first, table.page());
        last = Math.max(last, table.lastPage());
        return first == last ? "第" + first + "页" : "第" + first + "–" + last + "页";
    }

    private static TableCard card(Table table, CellCitations citations) {
        TableGrid grid = citations.grid(table.id());
        List<TableCard.Row> rows = new ArrayList<>();
        int page = table.page();
        for (int r = 0; r < table.rows(); r++) {
            List<TableCard.CellView> cells = new ArrayList<>();
            int rowPage = Integer.MAX_VALUE;
            for (int c = 0; c < table.columns(); c++) {
                TableCell cell = grid.covering(r, c);
                if (cell == null) {
                    cells.add(new TableCard.CellView(r < table.headerRows() ? "th" : "td", null, null, null, "hole", null, "",
                            List.of()));
                } else if (grid.startsAt(cell, r, c)) {
                    cells.add(cell(table, grid, cell, citations));
                    rowPage = Math.min(rowPage, cell.page());
                }
            }
            boolean newPage = rowPage != Integer.MAX_VALUE && rowPage > page && r > 0;
            boolean separator = newPage && !grid.spanCrossesAbove(r);
            rows.add(new TableCard.Row(separator ? rowPage : null, newPage && !separator ? "newpage" : null,
                    newPage ? "第" + rowPage + "页" : null, cells));
            page = rowPage == Integer.MAX_VALUE ? page : Math.max(page, rowPage);
        }
        int headerRows = grid.spanCrossesAbove(table.headerRows()) ? 0 : table.headerRows();
        long cited = citations.ofTable(table.id()).size();
        int columns = Math.max(1, table.columns());
        return new TableCard(table.id(), anchor(table.id()), title(table), kindLabel(table), table.kind().isNine(),
                table.unit().isBlank() ? null : table.unit(), pages(table), table.confident(), table.notes(),
                cited == 0 ? null : (int) cited, columns, TableRowHtml.of(rows.subList(0, headerRows), columns),
                TableRowHtml.of(rows.subList(headerRows, rows.size()), columns));
    }

    private static TableCard.CellView cell(Table table, TableGrid grid, TableCell cell, CellCitations citations) {
        boolean header = cell.row() < table.headerRows();
        List<String> css = new ArrayList<>();
        boolean read = !table.lines().isEmpty();
        if (!header && (read ? grid.isNumber(cell) : NUMBER_TEXT.matcher(cell.text().strip()).matches())) {
            css.add("num");
        }
        if (!header && css.isEmpty() && cell.text().strip().length() >= NAME_LENGTH) {
            css.add("name");
        }
        List<Finding> citing = citations.of(cell);
        Severity gravest = citations.gravest(cell);
        if (gravest != null) {
            css.add("cited");
            css.add("cited-" + gravest.name().toLowerCase(Locale.ROOT));
        }
        String title = citing.isEmpty() ? null : citing.stream()
                .map(f -> f.id() + " " + SeverityLabel.of(f.severity()) + "：" + f.ruleName())
                .collect(Collectors.joining("；"));
        return new TableCard.CellView(header ? "th" : "td", cellAnchor(table.id(), cell.row(), cell.column()),
                cell.rowSpan() > 1 ? cell.rowSpan() : null, cell.columnSpan() > 1 ? cell.columnSpan() : null,
                css.isEmpty() ? null : String.join(" ", css), title, cell.text(),
                citing.stream().map(Finding::id).toList());
    }
}
