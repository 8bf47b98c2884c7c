package org.juesuan.extract.parse;

import java.util.regex.Pattern;

/**
 * One visual line of PDF text, with what the joiner needs to know about it.
 *
 * @param text     the line, spacing normalised
 * @param page     1-based page
 * @param tabular  a row of a table rendered as text: several numbers separated by spaces, none followed by
 *                 its unit, and no clause punctuation
 */
record PdfLine(String text, int page, boolean tabular) {
    /** A number token on its own: {@code 4,733.14}, {@code 0.00}, {@code -3}, {@code 208}. */
    private static final Pattern NUMBER_TOKEN = Pattern.compile("-?\\d[\\d,]*(?:\\.\\d+)?%?");
    /**
     * Spaces next to a Chinese character or full-width punctuation, which PDF text inserts between
     * runs ({@code 2025 年度}, {@code 4,733.14 万元}, {@code 目 录}) and which the printed text does not have.
     */
    private static final Pattern SPACE_BESIDE_CJK = Pattern.compile(
            "(?<=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’])[ \\t\\u00A0\\u3000]+"
                    + "|[ \\t\\u00A0\\u3000]+(?=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’])");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u3000]+");
    /** Clause punctuation: prose has it, table rows (项目 金额 金额) do not. */
    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[，。；：！？]");
    /**
     * What follows a number in prose: its unit or measure word (2025 年度, 4733.14 万元, 0 辆、).
     * In a table row a number is followed by another number or by the next row's name.
     */
    private static final Pattern UNIT_AFTER_NUMBER = Pattern.compile("^(?:万元|元|亿元|%|％|年|月|日|辆|个|人|名|项|批|台|家|次|户|套)");

    static PdfLine of(String raw, int page) {
        String collapsed = SPACES.matcher(raw.strip()).replaceAll(" ");
        boolean tabular = numberTokens(collapsed) >= 2 && !CLAUSE_PUNCTUATION.matcher(collapsed).find()
                && !numberWithUnit(collapsed);
        String text = tabular ? collapsed : SPACE_BESIDE_CJK.matcher(collapsed).replaceAll("");
        return new PdfLine(text, page, tabular);
    }

    private static int numberTokens(String line) {
        int count = 0;
        for (String token : line.split(" ")) {
            if (NUMBER_TOKEN.matcher(token).matches()) {
                count++;
            }
        }
        return count;
    }

    private static boolean numberWithUnit(String line) {
        String[] tokens = line.split(" ");
        for (int i = 0; i + 1 < tokens.length; i++) {
            if (NUMBER_TOKEN.matcher(tokens[i]).matches() && UNIT_AFTER_NUMBER.matcher(tokens[i + 1]).find()) {
                return true;
            }
        }
        return false;
    }

    /** Printed width in em: Chinese and full-width characters count 1, others ½. */
    double width() {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            width += c >= 0x2E80 ? 1.0 : 0.5;
        }
        return width;
    }
}
