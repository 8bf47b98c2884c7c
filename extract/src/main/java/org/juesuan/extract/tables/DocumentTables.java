package org.juesuan.extract.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.juesuan.model.Block;
import org.juesuan.model.BlockKind;
import org.juesuan.model.Table;

/**
 * Reads every table of a document, giving each the lines printed before it: the blocks since the
 * previous table (a caption, a unit line, the heading the section tree made of a caption), nearest last.
 */
public final class DocumentTables {
    /** How many blocks before a table may hold its caption and unit. */
    private static final int BLOCKS_BEFORE = 4;

    private final TableReader reader = new TableReader();

    /** @param blocks the document's blocks in reading order; tables are found through their blockId */
    public List<Table> read(List<Block> blocks, List<Table> laidOut) {
        Map<String, Integer> indexById = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            indexById.put(blocks.get(i).id(), i);
        }
        List<Table> read = new ArrayList<>(laidOut.size());
        for (Table table : laidOut) {
            Integer index = indexById.get(table.blockId());
            read.add(reader.read(table, index == null ? List.of() : linesBefore(blocks, index)));
        }
        return read;
    }

    private static List<String> linesBefore(List<Block> blocks, int index) {
        List<String> lines = new ArrayList<>();
        for (int i = Math.max(0, index - BLOCKS_BEFORE); i < index; i++) {
            Block block = blocks.get(i);
            if (block.kind() == BlockKind.TABLE) {
                lines.clear();
                continue;
            }
            lines.addAll(List.of(block.text().split("\n")));
        }
        return lines;
    }
}
