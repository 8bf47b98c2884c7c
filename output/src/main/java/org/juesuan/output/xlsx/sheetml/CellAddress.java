package org.juesuan.output.xlsx.sheetml;

/** A1-style names of 0-based positions: column 0 is A, 26 is AA; row 5, column 1 is B6. */
public final class CellAddress {
    private CellAddress() {
    }

    public static String of(int row, int column) {
        return column(column) + (row + 1);
    }

    static String column(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.append((char) ('A' + (c - 1) % 26));
        }
        return letters.reverse().toString();
    }
}
