package org.juesuan.model;

import java.util.List;

/**
 * A table as the document lays it out.
 *
 * @param id        stable within the document: t1, t2, …
 * @param page      page where the table starts
 * @param sectionId innermost section containing it, or null
 * @param blockId   the TABLE block that holds its linearised text
 * @param rows      row count
 * @param columns   column count (grid columns, counting merged positions)
 * @param cells     the cells, row by row
 */
public record Table(String id, int page, String sectionId, String blockId, int rows, int columns,
                    List<TableCell> cells) {
    public Table {
        Checks.text(id, "id");
        Checks.page(page, id);
        Checks.text(blockId, "blockId");
        if (rows < 0 || columns < 0) {
            throw new IllegalArgumentException(id + ": negative size");
        }
        cells = Checks.copy(cells, "cells");
        for (TableCell cell : cells) {
            if (cell.row() + cell.rowSpan() > rows || cell.column() + cell.columnSpan() > columns) {
                throw new IllegalArgumentException(id + ": cell " + cell.row() + "," + cell.column()
                        + " lies outside the " + rows + "×" + columns + " grid");
            }
        }
    }
}
