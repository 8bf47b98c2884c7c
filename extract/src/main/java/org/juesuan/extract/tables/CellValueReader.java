package org.juesuan.extract.tables;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.model.CellValueKind;
import org.juesuan.model.TableValue;

/** Reads one value cell as printed: a number (0 included), nothing, a dash, a slash, or words. */
final class CellValueReader {
    /**
     * A number as tables print it, after {@link CellText#normalise}: 1,234.56 · 0.00 · -3.20 · 156,211,123 ·
     * 12.5% · (1,234.00) for a negative amount. Thousands groups must be whole: "1,23" is not a number.
     */
    static final Pattern NUMBER = Pattern.compile(
            "(?<open>\\()?(?<sign>[-−])?(?<digits>\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(?<fraction>\\d+))?(?<percent>%)?(?<close>\\))?");
    /** A dash that says "does not apply": - -- — —— – － ― ‒ (also doubled). */
    static final Pattern DASH = Pattern.compile("[-—–－―‒─]{1,3}");
    /** A slash: / ／ (also doubled). */
    static final Pattern SLASH = Pattern.compile("[/／\\\\]{1,2}");

    private CellValueReader() {
    }

    static TableValue read(int column, String header, String raw) {
        String text = CellText.normalise(raw);
        if (text.isEmpty()) {
            return new TableValue(column, header, CellValueKind.BLANK, null, 0, raw);
        }
        BigDecimal number = number(text);
        if (number != null) {
            return new TableValue(column, header, CellValueKind.NUMBER, number, Math.max(0, number.scale()), raw);
        }
        if (DASH.matcher(text).matches()) {
            return new TableValue(column, header, CellValueKind.DASH, null, 0, raw);
        }
        if (SLASH.matcher(text).matches()) {
            return new TableValue(column, header, CellValueKind.SLASH, null, 0, raw);
        }
        return new TableValue(column, header, CellValueKind.TEXT, null, 0, raw);
    }

    /** The exact value of a normalised number text, or null when it is not one. */
    static BigDecimal number(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.matches() || (m.group("open") == null) != (m.group("close") == null)) {
            return null;
        }
        String fraction = m.group("fraction");
        BigDecimal value = new BigDecimal(m.group("digits").replace(",", "") + (fraction == null ? "" : "." + fraction));
        boolean negative = m.group("sign") != null || m.group("open") != null;
        return negative ? value.negate() : value;
    }

    /** Whether a normalised text is a number, a dash or a slash: what a value column holds. */
    static boolean isValueLike(String text) {
        return number(text) != null || DASH.matcher(text).matches() || SLASH.matcher(text).matches();
    }
}
