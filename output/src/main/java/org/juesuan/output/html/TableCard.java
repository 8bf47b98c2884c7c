package org.juesuan.output.html;

import java.util.List;

/**
 * One table as the report's tables view prints it.
 *
 * @param id         the table's id (t3)
 * @param anchor     its element id (table-t3)
 * @param title      its caption as printed, else the name of its kind
 * @param kindLabel  表5 一般公共预算财政拨款支出决算表, or 其他表格
 * @param nine       whether it is one of the nine
 * @param unit       its money unit, or null when none was read
 * @param pages      第3页 or 第3–4页
 * @param confident  whether its reader trusts the rebuilding
 * @param notes      the reader's notes about it
 * @param findings   how many findings cite its cells, or null for none (Mustache treats 0 as present)
 * @param columns    grid columns, for rows that span the whole table
 * @param headHtml   header rows as printed (see {@link TableRowHtml}), or empty when a header cell runs
 *                   into the body
 * @param bodyHtml   the other rows as printed
 */
public record TableCard(String id, String anchor, String title, String kindLabel, boolean nine, String unit, String pages,
                        boolean confident, List<String> notes, Integer findings, int columns, String headHtml,
                        String bodyHtml) {

    /**
     * A grid row, as {@link TableRowHtml} prints it.
     *
     * @param pageBreak the page, when this row starts a new page of the table and a separator row fits
     *                  (no merged cell runs across it), else null
     * @param css       classes: newpage when the page changes under a merged cell
     * @param title     第N页 where the row starts a page, else null
     * @param cells     its cells, merged positions left out
     */
    public record Row(Integer pageBreak, String css, String title, List<CellView> cells) {
    }

    /**
     * One cell.
     *
     * @param tag      th for header rows, td otherwise
     * @param anchor   element id: cell-t3-r6-c2 (row and column from 1)
     * @param rowSpan  rows covered, or null for one
     * @param colSpan  columns covered, or null for one
     * @param css      num (right-aligned), cited and cited-error / -warning / -info, or null
     * @param title    tooltip: the findings citing it, or null
     * @param text     as printed; the template escapes it
     * @param refs     the findings citing it: each a link back to the finding
     */
    public record CellView(String tag, String anchor, Integer rowSpan, Integer colSpan, String css, String title,
                           String text, List<String> refs) {
    }
}
