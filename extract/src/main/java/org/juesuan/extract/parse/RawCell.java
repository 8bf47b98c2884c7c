package org.juesuan.extract.parse;

import java.util.Objects;
import org.juesuan.model.CellBox;

/**
 * A table cell as a parser found it: top-left grid position, spans and text, and where it is printed.
 *
 * @param page the page it is printed on, or 0 when the parser does not know (the table's page then)
 * @param box  its place on a PDF page, or null
 */
public record RawCell(int row, int column, int rowSpan, int columnSpan, String text, int page, CellBox box) {
    public RawCell {
        if (row < 0 || column < 0 || rowSpan < 1 || columnSpan < 1) {
            throw new IllegalArgumentException("bad cell " + row + "," + column + " span " + rowSpan + "x" + columnSpan);
        }
        Objects.requireNonNull(text, "text");
        if (page < 0) {
            throw new IllegalArgumentException("bad page " + page);
        }
    }

    /** A cell whose page is the table's and which has no geometry (Word, text). */
    public RawCell(int row, int column, int rowSpan, int columnSpan, String text) {
        this(row, column, rowSpan, columnSpan, text, 0, null);
    }
}
