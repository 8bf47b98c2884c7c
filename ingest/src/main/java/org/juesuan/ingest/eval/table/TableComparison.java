package org.juesuan.ingest.eval.table;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.juesuan.model.Table;
import org.juesuan.model.TableKind;

/**
 * Compares a read table with its gold, cell by cell at the same position once both grids are
 * normalised ({@link CellGrid}), and finds which read table answers a gold table: one of the same
 * kind first (nearest in pages), else one on the same pages whatever its kind, so a table read
 * with the wrong kind still counts its cells and shows as a kind disagreement.
 */
public final class TableComparison {
    private TableComparison() {
    }

    /** The read table that answers the gold, among those not yet taken. */
    public static Optional<Table> match(GoldTable gold, List<Table> read, Collection<String> taken) {
        List<Table> free = read.stream().filter(t -> !taken.contains(t.id())).toList();
        Comparator<Table> nearest = Comparator.comparingInt((Table t) -> -overlap(gold, t))
                .thenComparingInt(t -> Math.abs(t.page() - gold.firstPage()));
        if (gold.kind() != TableKind.OTHER) {
            Optional<Table> sameKind = free.stream().filter(t -> t.kind() == gold.kind()).min(nearest);
            if (sameKind.isPresent()) {
                return sameKind;
            }
        }
        return free.stream().filter(t -> overlap(gold, t) > 0).min(nearest);
    }

    /** Pages the two share. */
    private static int overlap(GoldTable gold, Table table) {
        return Math.max(0, Math.min(gold.lastPage(), table.lastPage()) - Math.max(gold.firstPage(), table.page()) + 1);
    }

    /** The score of one gold table against the read table matched to it, or none. */
    public static TableScore score(GoldTable gold, Optional<Table> read, boolean pageSlice) {
        CellGrid expected = CellGrid.of(gold.grid());
        if (read.isEmpty()) {
            return new TableScore(1, 0, expected.filled(), 0, 0, 0, 0, 0);
        }
        Table table = read.get();
        CellGrid actual = pageSlice ? CellGrid.ofPage(table, gold.firstPage()) : CellGrid.of(table);
        int[] cells = compare(expected, actual);
        return new TableScore(1, 1, cells[0], cells[1], cells[2], table.kind() == gold.kind() ? 1 : 0,
                table.unit().equals(gold.unit()) ? 1 : 0,
                CellGrid.normalise(table.caption()).equals(CellGrid.normalise(gold.caption())) ? 1 : 0);
    }

    /** Gold cells with text, of those the ones matched, and false cells, as {gold, matched, false}. */
    public static int[] compare(CellGrid expected, CellGrid actual) {
        int gold = 0;
        int matched = 0;
        int falseCells = 0;
        int height = Math.max(expected.height(), actual.height());
        for (int row = 0; row < height; row++) {
            int width = Math.max(width(expected, row), width(actual, row));
            for (int column = 0; column < width; column++) {
                String want = expected.at(row, column);
                String got = actual.at(row, column);
                if (!want.isEmpty()) {
                    gold++;
                    matched += want.equals(got) ? 1 : 0;
                } else if (!got.isEmpty()) {
                    falseCells++;
                }
            }
        }
        return new int[] {gold, matched, falseCells};
    }

    private static int width(CellGrid grid, int row) {
        return row < grid.height() ? grid.rows().get(row).size() : 0;
    }
}
