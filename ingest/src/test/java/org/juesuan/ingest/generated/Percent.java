package org.juesuan.ingest.generated;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact ratios, and what they print as: rounded half up to the document's decimals. */
final class Percent {
    private static final MathContext EXACT_ENOUGH = new MathContext(30, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** part / whole × 100, to 30 significant digits. */
    static BigDecimal of(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, EXACT_ENOUGH);
    }

    static BigDecimal rounded(BigDecimal exact, int decimals) {
        return exact.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** The exact value cut off (not rounded) at {@code decimals}: 27.58 → 27. */
    static BigDecimal truncated(BigDecimal exact, int decimals) {
        return exact.setScale(decimals, RoundingMode.DOWN);
    }

    /** The fraction of one unit of the last printed digit beyond the truncated value: 27.58 at 0 decimals → 0.58. */
    static BigDecimal fractionBeyond(BigDecimal exact, int decimals) {
        return exact.subtract(truncated(exact, decimals)).movePointRight(decimals);
    }
}
