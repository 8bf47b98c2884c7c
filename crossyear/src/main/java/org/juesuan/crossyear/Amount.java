package org.juesuan.crossyear;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.juesuan.model.Figure;

/**
 * An amount in 万元 as the interval its printing stands for: a value printed with d decimals is
 * [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ] (domain.md), carried into 万元 exactly.
 *
 * @param low      lower bound in 万元
 * @param high     upper bound in 万元
 * @param unitStep one unit of the last printed digit, in 万元: the size of a rounding-level miss
 */
public record Amount(BigDecimal low, BigDecimal high, BigDecimal unitStep) {
    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** The amount a figure prints, when it is money in 元, 万元 or 亿元. */
    static Optional<Amount> of(Figure figure) {
        BigDecimal toWan = switch (figure.unit()) {
            case "万元" -> BigDecimal.ONE;
            case "元" -> new BigDecimal("0.0001");
            case "亿元" -> new BigDecimal("10000");
            default -> null;
        };
        if (toWan == null || figure.value() == null) {
            return Optional.empty();
        }
        BigDecimal step = BigDecimal.ONE.movePointLeft(Math.max(0, figure.decimals()));
        BigDecimal half = step.multiply(HALF);
        return Optional.of(new Amount(figure.value().subtract(half).multiply(toWan),
                figure.value().add(half).multiply(toWan), step.multiply(toWan)));
    }

    Amount minus(Amount other) {
        return new Amount(low.subtract(other.high), high.subtract(other.low), unitStep.max(other.unitStep));
    }

    Amount plus(Amount other) {
        return new Amount(low.add(other.low), high.add(other.high), unitStep.max(other.unitStep));
    }

    boolean overlaps(Amount other) {
        return low.compareTo(other.high) <= 0 && other.low.compareTo(high) <= 0;
    }

    /** How far apart the two intervals are (0 when they overlap). */
    BigDecimal gap(Amount other) {
        BigDecimal gap = low.subtract(other.high).max(other.low.subtract(high));
        return gap.max(BigDecimal.ZERO);
    }

    BigDecimal middle() {
        return low.add(high).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    }

    /** The middle, printed with the decimals of its step, in 万元: 16497.86万元. */
    String printed() {
        int scale = Math.max(0, unitStep.stripTrailingZeros().scale());
        return middle().setScale(scale, RoundingMode.HALF_UP).toPlainString() + "万元";
    }
}
