package org.juesuan.extract.layout;

import java.util.List;
import org.juesuan.extract.parse.RawBlock;

/**
 * A parsed block placed in the document text.
 *
 * @param index position in reading order, from 0
 * @param raw   the block as parsed
 * @param text  its text as placed (for tables, the rows linearised: cells by tabs, rows by newlines)
 * @param start offset of its first character in the document text
 * @param end   offset just past its last character
 * @param cells for tables, each cell with its offsets; empty otherwise
 */
public record PlacedBlock(int index, RawBlock raw, String text, int start, int end, List<PlacedCell> cells) {
    public PlacedBlock {
        cells = List.copyOf(cells);
    }

    public int page() {
        return raw.page();
    }
}
