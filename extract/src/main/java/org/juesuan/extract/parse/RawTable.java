package org.juesuan.extract.parse;

import java.util.List;

/** A table as a parser found it: the grid size and its cells in row order. */
public record RawTable(int rows, int columns, List<RawCell> cells) {
    public RawTable {
        cells = List.copyOf(cells);
    }
}
