package org.juesuan.model;

/** What a block of the document is. */
public enum BlockKind {
    /** A section heading (标题), numbered or styled as one. */
    HEADING,
    /** Running text. */
    PARAGRAPH,
    /** A table, linearised into the text row by row (cells separated by tabs). */
    TABLE,
    /** A figure or table caption such as （图1：收入决算结构图）. */
    CAPTION,
    /** A line of the table of contents (目录), which repeats headings but is not the body. */
    TOC
}
