package org.juesuan.extract.check;

import java.util.List;
import java.util.Objects;
import org.juesuan.model.CellRef;
import org.juesuan.model.Figure;
import org.juesuan.model.Severity;
import org.juesuan.model.ValueRange;

/**
 * What a rule found, before the checker gives it an id, its evidence's place and a fingerprint.
 *
 * @param severity      how much it matters
 * @param message       what is wrong, in Chinese
 * @param stated        what the document states, as printed, or null
 * @param expected      what it should read, rounded as the document writes, or null
 * @param expectedRange the exact interval the arithmetic gives, or null
 * @param start         offset of the evidence (a sentence, a block or a cell) in the document text
 * @param end           offset just past it
 * @param figures       the figures involved
 * @param cells         the table cells involved (table rules), else empty
 */
public record Issue(Severity severity, String message, String stated, String expected, ValueRange expectedRange,
                    int start, int end, List<Figure> figures, List<CellRef> cells) {
    public Issue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        figures = List.copyOf(figures);
        cells = List.copyOf(cells);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span");
        }
    }

    /** An issue on the narrative, citing no table cell. */
    public Issue(Severity severity, String message, String stated, String expected, ValueRange expectedRange,
                 int start, int end, List<Figure> figures) {
        this(severity, message, stated, expected, expectedRange, start, end, figures, List.of());
    }
}
