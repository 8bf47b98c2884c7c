package org.juesuan.extract.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.juesuan.model.ValueRange;

class RangesTest {
    @Test
    void aPrintedNumberStandsForHalfAUnitOfItsLastPlaceEitherSideAtTheScaleTheDivisionGave() {
        for (int decimals = -4; decimals <= 12; decimals++) {
            BigDecimal half = BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
            BigDecimal value = new BigDecimal("123456.5678");
            ValueRange range = Ranges.printed(value, decimals);
            // equals, not compareTo: the scale is part of what later prints
            assertEquals(value.subtract(half), range.low(), "decimals " + decimals);
            assertEquals(value.add(half), range.high(), "decimals " + decimals);
        }
        assertEquals(new ValueRange(new BigDecimal("0"), new BigDecimal("0.005")), Ranges.printed(new BigDecimal("0.00"), 2));
    }
}
