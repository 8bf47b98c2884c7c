package org.juesuan.extract.tables;

import java.util.List;
import org.juesuan.model.TableCell;

/**
 * A table's cells laid on their grid: each position knows the cell that covers it, and each cell's
 * text is normalised once ({@link CellText}). A merged cell's text stands at its top-left position.
 */
final class Grid {
    private final int rows;
    private final int columns;
    private final TableCell[][] owners;
    private final String[][] texts;

    Grid(int rows, int columns, List<TableCell> cells) {
        this.rows = rows;
        this.columns = columns;
        this.owners = new TableCell[rows][columns];
        this.texts = new String[rows][columns];
        for (TableCell cell : cells) {
            String text = CellText.normalise(cell.text());
            for (int r = cell.row(); r < Math.min(rows, cell.row() + cell.rowSpan()); r++) {
                for (int c = cell.column(); c < Math.min(columns, cell.column() + cell.columnSpan()); c++) {
                    owners[r][c] = cell;
                    texts[r][c] = r == cell.row() && c == cell.column() ? text : "";
                }
            }
        }
    }

    int rows() {
        return rows;
    }

    int columns() {
        return columns;
    }

    /** The normalised text whose cell starts at the position; empty for a covered or missing position. */
    String text(int row, int column) {
        String text = texts[row][column];
        return text == null ? "" : text;
    }

    /** The normalised text of the cell covering the position, wherever it starts. */
    String coveringText(int row, int column) {
        TableCell owner = owners[row][column];
        return owner == null ? "" : text(owner.row(), owner.column());
    }

    /** The cell starting at the position, or null. */
    TableCell cellAt(int row, int column) {
        TableCell owner = owners[row][column];
        return owner != null && owner.row() == row && owner.column() == column ? owner : null;
    }

    /** Whether the position is covered by a cell that starts to its left in the same row. */
    boolean coveredFromLeft(int row, int column) {
        TableCell owner = owners[row][column];
        return owner != null && owner.column() < column;
    }

    /** The non-empty texts of a row, left to right. */
    List<String> rowTexts(int row) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int c = 0; c < columns; c++) {
            if (!text(row, c).isEmpty()) {
                out.add(text(row, c));
            }
        }
        return out;
    }
}
