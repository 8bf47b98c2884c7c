package org.juesuan.ingest.eval.table;

import java.util.List;
import java.util.Objects;
import org.juesuan.model.TableKind;

/**
 * One table of a real document, transcribed and verified by hand cell by cell
 * ({@code corpus/real/tables/STEM/NN.tsv}), or a second opinion taken from another extraction.
 *
 * @param document   the document stem (the PDF's file name without {@code .pdf})
 * @param number     the table's order in the document, 1, 2, …
 * @param caption    the caption as printed, or empty
 * @param kind       which of the nine, or OTHER
 * @param unit       元, 万元, 千元, or empty
 * @param firstPage  the page it starts on, 1-based
 * @param lastPage   the page it ends on
 * @param headerRows how many grid rows from the top are header
 * @param verified   how the transcription was checked
 * @param grid       the printed grid, row by row; a merged cell's text at its top-left position
 */
public record GoldTable(String document, int number, String caption, TableKind kind, String unit, int firstPage,
                        int lastPage, int headerRows, String verified, List<List<String>> grid) {
    public GoldTable {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(verified, "verified");
        if (number < 1 || firstPage < 1 || lastPage < firstPage) {
            throw new IllegalArgumentException(document + " table " + number + ": bad number or pages");
        }
        grid = grid.stream().map(List::copyOf).toList();
        if (headerRows < 0 || headerRows > grid.size()) {
            throw new IllegalArgumentException(document + " table " + number + ": header rows outside the grid");
        }
    }

    /** Columns of the widest row. */
    public int columns() {
        return grid.stream().mapToInt(List::size).max().orElse(0);
    }

    /** The text at a position, empty where the row is shorter. */
    public String at(int row, int column) {
        List<String> cells = grid.get(row);
        return column < cells.size() ? cells.get(column) : "";
    }

    /** Whether the table lies on the page. */
    public boolean covers(int page) {
        return firstPage <= page && page <= lastPage;
    }

    /** How the evaluation names it: STEM/NN. */
    public String label() {
        return document + "/" + String.format("%02d", number);
    }
}
