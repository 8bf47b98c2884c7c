package org.juesuan.output.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.juesuan.model.Severity;
import org.juesuan.output.xlsx.sheetml.CellFormat;
import org.juesuan.output.xlsx.sheetml.StyleSheet;

/**
 * The cell styles of one workbook's table sheets, registered once each: header or body, the number
 * format, and the fill of the gravest finding citing the cell.
 */
final class TableStyles {
    /** Excel's indexed palette: rose, light yellow, pale blue (as in the HTML report) and grey 25 %. */
    static final int ROSE = 45;
    static final int LIGHT_YELLOW = 43;
    static final int PALE_BLUE = 44;
    static final int GREY_25_PERCENT = 22;

    private final StyleSheet sheet;
    private final Map<Key, Integer> styles = new HashMap<>();

    /**
     * @param header  a header cell: bold, grey, centred, wrapped
     * @param format  the number format (0.00, #,##0.00, 0.0%), or null for text
     * @param cited   the gravest severity citing the cell, or null
     */
    record Key(boolean header, String format, Severity cited) {
    }

    TableStyles(StyleSheet sheet) {
        this.sheet = sheet;
    }

    int of(Key key) {
        return styles.computeIfAbsent(key, this::create);
    }

    /** The fill a finding of this severity gives its cells: red, amber, blue, as in the HTML report. */
    static int fill(Severity severity) {
        return switch (severity) {
            case ERROR -> ROSE;
            case WARNING -> LIGHT_YELLOW;
            case INFO -> PALE_BLUE;
        };
    }

    private int create(Key key) {
        String horizontal = key.format() != null ? "right" : key.header() ? "center" : null;
        Integer fill = key.cited() != null ? Integer.valueOf(fill(key.cited())) : key.header() ? Integer.valueOf(GREY_25_PERCENT) : null;
        return sheet.of(new CellFormat(key.header(), true, horizontal, true, key.format() == null, key.format(), fill));
    }
}
