package org.juesuan.ingest.eval.perturb;

import org.juesuan.model.Severity;

/**
 * The one defect a table variant carries, and the least severity a report of it deserves: a warning
 * for all but the one-unit gap between two tables, which rounding one side explains (a tail, INFO).
 */
public enum Defect {
    /** A number changed beyond rounding (2,106.66 → 2,136.66). */
    CHANGED_CELL("改动一个数", Severity.WARNING),
    /** Two adjacent digits swapped (326.71 → 362.71), the commonest slip of a hand copy. */
    SWAPPED_DIGITS("相邻数字互换", Severity.WARNING),
    /** A 三公 amount left blank. */
    EMPTIED_THREE_PUBLIC("三公经费数留空", Severity.WARNING),
    /** One of the nine tables left out. */
    REMOVED_TABLE("缺一张表", Severity.WARNING),
    /**
     * A figure two tables share differs by one unit of its last digit (0.01 万元) in one of them: what
     * one table rounding a total and the other adding rounded parts gives, so reported as a tail.
     */
    CROSS_TABLE_CENT("两表同一数相差0.01", Severity.INFO),
    /** A line's values moved one column to the right. */
    SHIFTED_COLUMN("一行数错列", Severity.WARNING);

    private final String chineseName;
    private final Severity deserved;

    Defect(String chineseName, Severity deserved) {
        this.chineseName = chineseName;
        this.deserved = deserved;
    }

    /** The least severity at which a report of the defect counts at the error + warning level. */
    public Severity deserved() {
        return deserved;
    }

    public String chineseName() {
        return chineseName;
    }
}
