package org.juesuan.extract.parse;

import java.util.Objects;

/** A table cell as a parser found it: top-left grid position, spans and text. */
public record RawCell(int row, int column, int rowSpan, int columnSpan, String text) {
    public RawCell {
        if (row < 0 || column < 0 || rowSpan < 1 || columnSpan < 1) {
            throw new IllegalArgumentException("bad cell " + row + "," + column + " span " + rowSpan + "x" + columnSpan);
        }
        Objects.requireNonNull(text, "text");
    }
}
