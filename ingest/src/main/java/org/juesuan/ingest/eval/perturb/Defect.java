package org.juesuan.ingest.eval.perturb;

/** The one defect a table variant carries. */
public enum Defect {
    /** A number changed beyond rounding (2,106.66 → 2,136.66). */
    CHANGED_CELL("改动一个数"),
    /** Two adjacent digits swapped (326.71 → 362.71), the commonest slip of a hand copy. */
    SWAPPED_DIGITS("相邻数字互换"),
    /** A 三公 amount left blank. */
    EMPTIED_THREE_PUBLIC("三公经费数留空"),
    /** One of the nine tables left out. */
    REMOVED_TABLE("缺一张表"),
    /** A figure two tables share differs by one unit of its last digit (0.01 万元) in one of them. */
    CROSS_TABLE_CENT("两表同一数相差0.01"),
    /** A line's values moved one column to the right. */
    SHIFTED_COLUMN("一行数错列");

    private final String chineseName;

    Defect(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
