package org.juesuan.model;

/** What a figure measures. */
public enum FigureKind {
    /** Money: 元, 万元 or 亿元 (also 萬元, 億元). */
    AMOUNT,
    /** A percentage: 19.40%, 19.40％, 百分之十. */
    PERCENT,
    /** A count of things: 批次, 人次, 人, 名, 个, 辆, 台（套）, 项, 团组, 家, 次. */
    COUNT,
    /** A function-classification code (功能分类科目编码), 7 digits: 2011101. */
    CODE,
    /** A calendar year: 2021年. */
    YEAR
}
