package org.juesuan.ingest.eval.table;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.juesuan.model.CellValueKind;
import org.juesuan.model.TableValue;

/** Reads a gold cell's text as a table value: a number (2,940.05 · 0.00 · -3.2 · 12%), a blank, a dash, a slash or words. */
public final class CellValues {
    /** A printed number: 2,940.05 · 9746.50 · 0 · -3.20 · 156,211,123 · 12.5% (digits grouped by commas or not). */
    private static final Pattern NUMBER = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?%?");
    /** A dash that says "not applicable": - — – －. */
    private static final Pattern DASH = Pattern.compile("[-—–－]+");
    /** A slash: / ／. */
    private static final Pattern SLASH = Pattern.compile("[/／]");
    /** A classification code cell: 201, 06, 2080501, and the misprinted 7 or 2 of a real table. */
    private static final Pattern CODE = Pattern.compile("\\d{1,7}");

    private CellValues() {
    }

    public static TableValue value(int column, String header, String raw) {
        String text = CellGrid.normalise(raw);
        if (text.isEmpty()) {
            return new TableValue(column, header, CellValueKind.BLANK, null, 0, raw);
        }
        if (DASH.matcher(text).matches()) {
            return new TableValue(column, header, CellValueKind.DASH, null, 0, raw);
        }
        if (SLASH.matcher(text).matches()) {
            return new TableValue(column, header, CellValueKind.SLASH, null, 0, raw);
        }
        if (NUMBER.matcher(text).matches()) {
            String digits = text.replace(",", "").replace("%", "");
            int point = digits.indexOf('.');
            return new TableValue(column, header, CellValueKind.NUMBER, new BigDecimal(digits),
                    point < 0 ? 0 : digits.length() - point - 1, raw);
        }
        return new TableValue(column, header, CellValueKind.TEXT, null, 0, raw);
    }

    static boolean isCode(String text) {
        return CODE.matcher(CellGrid.normalise(text)).matches();
    }

    public static boolean isNumber(String text) {
        return NUMBER.matcher(CellGrid.normalise(text)).matches();
    }
}
