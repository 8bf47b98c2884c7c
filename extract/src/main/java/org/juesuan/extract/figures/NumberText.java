package org.juesuan.extract.figures;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number as printed, read exactly: the value of its digits and how many of them follow the
 * point, which is what the rounding rule needs (220.27 stands for [220.265, 220.275]).
 *
 * @param value    exact value, scale equal to {@code decimals}
 * @param decimals digits printed after the decimal point
 */
record NumberText(BigDecimal value, int decimals) {

    NumberText {
        Objects.requireNonNull(value, "value");
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must not be negative: " + decimals);
        }
    }

    /**
     * Reads ASCII digits with an optional leading {@code -}, optional thousands commas and an
     * optional fraction: {@code 220.27}, {@code -0.03}, {@code 1,196,625}, {@code 4,733.14}.
     */
    static NumberText parse(String printed) {
        String digits = printed.replace(",", "");
        BigDecimal value;
        try {
            value = new BigDecimal(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a printed number: '" + printed + "'", e);
        }
        int point = digits.indexOf('.');
        return new NumberText(value, point < 0 ? 0 : digits.length() - point - 1);
    }

    /** A whole number, such as a year or a code. */
    static NumberText ofInteger(String digits) {
        return new NumberText(new BigDecimal(digits), 0);
    }
}
