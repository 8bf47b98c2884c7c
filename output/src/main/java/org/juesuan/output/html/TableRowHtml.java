package org.juesuan.output.html;

import java.util.List;

/**
 * Rows of a table card as the report prints them: a 第N页 separator row where the table runs onto
 * a new page, then the row with its cells, their spans, marks and links back to the findings citing
 * them, one row a line. Rendered here rather than by the template, where the cells were most of the
 * page's lookups; the output is the same.
 */
final class TableRowHtml {
    private TableRowHtml() {
    }

    /** @param columns the grid's columns, which a separator row spans */
    static String of(List<TableCard.Row> rows, int columns) {
        StringBuilder html = new StringBuilder();
        for (TableCard.Row row : rows) {
            if (row.pageBreak() != null) {
                html.append("<tr class=\"page-break\"><td colspan=\"").append(columns).append("\">第")
                        .append(row.pageBreak()).append("页</td></tr>\n");
            }
            html.append("<tr");
            attribute(html, "class", row.css());
            attribute(html, "title", row.title());
            html.append('>');
            for (TableCard.CellView cell : row.cells()) {
                cell(html, cell);
            }
            html.append("</tr>\n");
        }
        return html.toString();
    }

    private static void cell(StringBuilder html, TableCard.CellView cell) {
        html.append('<');
        HtmlEscape.append(html, cell.tag());
        attribute(html, "id", cell.anchor());
        if (cell.rowSpan() != null) {
            html.append(" rowspan=\"").append(cell.rowSpan()).append('"');
        }
        if (cell.colSpan() != null) {
            html.append(" colspan=\"").append(cell.colSpan()).append('"');
        }
        attribute(html, "class", cell.css());
        attribute(html, "title", cell.title());
        html.append('>');
        HtmlEscape.append(html, cell.text());
        SegmentsHtml.backLinks(html, cell.refs());
        html.append("</");
        HtmlEscape.append(html, cell.tag());
        html.append('>');
    }

    /** {@code  name="value"}, or nothing when the value is absent. */
    private static void attribute(StringBuilder html, String name, String value) {
        if (HtmlEscape.present(value)) {
            html.append(' ').append(name).append("=\"");
            HtmlEscape.append(html, value);
            html.append('"');
        }
    }
}
