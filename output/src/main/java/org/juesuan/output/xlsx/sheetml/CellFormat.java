package org.juesuan.output.xlsx.sheetml;

/**
 * What a cell looks like, as far as our reports style cells: a bold font, thin borders all round,
 * horizontal alignment, vertical centring, wrapped text, a number format and a solid fill.
 *
 * @param horizontal   {@code null} (general), {@code "center"} or {@code "right"}
 * @param numberFormat an Excel format code (0.00, #,##0.00, 0.0%), or null for General
 * @param fill         a solid fill in Excel's indexed palette (45 rose, 43 light yellow, 44 pale blue,
 *                     22 grey 25 %), or null for none
 */
public record CellFormat(boolean bold, boolean bordered, String horizontal, boolean verticalCenter, boolean wrap,
                         String numberFormat, Integer fill) {
    public static final CellFormat PLAIN = new CellFormat(false, false, null, false, false, null, null);
    public static final CellFormat BOLD = new CellFormat(true, false, null, false, false, null, null);
}
