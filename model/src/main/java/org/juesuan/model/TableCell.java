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
 * @param page       the page the cell is printed on (a table may run over pages)
 * @param box        its place on a PDF page, or null (Word, text)
 */
public record TableCell(int row, int column, int rowSpan, int columnSpan, String text, int start, int end,
                        int page, CellBox box) {
    public TableCell {
        if (row < 0 || column < 0 || rowSpan < 1 || columnSpan < 1) {
            throw new IllegalArgumentException("bad cell position or span at " + row + "," + column);
        }
        Checks.present(text, "text");
        Checks.span(start, end, "cell " + row + "," + column);
        Checks.page(page, "cell " + row + "," + column);
    }

    /** A cell without geometry (Word, text) on the given page. */
    public TableCell(int row, int column, int rowSpan, int columnSpan, String text, int start, int end, int page) {
        this(row, column, rowSpan, columnSpan, text, start, end, page, null);
    }
}
