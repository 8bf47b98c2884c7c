package org.juesuan.extract.figures;

import java.util.List;

/** Claims the figures in a piece of text (one block or one table cell). */
public interface FigureFinder {
    /** The figures in {@code text}, in text order, never overlapping. */
    List<FoundFigure> find(String text);
}
