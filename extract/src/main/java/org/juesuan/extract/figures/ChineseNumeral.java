package org.juesuan.extract.figures;

import java.math.BigDecimal;

/**
 * Reads the Chinese numerals of a phrase such as 百分之二十五 (小写中文数字): 零〇一二两三…九, 十 and
 * 百 for the whole part, then 点 and digits for a fraction. 十 = 10, 二十五 = 25, 百 = 一百 = 100,
 * 一百零五 = 105, 零点五 = 0.5.
 */
public final class ChineseNumeral {

    /** The characters a numeral may be written with, for building patterns. */
    static final String DIGIT_CHARS = "零〇一二两三四五六七八九";

    /** The digits in value order: the index of a digit is its value. */
    private static final String DIGITS_BY_VALUE = "零一二三四五六七八九";

    private ChineseNumeral() {
    }

    /**
     * The whole number a small numeral names, as heading labels use them (十一 → 11, 二十六 → 26);
     * throws if it holds a character outside the numerals.
     */
    public static int wholeNumber(String numeral) {
        return wholeValue(numeral);
    }

    /** The value of {@code numeral}; throws if it holds a character outside the numerals. */
    static NumberText parse(String numeral) {
        int point = numeral.indexOf('点');
        String whole = point < 0 ? numeral : numeral.substring(0, point);
        String fraction = point < 0 ? "" : numeral.substring(point + 1);
        StringBuilder printed = new StringBuilder().append(wholeValue(whole));
        if (!fraction.isEmpty()) {
            printed.append('.');
            for (int i = 0; i < fraction.length(); i++) {
                printed.append(digit(fraction.charAt(i)));
            }
        }
        return new NumberText(new BigDecimal(printed.toString()), fraction.length());
    }

    private static int wholeValue(String whole) {
        int total = 0;
        int pending = 0;
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            if (c == '十' || c == '百') {
                int multiplier = c == '十' ? 10 : 100;
                total += (pending == 0 ? 1 : pending) * multiplier;
                pending = 0;
            } else {
                pending = digit(c);
            }
        }
        return total + pending;
    }

    private static int digit(char c) {
        if (c == '〇') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        int digit = DIGITS_BY_VALUE.indexOf(c);
        if (digit < 0) {
            throw new IllegalArgumentException("not a Chinese numeral: '" + c + "'");
        }
        return digit;
    }
}
