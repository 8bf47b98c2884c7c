package org.juesuan.model;

/**
 * One cell of a table. A merged cell appears once, at its top-left position, with its spans;
 * the positions it covers hold no other cell.
 *
 * @param row        0-based row of the cell's top-left corner
 * @param column     0-based column of the cell's top-left corner
 * @param rowSpan    rows covered (1 unless vertically merged)
 * @param columnSpan columns covered (1 unless horizontally merged)
 * @param text       the cell's text
 * @param start      offset of the cell text in the document text
 * @param end        offset just past it
 */
public record TableCell(int row, int column, int rowSpan, int columnSpan, String text, int start, int end) {
    public TableCell {
        if (row < 0 || column < 0 || rowSpan < 1 || columnSpan < 1) {
            throw new IllegalArgumentException("bad cell position or span at " + row + "," + column);
        }
        Checks.present(text, "text");
        Checks.span(start, end, "cell " + row + "," + column);
    }
}
