package org.juesuan.output.tables;

import java.util.HashMap;
import java.util.Map;
import org.juesuan.model.CellValueKind;
import org.juesuan.model.Table;
import org.juesuan.model.TableCell;
import org.juesuan.model.TableLine;
import org.juesuan.model.TableValue;

/**
 * A table's grid as the writers walk it: which cell covers each position (a merged cell covers
 * several), and what its reader made of each value cell (number, blank, dash, slash, text).
 */
public final class TableGrid {
    private final Table table;
    private final TableCell[][] covering;
    private final Map<Long, TableValue> values = new HashMap<>();

    public TableGrid(Table table) {
        this.table = table;
        this.covering = new TableCell[table.rows()][table.columns()];
        for (TableCell cell : table.cells()) {
            for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
                for (int c = cell.column(); c < cell.column() + cell.columnSpan(); c++) {
                    if (covering[r][c] == null) {
                        covering[r][c] = cell;
                    }
                }
            }
        }
        for (TableLine line : table.lines()) {
            for (TableValue value : line.values()) {
                values.putIfAbsent(key(line.row(), value.column()), value);
            }
        }
    }

    public Table table() {
        return table;
    }

    /** The cell covering the position, or null where the grid has a hole (or the position lies outside). */
    public TableCell covering(int row, int column) {
        if (row < 0 || column < 0 || row >= table.rows() || column >= table.columns()) {
            return null;
        }
        return covering[row][column];
    }

    /** Whether the cell starts at this position (false for positions a merged cell only covers). */
    public boolean startsAt(TableCell cell, int row, int column) {
        return cell.row() == row && cell.column() == column;
    }

    /**
     * The value the table's reader read from this cell, when it read one and the cell still prints
     * exactly that (a reader's value for a cell it misplaced must not land in another cell), else null.
     */
    public TableValue valueOf(TableCell cell) {
        TableValue value = values.get(key(cell.row(), cell.column()));
        if (value == null || !value.raw().strip().equals(cell.text().strip())) {
            return null;
        }
        return value;
    }

    /** Whether the reader read the cell as a number. */
    public boolean isNumber(TableCell cell) {
        TableValue value = valueOf(cell);
        return value != null && value.kind() == CellValueKind.NUMBER;
    }

    /** Whether a rowspan crosses the line between {@code row - 1} and {@code row}. */
    public boolean spanCrossesAbove(int row) {
        for (TableCell cell : table.cells()) {
            if (cell.row() < row && cell.row() + cell.rowSpan() > row) {
                return true;
            }
        }
        return false;
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }
}
