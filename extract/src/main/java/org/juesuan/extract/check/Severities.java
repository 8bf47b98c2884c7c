package org.juesuan.extract.check;

import java.math.BigDecimal;
import org.juesuan.model.Figure;
import org.juesuan.model.Severity;
import org.juesuan.model.ValueRange;

/**
 * How bad a miss is: one unit of the last printed digit (27.58% printed as 27%) is a rounding-level
 * slip, a warning; more is material, an error.
 */
public final class Severities {
    private Severities() {
    }

    public static Severity ofMiss(Figure stated, ValueRange computed) {
        BigDecimal apart = Ranges.unitsApart(stated.value(), stated.decimals(), computed);
        return apart.compareTo(BigDecimal.ONE) <= 0 ? Severity.WARNING : Severity.ERROR;
    }
}
