package org.juesuan.output.xlsx.sheetml;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * One worksheet written as it goes: rows in increasing order, cells in increasing column order
 * within a row, each straight into the package's zip entry. Merges, links, the filter and comments
 * are gathered and written after the rows, where SpreadsheetML puts them. Text cells are inline
 * strings, so nothing of a sheet is kept but those few lists.
 */
public final class SheetWriter {
    private record Merge(int firstRow, int firstColumn, int lastRow, int lastColumn) {
    }

    /** A link to a place in this workbook ('sheet'!A1), or to a file beside it through a relationship. */
    private record Link(int row, int column, String target, boolean external) {
    }

    private final Writer xml;
    private final String name;
    private final int number;
    private final List<Merge> merges = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final SheetComments comments;
    private String filter;
    private int currentRow = -1;
    private boolean closed;

    SheetWriter(Writer xml, String name, int number, SheetLayout layout, String commentAuthor) throws IOException {
        this.xml = xml;
        this.name = name;
        this.number = number;
        this.comments = new SheetComments(commentAuthor);
        start(layout);
    }

    public String name() {
        return name;
    }

    int number() {
        return number;
    }

    /** Starts row {@code row} (0-based); rows must come in increasing order, gaps allowed. */
    public void row(int row) throws IOException {
        if (row <= currentRow) {
            throw new IllegalStateException("row " + row + " after row " + currentRow + " in sheet " + name);
        }
        endRow();
        xml.write("<row r=\"" + (row + 1) + "\">");
        currentRow = row;
    }

    public void text(int column, String text, int style) throws IOException {
        String escaped = Xml.escape(text);
        xml.write("<c r=\"" + ref(column) + "\"" + style(style) + " t=\"inlineStr\"><is><t");
        xml.write(preserve(text) ? " xml:space=\"preserve\">" : ">");
        xml.write(escaped);
        xml.write("</t></is></c>");
    }

    public void number(int column, double value, int style) throws IOException {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number in " + name + "!" + ref(column) + ": " + value);
        }
        xml.write("<c r=\"" + ref(column) + "\"" + style(style) + "><v>" + value + "</v></c>");
    }

    /** A cell with a style and no value (a border, a fill). */
    public void blank(int column, int style) throws IOException {
        xml.write("<c r=\"" + ref(column) + "\"" + style(style) + "/>");
    }

    public void merge(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        merges.add(new Merge(firstRow, firstColumn, lastRow, lastColumn));
    }

    /** A link from the cell to a place in this workbook, as {@code 'sheet name'!B6}. */
    public void linkInside(int row, int column, String location) {
        links.add(new Link(row, column, location, false));
    }

    /** A link from the cell to a file, its address relative to the workbook and URL-encoded. */
    public void linkToFile(int row, int column, String address) {
        links.add(new Link(row, column, address, true));
    }

    public void comment(int row, int column, String text) {
        comments.add(row, column, text);
    }

    /** An autofilter over the header row and the rows below it, to {@code lastRow}. */
    public void autoFilter(int lastRow, int lastColumn) {
        filter = "A1:" + CellAddress.of(lastRow, lastColumn);
    }

    String filterRange() {
        return filter;
    }

    boolean hasComments() {
        return !comments.isEmpty();
    }

    SheetComments comments() {
        return comments;
    }

    /** The relationship targets of external links, in the order of their ids rId1, rId2… */
    List<String> externalTargets() {
        return links.stream().filter(Link::external).map(Link::target).toList();
    }

    /** Ends the sheet's XML; the relationships and comments follow as parts of their own. */
    void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        endRow();
        xml.write("</sheetData>");
        if (filter != null) {
            xml.write("<autoFilter ref=\"" + filter + "\"/>");
        }
        if (!merges.isEmpty()) {
            xml.write("<mergeCells count=\"" + merges.size() + "\">");
            for (Merge m : merges) {
                xml.write("<mergeCell ref=\"" + CellAddress.of(m.firstRow(), m.firstColumn()) + ":"
                        + CellAddress.of(m.lastRow(), m.lastColumn()) + "\"/>");
            }
            xml.write("</mergeCells>");
        }
        writeLinks();
        xml.write("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
        if (hasComments()) {
            xml.write("<legacyDrawing r:id=\"" + commentsDrawingRelation() + "\"/>");
        }
        xml.write("</worksheet>");
    }

    /** The relationship id of the comments' drawing: after the external links and the comments part. */
    String commentsDrawingRelation() {
        return "rId" + (externalTargets().size() + 2);
    }

    private void writeLinks() throws IOException {
        if (links.isEmpty()) {
            return;
        }
        xml.write("<hyperlinks>");
        int relation = 1;
        for (Link link : links) {
            String ref = CellAddress.of(link.row(), link.column());
            if (link.external()) {
                xml.write("<hyperlink ref=\"" + ref + "\" r:id=\"rId" + relation++ + "\"/>");
            } else {
                xml.write("<hyperlink ref=\"" + ref + "\" location=\"" + Xml.escape(link.target()) + "\"/>");
            }
        }
        xml.write("</hyperlinks>");
    }

    private void start(SheetLayout layout) throws IOException {
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + XlsxPackage.MAIN_NS
                + "\" xmlns:r=\"" + XlsxPackage.RELATIONSHIPS_NS + "\"><sheetViews><sheetView workbookViewId=\"0\""
                + (number == 1 ? " tabSelected=\"1\"" : "") + ">");
        if (layout.frozenRows() > 0) {
            xml.write("<pane ySplit=\"" + layout.frozenRows() + "\" topLeftCell=\"" + CellAddress.of(layout.frozenRows(), 0)
                    + "\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>");
        }
        xml.write("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
        if (layout.widths().length > 0) {
            xml.write("<cols>");
            for (int c = 0; c < layout.widths().length; c++) {
                xml.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + layout.widths()[c]
                        + "\" customWidth=\"1\"/>");
            }
            xml.write("</cols>");
        }
        xml.write("<sheetData>");
    }

    private void endRow() throws IOException {
        if (currentRow >= 0) {
            xml.write("</row>");
        }
    }

    private String ref(int column) {
        if (currentRow < 0) {
            throw new IllegalStateException("a cell before the first row in sheet " + name);
        }
        return CellAddress.of(currentRow, column);
    }

    private static String style(int style) {
        return style == 0 ? "" : " s=\"" + style + "\"";
    }

    /** Leading or trailing white space, or a line end, that XML would otherwise let a reader fold. */
    private static boolean preserve(String text) {
        return !text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))
                || text.indexOf('\n') >= 0);
    }
}
