package org.juesuan.output.xlsx.sheetml;

/**
 * What a sheet's XML says before its rows, so it must be known before the first row is written.
 *
 * @param frozenRows rows kept in view at the top (0 for none)
 * @param widths     column widths from column A, in characters of the default font
 */
public record SheetLayout(int frozenRows, int[] widths) {
    public SheetLayout {
        if (frozenRows < 0) {
            throw new IllegalArgumentException("frozen rows < 0: " + frozenRows);
        }
        widths = widths.clone();
    }
}
