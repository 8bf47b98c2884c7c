package org.juesuan.extract.figures;

import java.math.BigDecimal;
import java.util.Objects;
import org.juesuan.model.FigureKind;

/**
 * A figure claimed in a piece of text, before it is placed in the document.
 *
 * @param kind     what it measures
 * @param raw      the text as printed (a substring of the input, start to end)
 * @param value    exact value in {@code unit}
 * @param decimals digits printed after the decimal point
 * @param unit     normalised unit (元, 万元, 亿元, %, 人次 … 年 for years, empty for codes)
 * @param start    offset in the text given to the finder
 * @param end      offset just past the figure
 */
public record FoundFigure(FigureKind kind, String raw, BigDecimal value, int decimals, String unit,
                          int start, int end) {
    public FoundFigure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (start < 0 || end - start != raw.length()) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") does not fit raw '" + raw + "'");
        }
    }
}
