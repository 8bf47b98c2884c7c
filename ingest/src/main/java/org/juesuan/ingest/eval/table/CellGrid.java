package org.juesuan.ingest.eval.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.juesuan.model.Table;
import org.juesuan.model.TableCell;

/**
 * A table's grid as compared: every cell's whitespace removed, then the rows and columns that are
 * empty throughout dropped, so a reader that keeps an empty spill-over row or an empty margin
 * column is not punished for it, and both sides are seen the same way.
 */
public record CellGrid(List<List<String>> rows) {
    /** Any whitespace, the ideographic space (U+3000) and no-break space included. */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");

    public CellGrid {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The grid of rows of cell texts, normalised. */
    public static CellGrid of(List<List<String>> raw) {
        List<List<String>> cleaned = new ArrayList<>();
        for (List<String> row : raw) {
            List<String> cells = new ArrayList<>();
            row.forEach(text -> cells.add(normalise(text)));
            if (cells.stream().anyMatch(Predicate.not(String::isEmpty))) {
                cleaned.add(cells);
            }
        }
        int width = cleaned.stream().mapToInt(List::size).max().orElse(0);
        List<Integer> kept = new ArrayList<>();
        for (int column = 0; column < width; column++) {
            final int c = column;
            if (cleaned.stream().anyMatch(row -> c < row.size() && !row.get(c).isEmpty())) {
                kept.add(column);
            }
        }
        List<List<String>> grid = new ArrayList<>();
        for (List<String> row : cleaned) {
            grid.add(kept.stream().map(c -> c < row.size() ? row.get(c) : "").toList());
        }
        return new CellGrid(grid);
    }

    /** A read table's grid: each cell's text at its top-left position. */
    public static CellGrid of(Table table) {
        return of(table, cell -> true);
    }

    /** The part of a read table printed on one page (to compare with one page's second opinion). */
    public static CellGrid ofPage(Table table, int page) {
        return of(table, cell -> cell.page() == page);
    }

    private static CellGrid of(Table table, Predicate<TableCell> wanted) {
        List<List<String>> raw = new ArrayList<>();
        for (int row = 0; row < table.rows(); row++) {
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < table.columns(); column++) {
                cells.add("");
            }
            raw.add(cells);
        }
        for (TableCell cell : table.cells()) {
            if (wanted.test(cell)) {
                raw.get(cell.row()).set(cell.column(), cell.text());
            }
        }
        return of(raw);
    }

    static String normalise(String text) {
        return WHITESPACE.matcher(text == null ? "" : text).replaceAll("");
    }

    public int height() {
        return rows.size();
    }

    /** The text at a position, empty outside the grid. */
    public String at(int row, int column) {
        if (row >= rows.size()) {
            return "";
        }
        List<String> cells = rows.get(row);
        return column < cells.size() ? cells.get(column) : "";
    }

    /** Cells with text. */
    public int filled() {
        return (int) rows.stream().flatMap(List::stream).filter(Predicate.not(String::isEmpty)).count();
    }
}
