package org.juesuan.extract.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.juesuan.model.Figure;
import org.juesuan.model.ValueRange;

/**
 * Interval arithmetic over printed figures (the rule of XBRL Calculations 1.1): a value printed with
 * d decimals stands for [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]; a relation fails only when the stated interval and
 * the computed one do not overlap. No fixed epsilon anywhere.
 */
public final class Ranges {
    private static final MathContext DIVISION = new MathContext(20, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int RATIO_SCALE = 6;

    private Ranges() {
    }

    /** What a printed figure stands for. Amounts and counts cannot be negative, so zero stays at zero. */
    public static ValueRange of(Figure figure) {
        return printed(figure.value(), figure.decimals());
    }

    public static ValueRange printed(BigDecimal value, int decimals) {
        // half a unit of the last printed place, 5 × 10^-(decimals + 1): the same value and scale as
        // 10^-decimals ÷ 2, without BigDecimal's exact division (a large part of the table sums' time)
        BigDecimal half = decimals >= -1 ? BigDecimal.valueOf(5, decimals + 1)
                : BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
        BigDecimal low = value.subtract(half);
        if (value.signum() >= 0 && low.signum() < 0) {
            low = BigDecimal.ZERO;
        }
        return new ValueRange(low, value.add(half));
    }

    public static ValueRange exact(BigDecimal value) {
        return new ValueRange(value, value);
    }

    public static ValueRange plus(ValueRange a, ValueRange b) {
        return new ValueRange(a.low().add(b.low()), a.high().add(b.high()));
    }

    public static ValueRange minus(ValueRange a, ValueRange b) {
        return new ValueRange(a.low().subtract(b.high()), a.high().subtract(b.low()));
    }

    public static ValueRange times(ValueRange a, BigDecimal factor) {
        BigDecimal x = a.low().multiply(factor);
        BigDecimal y = a.high().multiply(factor);
        return x.compareTo(y) <= 0 ? new ValueRange(x, y) : new ValueRange(y, x);
    }

    /** a / b × 100, for a ≥ 0 and b > 0; null when b may be zero (the ratio is then undefined). */
    public static ValueRange percentOf(ValueRange part, ValueRange whole) {
        if (whole.low().signum() <= 0 || part.low().signum() < 0) {
            return null;
        }
        // Rounded outward to six decimals: the interval stays safe and reads well in a report.
        BigDecimal low = part.low().multiply(HUNDRED).divide(whole.high(), DIVISION).setScale(RATIO_SCALE, RoundingMode.FLOOR);
        BigDecimal high = part.high().multiply(HUNDRED).divide(whole.low(), DIVISION).setScale(RATIO_SCALE, RoundingMode.CEILING);
        return new ValueRange(low, high);
    }

    /** The middle of a range: the best single value to show. */
    public static BigDecimal middle(ValueRange range) {
        return range.low().add(range.high()).divide(BigDecimal.valueOf(2), DIVISION);
    }

    /** The middle of a range rounded the way the document prints: with {@code decimals} decimals. */
    public static BigDecimal rounded(ValueRange range, int decimals) {
        return middle(range).setScale(decimals, RoundingMode.HALF_UP);
    }

    /**
     * How many units of the last printed decimal lie between the stated value and the computed one
     * once rounded the same way: 1 is a rounding-level slip (27.58% printed as 27%), more is material.
     */
    public static BigDecimal unitsApart(BigDecimal stated, int decimals, ValueRange computed) {
        BigDecimal expected = rounded(computed, decimals);
        return stated.subtract(expected).abs().movePointRight(decimals);
    }

    /** Whether the computed range sits entirely apart from the stated one. */
    public static boolean disagree(ValueRange stated, ValueRange computed) {
        return !stated.overlaps(computed);
    }
}
