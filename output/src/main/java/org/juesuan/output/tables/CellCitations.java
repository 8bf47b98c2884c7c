package org.juesuan.output.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.juesuan.model.CellRef;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.juesuan.model.Table;
import org.juesuan.model.TableCell;

/**
 * Which findings cite which table cells. A finding may cite a position a merged cell only covers;
 * it is counted against the merged cell, which is what the reader sees. A citation of a table or a
 * position the document does not have is dropped (and not shown as a link that goes nowhere).
 */
public final class CellCitations {
    private final Map<String, TableGrid> grids = new LinkedHashMap<>();
    private final Map<TableCell, List<Finding>> byCell = new IdentityHashMap<>();
    private final Map<String, List<Finding>> byTable = new HashMap<>();

    /** A citation as the finding gives it, resolved to the cell that covers that position, with its table. */
    public record Cited(CellRef ref, Table table, TableCell cell) {
    }

    public CellCitations(Disclosure disclosure) {
        for (Table table : disclosure.tables()) {
            grids.putIfAbsent(table.id(), new TableGrid(table));
        }
        for (Finding finding : disclosure.findings()) {
            for (Cited cited : resolve(finding)) {
                List<Finding> list = byCell.computeIfAbsent(cited.cell(), c -> new ArrayList<>());
                if (!list.contains(finding)) {
                    list.add(finding);
                }
                List<Finding> ofTable = byTable.computeIfAbsent(cited.table().id(), t -> new ArrayList<>());
                if (!ofTable.contains(finding)) {
                    ofTable.add(finding);
                }
            }
        }
    }

    public TableGrid grid(String tableId) {
        return grids.get(tableId);
    }

    /** The cells a finding cites, each once, in its order; citations that resolve to nothing are left out. */
    public List<Cited> resolve(Finding finding) {
        List<Cited> resolved = new ArrayList<>();
        for (CellRef ref : finding.cells()) {
            TableGrid grid = grids.get(ref.tableId());
            TableCell cell = grid == null ? null : grid.covering(ref.row(), ref.column());
            if (cell != null && resolved.stream().noneMatch(c -> c.cell() == cell)) {
                resolved.add(new Cited(ref, grid.table(), cell));
            }
        }
        return resolved;
    }

    /** The findings citing a cell, in the order of the document's findings. */
    public List<Finding> of(TableCell cell) {
        return byCell.getOrDefault(cell, List.of());
    }

    /** The findings citing any cell of a table. */
    public List<Finding> ofTable(String tableId) {
        return byTable.getOrDefault(tableId, List.of());
    }

    /** The gravest severity among the findings citing a cell, or null when none does. */
    public Severity gravest(TableCell cell) {
        return of(cell).stream().map(Finding::severity).min(Enum::compareTo).orElse(null);
    }
}
