package org.juesuan.extract.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns cells as word processors store them (a grid position, a horizontal span and a vertical-merge
 * mark per row) into cells with row and column spans, so merged cells are represented once, not
 * dropped or repeated.
 */
public final class TableGridBuilder {
    /** How a cell takes part in a vertical merge. */
    public enum VerticalMerge {
        NONE,
        /** The first (top) cell of a vertically merged run. */
        RESTART,
        /** A cell covered by the cell above it. */
        CONTINUE
    }

    private static final class Cell {
        final int row;
        final int column;
        final int columnSpan;
        final StringBuilder text;
        int rowSpan = 1;

        Cell(int row, int column, int columnSpan, String text) {
            this.row = row;
            this.column = column;
            this.columnSpan = columnSpan;
            this.text = new StringBuilder(text);
        }
    }

    private final List<Cell> cells = new ArrayList<>();
    /** The open vertical merge in each column: its top cell. */
    private final Map<Integer, Cell> openMerges = new HashMap<>();
    private int row = -1;
    private int columns;

    public void startRow() {
        row++;
    }

    /**
     * @param column     the grid column the cell starts at
     * @param columnSpan grid columns it covers
     * @param merge      its part in a vertical merge
     * @param text       its text
     */
    public void addCell(int column, int columnSpan, VerticalMerge merge, String text) {
        if (row < 0) {
            throw new IllegalStateException("startRow() before addCell()");
        }
        int span = Math.max(1, columnSpan);
        columns = Math.max(columns, column + span);
        Cell above = openMerges.get(column);
        if (merge == VerticalMerge.CONTINUE && above != null && above.row + above.rowSpan == row) {
            above.rowSpan++;
            if (!text.isBlank()) {
                above.text.append(above.text.isEmpty() ? "" : " ").append(text);
            }
            return;
        }
        Cell cell = new Cell(row, column, span, text);
        cells.add(cell);
        if (merge == VerticalMerge.RESTART) {
            openMerges.put(column, cell);
        } else {
            openMerges.remove(column);
        }
    }

    public RawTable build() {
        List<RawCell> built = new ArrayList<>(cells.size());
        for (Cell cell : cells) {
            built.add(new RawCell(cell.row, cell.column, cell.rowSpan, cell.columnSpan, cell.text.toString()));
        }
        return new RawTable(row + 1, columns, built);
    }
}
