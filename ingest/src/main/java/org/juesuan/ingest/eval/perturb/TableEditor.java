package org.juesuan.ingest.eval.perturb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.juesuan.ingest.eval.table.CellValues;
import org.juesuan.model.Block;
import org.juesuan.model.BlockKind;
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

    /** Blocks around a table that may print its caption and unit line, before and after it. */
    private static final int CAPTION_BLOCKS_BEFORE = 4;
    private static final int CAPTION_BLOCKS_AFTER = 2;
    private static final int LONGEST_CAPTION_BLOCK = 80;
    private static final Pattern UNIT_LINE = Pattern.compile("^[（(]?(?:金额)?单位[：:](?:亿元|万元|千元|元)[）)]?$");

    /**
     * The disclosure without one table, as a real omission leaves it: the table, its block, and the
     * caption and unit lines printed with it are gone (the contents list still names it).
     */
    static Disclosure withoutTable(Disclosure d, Table table) {
        List<Block> blocks = d.blocks();
        Set<String> gone = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (table.id().equals(blocks.get(i).tableId())) {
                gone.add(blocks.get(i).id());
                gone.addAll(captionBlocks(blocks, i, table.caption()));
            }
        }
        List<Block> rest = blocks.stream().filter(b -> !gone.contains(b.id())).toList();
        List<Table> tables = d.tables().stream().filter(t -> !t.id().equals(table.id())).toList();
        return new Disclosure(d.schemaVersion(), d.document(), d.text(), rest, d.sections(), tables, d.figures(),
                d.statements(), List.of(), d.warnings());
    }

    private static List<String> captionBlocks(List<Block> blocks, int tableIndex, String caption) {
        String wanted = squeeze(caption);
        List<String> ids = new ArrayList<>();
        for (int step : new int[] {-1, 1}) {
            int reach = step < 0 ? CAPTION_BLOCKS_BEFORE : CAPTION_BLOCKS_AFTER;
            for (int i = tableIndex + step; i >= 0 && i < blocks.size() && Math.abs(i - tableIndex) <= reach; i += step) {
                Block block = blocks.get(i);
                if (block.kind() == BlockKind.TABLE || block.kind() == BlockKind.TOC) {
                    break;
                }
                String text = squeeze(block.text());
                boolean names = !wanted.isEmpty() && text.length() <= LONGEST_CAPTION_BLOCK && text.contains(wanted);
                if (names || step < 0 && UNIT_LINE.matcher(text).matches()) {
                    ids.add(block.id());
                }
            }
        }
        return ids;
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "").replace('：', ':').replace(':', '：');
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
