package org.juesuan.extract.layout;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.parse.RawBlock;
import org.juesuan.extract.parse.RawCell;
import org.juesuan.model.BlockKind;

/**
 * The one text every offset in the model points into: the blocks in reading order, each followed by
 * a newline; a table row by row, its cells separated by tabs.
 *
 * @param text   the whole text
 * @param blocks the blocks with their places in it
 */
public record DocumentText(String text, List<PlacedBlock> blocks) {
    public DocumentText {
        blocks = List.copyOf(blocks);
    }

    public static DocumentText layOut(List<RawBlock> rawBlocks) {
        StringBuilder text = new StringBuilder();
        List<PlacedBlock> placed = new ArrayList<>(rawBlocks.size());
        for (RawBlock raw : rawBlocks) {
            int start = text.length();
            List<PlacedCell> cells = raw.kind() == BlockKind.TABLE ? appendTable(raw, text) : appendText(raw, text);
            placed.add(new PlacedBlock(placed.size(), raw, text.substring(start), start, text.length(), cells));
            text.append('\n');
        }
        return new DocumentText(text.toString(), placed);
    }

    private static List<PlacedCell> appendText(RawBlock raw, StringBuilder text) {
        text.append(raw.text().replace('\n', ' '));
        return List.of();
    }

    private static List<PlacedCell> appendTable(RawBlock raw, StringBuilder text) {
        List<PlacedCell> cells = new ArrayList<>();
        int row = -1;
        boolean firstInRow = true;
        for (RawCell cell : raw.table().cells()) {
            while (row < cell.row()) {
                if (row >= 0) {
                    text.append('\n');
                }
                row++;
                firstInRow = true;
            }
            if (!firstInRow) {
                text.append('\t');
            }
            firstInRow = false;
            int start = text.length();
            text.append(cell.text().replace('\n', ' ').replace('\t', ' '));
            cells.add(new PlacedCell(cell, start, text.length()));
        }
        return cells;
    }
}
