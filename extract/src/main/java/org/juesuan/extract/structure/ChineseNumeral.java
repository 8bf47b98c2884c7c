package org.juesuan.extract.structure;

/** Reads the small Chinese numerals used in headings: 一 … 九十九, with 〇/零 and 两. */
final class ChineseNumeral {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumeral() {
    }

    /** The value of {@code text} (一 → 1, 十 → 10, 十一 → 11, 二十六 → 26), or -1 when it is not such a numeral. */
    static int parse(String text) {
        if (text.isEmpty() || text.length() > 3) {
            return -1;
        }
        int ten = text.indexOf('十');
        if (ten < 0) {
            return text.length() == 1 ? digit(text.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : (ten == 1 ? digit(text.charAt(0)) : -1);
        int units = ten == text.length() - 1 ? 0 : (ten == text.length() - 2 ? digit(text.charAt(ten + 1)) : -1);
        if (tens < 1 || units < 0) {
            return -1;
        }
        return tens * 10 + units;
    }

    private static int digit(char c) {
        if (c == '〇') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }
}
