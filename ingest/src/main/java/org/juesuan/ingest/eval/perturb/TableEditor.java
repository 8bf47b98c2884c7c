package org.juesuan.ingest.eval.perturb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.juesuan.ingest.eval.table.CellValues;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Table;
import org.juesuan.model.TableCell;
import org.juesuan.model.TableLine;
import org.juesuan.model.TableValue;

/** Rewrites a table's cells, keeping its cells and its lines saying the same thing. */
final class TableEditor {
    private TableEditor() {
    }

    /** The table with new texts at some positions (row, column → text), in its cells and its lines' values. */
    static Table withTexts(Table table, Map<List<Integer>, String> texts) {
        List<TableCell> cells = new ArrayList<>();
        for (TableCell cell : table.cells()) {
            String text = texts.get(List.of(cell.row(), cell.column()));
            cells.add(text == null ? cell : new TableCell(cell.row(), cell.column(), cell.rowSpan(), cell.columnSpan(), text,
                    cell.start(), cell.end(), cell.page(), cell.box()));
        }
        List<TableLine> lines = new ArrayList<>();
        for (TableLine line : table.lines()) {
            List<TableValue> values = new ArrayList<>();
            for (TableValue value : line.values()) {
                String text = texts.get(List.of(line.row(), value.column()));
                values.add(text == null ? value : CellValues.value(value.column(), value.header(), text));
            }
            lines.add(new TableLine(line.row(), line.panel(), line.code(), line.name(), values));
        }
        return new Table(table.id(), table.page(), table.lastPage(), table.sectionId(), table.blockId(), table.caption(),
                table.kind(), table.unit(), table.headerRows(), table.columnHeaders(), table.rows(), table.columns(), cells,
                lines, table.confident(), table.notes());
    }

    /** The disclosure with its tables replaced. */
    static Disclosure withTables(Disclosure d, List<Table> tables) {
        return new Disclosure(d.schemaVersion(), d.document(), d.text(), d.blocks(), d.sections(), tables, d.figures(),
                d.statements(), List.of(), d.warnings());
    }

    /** The disclosure with one table changed. */
    static Disclosure replacing(Disclosure d, Table changed) {
        List<Table> tables = d.tables().stream().map(t -> t.id().equals(changed.id()) ? changed : t).toList();
        return withTables(d, tables);
    }
}
