package org.juesuan.extract.tables.grid;

import java.util.List;

/**
 * How the column edges of a continued piece fall onto the edges of the table it continues: a piece
 * printing only merged cells (a 合计 row spanning the code columns) has fewer edges, each at the
 * place of one of the table's. Null when an edge falls nowhere or the outer edges differ.
 */
final class ColumnMap {
    /** Edges of two pieces of one table lie this close (points). */
    static final double SAME_EDGE = 3.0;

    private ColumnMap() {
    }

    /** For each edge of {@code piece}, the index of the same edge in {@code table}; null if none. */
    static int[] onto(List<Double> table, List<Double> piece) {
        int[] map = new int[piece.size()];
        int next = 0;
        for (int i = 0; i < piece.size(); i++) {
            int found = -1;
            for (int j = next; j < table.size() && found < 0; j++) {
                if (Math.abs(table.get(j) - piece.get(i)) <= SAME_EDGE) {
                    found = j;
                }
            }
            if (found < 0) {
                return null;
            }
            map[i] = found;
            next = found + 1;
        }
        return map[0] == 0 && map[map.length - 1] == table.size() - 1 ? map : null;
    }
}
