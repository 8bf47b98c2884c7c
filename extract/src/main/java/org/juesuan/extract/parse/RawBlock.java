package org.juesuan.extract.parse;

import java.util.Objects;
import org.juesuan.model.BlockKind;

/**
 * One block as a parser found it, before structure is inferred.
 *
 * @param kind         PARAGRAPH or TABLE as parsed; HEADING only when the file marks it (a Word heading style)
 * @param text         the text (for tables, empty: the cells carry it)
 * @param page         1-based page
 * @param headingLevel the Word heading level (1 for 标题 1) when styled as a heading, else 0
 * @param table        the table for TABLE blocks, else null
 */
public record RawBlock(BlockKind kind, String text, int page, int headingLevel, RawTable table) {
    public RawBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (page < 1 || headingLevel < 0) {
            throw new IllegalArgumentException("bad page or heading level");
        }
        if ((kind == BlockKind.TABLE) != (table != null)) {
            throw new IllegalArgumentException("a table is given exactly for TABLE blocks");
        }
    }

    public static RawBlock paragraph(String text, int page) {
        return new RawBlock(BlockKind.PARAGRAPH, text, page, 0, null);
    }

    public static RawBlock heading(String text, int page, int level) {
        return new RawBlock(BlockKind.HEADING, text, page, level, null);
    }

    public static RawBlock table(RawTable table, int page) {
        return new RawBlock(BlockKind.TABLE, "", page, 0, table);
    }
}
