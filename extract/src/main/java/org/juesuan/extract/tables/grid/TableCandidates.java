package org.juesuan.extract.tables.grid;

import java.util.List;

/**
 * Whether a page's text could hold a table at all: a line printed in separate columns, or many
 * short lines (an empty table's header cells). Prose pages fail both and are not searched further.
 */
public final class TableCandidates {
    /** Short lines (characters) like header cells: 项目, 本年支出, 年初结转和. */
    private static final int SHORT_LINE = 8;
    /** Short lines a page needs when none of its lines is printed in columns. */
    private static final int SHORT_LINES = 5;

    private TableCandidates() {
    }

    public static boolean mayHoldTable(List<PrintedLine> lines) {
        int shortLines = 0;
        for (PrintedLine line : lines) {
            if (line.runs().size() >= 2) {
                return true;
            }
            if (line.text().strip().length() <= SHORT_LINE && ++shortLines >= SHORT_LINES) {
                return true;
            }
        }
        return false;
    }
}
