package org.juesuan.extract.tables.grid;

import java.util.Objects;

/**
 * Glyphs printed side by side on one line with no gap wider than a space: a word, a number, or a
 * cell's text. Coordinates in PDF points from the displayed page's top-left corner.
 */
public record TextRun(String text, double left, double top, double right, double bottom) {
    public TextRun {
        Objects.requireNonNull(text, "text");
        if (!(right >= left) || !(bottom >= top)) {
            throw new IllegalArgumentException("bad run box " + left + "," + top + "," + right + "," + bottom);
        }
    }

    public double centreX() {
        return (left + right) / 2;
    }

    public double centreY() {
        return (top + bottom) / 2;
    }

    public double height() {
        return bottom - top;
    }
}
