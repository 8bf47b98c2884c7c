package org.juesuan.model;

/** Where a figure sits when it is inside a table: the table and the cell's top-left position. */
public record CellRef(String tableId, int row, int column) {
    public CellRef {
        Checks.text(tableId, "tableId");
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("bad cell position " + row + "," + column);
        }
    }
}
