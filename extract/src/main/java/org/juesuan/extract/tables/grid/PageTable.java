package org.juesuan.extract.tables.grid;

import java.util.List;
import java.util.Set;
import org.juesuan.extract.parse.RawCell;

/**
 * A table as found on one page: its grid (cells in row order, each with its page and box), the
 * x positions of its column edges, and which of the page's lines it holds (they leave the text flow).
 *
 * @param columnEdges the x of each column edge, left to right ({@code columns + 1} values)
 * @param lineIndexes indexes into the page's {@link PageLayout#lines()} of the lines inside the table
 */
record PageTable(int page, double top, double bottom, int rows, int columns, List<RawCell> cells,
                 List<Double> columnEdges, Set<Integer> lineIndexes) {
    PageTable {
        cells = List.copyOf(cells);
        columnEdges = List.copyOf(columnEdges);
        lineIndexes = Set.copyOf(lineIndexes);
        if (rows < 1 || columns < 1 || columnEdges.size() != columns + 1) {
            throw new IllegalArgumentException("bad table " + rows + "x" + columns + " edges " + columnEdges.size());
        }
    }

    /**
     * The hash of its place and size only, consistent with the record's equality (which still compares
     * every cell): the layout keys a map by the tables, and the record's own hash walked every cell's
     * text and box at each lookup.
     */
    @Override
    public int hashCode() {
        int hash = Integer.hashCode(page);
        hash = 31 * hash + Double.hashCode(top);
        hash = 31 * hash + Double.hashCode(bottom);
        hash = 31 * hash + rows;
        return 31 * hash + columns;
    }

    /** The first line of the page's text that the table holds, or -1. */
    int firstLine() {
        return lineIndexes.stream().mapToInt(Integer::intValue).min().orElse(-1);
    }
}
