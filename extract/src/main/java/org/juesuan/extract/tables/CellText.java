package org.juesuan.extract.tables;

/** The normalisation every cell and caption goes through before it is compared: one place, one rule. */
final class CellText {
    private CellText() {
    }

    /**
     * Drops all whitespace (a cell's wrapped lines are one text; PDF text puts spaces inside words),
     * and folds full-width digits, letters and signs to their ASCII forms one character to one.
     * "项 目" → "项目", "１，２３４．５６" → "1,234.56", "－3.20" → "-3.20", "单位:万元" stays.
     */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
                continue;
            }
            if (c >= '\uff10' && c <= '\uff19' || c >= '\uff21' && c <= '\uff3a' || c >= '\uff41' && c <= '\uff5a'
                    || c == '\uff0e' || c == '\uff05' || c == '\uff0b') {
                out.append((char) (c - 0xfee0));
            } else if (c == '\uff0c') {
                out.append(',');
            } else if (c == '\uff0d' || c == '\u2212') {
                out.append('-');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
