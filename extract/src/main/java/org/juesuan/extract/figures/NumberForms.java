package org.juesuan.extract.figures;

/**
 * Regex fragments for numbers as printed, shared by the claimers. Every run of digits is matched
 * possessively, so a long run is read once and never re-split by backtracking.
 */
final class NumberForms {

    /**
     * Not the tail of a longer number: no digit, and no digit followed by {@code .} or {@code ,},
     * just before. "共5" may start at 5; "15", "1.5", "1,500" may not start at their last digits.
     */
    static final String NOT_INSIDE_NUMBER = "(?<!\\d)(?<!\\d[.,])";

    /**
     * A whole number as printed: {@code 0}, {@code 15}, {@code 1400}, {@code 1,196,625}. The ASCII
     * comma counts only between groups of three ({@code 1,1966} is not one number).
     */
    static final String INTEGER = "(?:\\d{1,3}+(?:,\\d{3})++(?![\\d,])|\\d++)";

    /** A number as printed: {@code 220.27}, {@code 0}, {@code 20323.21}, {@code 4,733.14}. */
    static final String DECIMAL = INTEGER + "(?:\\.\\d++)?+";

    /**
     * A number with an optional minus right before it, taken only when the minus does not follow
     * a digit or separator: {@code -0.03} is negative, but in {@code 1-4} the 4 stands alone.
     */
    static final String SIGNED = "(?:(?<![\\d.,])-)?" + NOT_INSIDE_NUMBER + DECIMAL;

    /** The space PDF text puts between a number and its unit: "4,733.14 万元", "26 %". */
    static final String GAP = "[ \\t]*+";

    /**
     * The first character of anything that makes a number a figure or a date: 万元, 亿元, 元, %,
     * 年, 月, 日, 号, the count units, and 余 / 多 of an approximate count.
     */
    static final String UNIT_START = "[万亿元%年月日号批人团台个辆项名次家套户所张本篇场期余多]";

    private NumberForms() {
    }
}
