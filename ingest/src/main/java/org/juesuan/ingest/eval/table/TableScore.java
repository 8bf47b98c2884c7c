package org.juesuan.ingest.eval.table;

/**
 * How well read tables agree with their gold.
 *
 * @param tables        gold tables
 * @param found         gold tables a read table was matched to
 * @param goldCells     gold cells with text
 * @param matchedCells  of those, the ones whose text the read table has at the same position
 * @param falseCells    read cells with text where the gold is empty (counted apart)
 * @param kindAgreed    matched tables whose kind is the gold's
 * @param unitAgreed    matched tables whose unit is the gold's
 * @param captionAgreed matched tables whose caption is the gold's (whitespace aside)
 */
public record TableScore(int tables, int found, int goldCells, int matchedCells, int falseCells, int kindAgreed,
                         int unitAgreed, int captionAgreed) {
    public static final TableScore ZERO = new TableScore(0, 0, 0, 0, 0, 0, 0, 0);

    public TableScore {
        if (found > tables || matchedCells > goldCells || kindAgreed > found || unitAgreed > found || captionAgreed > found
                || Math.min(Math.min(tables, goldCells), falseCells) < 0) {
            throw new IllegalArgumentException("inconsistent table score");
        }
    }

    public TableScore plus(TableScore other) {
        return new TableScore(tables + other.tables, found + other.found, goldCells + other.goldCells,
                matchedCells + other.matchedCells, falseCells + other.falseCells, kindAgreed + other.kindAgreed,
                unitAgreed + other.unitAgreed, captionAgreed + other.captionAgreed);
    }

    /** Cell accuracy: gold cells with text found at their place, over gold cells with text (1 when there are none). */
    public double cellAccuracy() {
        return goldCells == 0 ? 1.0 : (double) matchedCells / goldCells;
    }
}
