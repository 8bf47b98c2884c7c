package org.juesuan.model;

import java.math.BigDecimal;

/**
 * A closed interval of exact values: what a printed, rounded figure stands for, or what arithmetic
 * over such figures can give. 0.19% printed with two decimals stands for [0.185, 0.195].
 */
public record ValueRange(BigDecimal low, BigDecimal high) {
    public ValueRange {
        Checks.present(low, "low");
        Checks.present(high, "high");
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("range low " + low + " above high " + high);
        }
    }

    public boolean overlaps(ValueRange other) {
        return low.compareTo(other.high) <= 0 && other.low.compareTo(high) <= 0;
    }

    public boolean contains(BigDecimal value) {
        return low.compareTo(value) <= 0 && value.compareTo(high) <= 0;
    }
}
