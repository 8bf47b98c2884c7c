package org.juesuan.model;

import java.util.List;

/**
 * A table as the document lays it out, and as a reader of it understands it.
 *
 * @param id            stable within the document: t1, t2, …
 * @param page          page where the table starts
 * @param lastPage      page where it ends (a table may continue over pages)
 * @param sectionId     innermost section containing it, or null
 * @param blockId       the TABLE block that holds its linearised text
 * @param caption       the caption as printed (2024年收入支出决算总表), or empty when none was found
 * @param kind          which of the nine it is, or OTHER
 * @param unit          its money unit (元, 万元, 千元) from a 单位：万元 / 金额单位：元 line, or empty
 * @param headerRows    how many grid rows, from the top, are header
 * @param columnHeaders for each grid column, the header path from the top (合计 / 本年收入 / 财政拨款收入)
 * @param rows          row count
 * @param columns       column count (grid columns, counting merged positions)
 * @param cells         the cells, row by row
 * @param lines         the body read as lines: code, name, values
 * @param confident     whether the reader trusts its rebuilding of the table; no arithmetic is
 *                      checked on a table it does not trust
 * @param notes         reading notes about the table, in Chinese (why it is not trusted, what was merged)
 */
public record Table(String id, int page, int lastPage, String sectionId, String blockId, String caption,
                    TableKind kind, String unit, int headerRows, List<List<String>> columnHeaders,
                    int rows, int columns, List<TableCell> cells, List<TableLine> lines,
                    boolean confident, List<String> notes) {
    public Table {
        Checks.text(id, "id");
        Checks.page(page, id);
        if (lastPage < page) {
            throw new IllegalArgumentException(id + ": lastPage before page");
        }
        Checks.text(blockId, "blockId");
        Checks.present(caption, "caption");
        Checks.present(kind, "kind");
        Checks.present(unit, "unit");
        if (rows < 0 || columns < 0 || headerRows < 0 || headerRows > rows) {
            throw new IllegalArgumentException(id + ": bad size");
        }
        columnHeaders = columnHeaders.stream().map(List::copyOf).toList();
        cells = Checks.copy(cells, "cells");
        lines = Checks.copy(lines, "lines");
        notes = Checks.copy(notes, "notes");
        for (TableCell cell : cells) {
            if (cell.row() + cell.rowSpan() > rows || cell.column() + cell.columnSpan() > columns) {
                throw new IllegalArgumentException(id + ": cell " + cell.row() + "," + cell.column()
                        + " lies outside the " + rows + "×" + columns + " grid");
            }
        }
    }

    /** A table laid out but not yet read: no caption, kind OTHER, no header, no lines, not trusted. */
    public static Table laidOut(String id, int page, int lastPage, String sectionId, String blockId, int rows,
                                int columns, List<TableCell> cells) {
        return new Table(id, page, lastPage, sectionId, blockId, "", TableKind.OTHER, "", 0, List.of(),
                rows, columns, cells, List.of(), false, List.of());
    }

    /** The cell whose top-left corner is at the position, or null. */
    public TableCell cellAt(int row, int column) {
        for (TableCell cell : cells) {
            if (cell.row() == row && cell.column() == column) {
                return cell;
            }
        }
        return null;
    }
}
