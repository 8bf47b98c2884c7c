package org.juesuan.extract.tables.grid;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.parse.RawCell;
import org.juesuan.extract.parse.RawTable;

/**
 * One table from its pieces on consecutive pages: the rows of each later piece follow the rows
 * before, without the header rows it repeats (its first rows equal to the first piece's first rows).
 */
final class ChainedTable {
    private ChainedTable() {
    }

    static RawTable of(List<PageTable> pieces) {
        PageTable first = pieces.get(0);
        List<RawCell> cells = new ArrayList<>(first.cells());
        int rows = first.rows();
        for (PageTable piece : pieces.subList(1, pieces.size())) {
            int[] columns = ColumnMap.onto(first.columnEdges(), piece.columnEdges());
            int repeated = repeatedHeaderRows(first, piece);
            for (RawCell cell : piece.cells()) {
                if (cell.row() >= repeated) {
                    int column = columns[cell.column()];
                    int span = columns[cell.column() + cell.columnSpan()] - column;
                    cells.add(new RawCell(cell.row() - repeated + rows, column, cell.rowSpan(), span,
                            cell.text(), cell.page(), cell.box()));
                }
            }
            rows += piece.rows() - repeated;
        }
        return new RawTable(rows, first.columns(), cells);
    }

    private static int repeatedHeaderRows(PageTable first, PageTable piece) {
        int repeated = 0;
        while (repeated < first.rows() && repeated < piece.rows() - 1
                && rowTexts(first, repeated).equals(rowTexts(piece, repeated))
                && !rowTexts(piece, repeated).stream().allMatch(String::isEmpty)) {
            repeated++;
        }
        // a header cell spanning rows must not be cut in two
        for (RawCell cell : piece.cells()) {
            if (cell.row() < repeated && cell.row() + cell.rowSpan() > repeated) {
                return 0;
            }
        }
        return repeated;
    }

    private static List<String> rowTexts(PageTable table, int row) {
        List<String> texts = new ArrayList<>();
        for (RawCell cell : table.cells()) {
            if (cell.row() == row) {
                texts.add(cell.column() + ":" + cell.columnSpan() + ":" + cell.rowSpan() + ":" + cell.text().replaceAll("\\s", ""));
            }
        }
        return texts;
    }
}
