package org.juesuan.output.run;

import java.util.List;
import java.util.stream.Collectors;
import org.juesuan.model.CellRef;

/**
 * How every report names a table cell a finding cites: {@code t3 R6C2}, the table's id, then row and
 * column counted from 1 as a spreadsheet counts them, so that in the document's workbook the cell is
 * row 6, column B of the table's sheet.
 */
public final class CellLabel {
    private CellLabel() {
    }

    public static String of(CellRef cell) {
        return of(cell.tableId(), cell.row(), cell.column());
    }

    /** The label of the cell whose top-left corner is at the 0-based {@code row}, {@code column}. */
    public static String of(String tableId, int row, int column) {
        return tableId + " R" + (row + 1) + "C" + (column + 1);
    }

    /** The cells of a finding, in the order it cites them: {@code t3 R6C2, t5 R2C2}; empty when none. */
    public static String list(List<CellRef> cells) {
        return cells.stream().map(CellLabel::of).distinct().collect(Collectors.joining(", "));
    }
}
