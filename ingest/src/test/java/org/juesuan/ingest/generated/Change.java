package org.juesuan.ingest.generated;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A year-on-year change of a held value: this year's value, the change and its direction. Last
 * year is current − Δ for an increase, current + Δ for a decrease, and always above zero.
 */
record Change(BigDecimal current, BigDecimal delta, boolean up) {
    private static final List<String> UP_RATE = List.of("增长", "增幅为", "上升", "同比增长");
    private static final List<String> DOWN_RATE = List.of("下降", "降幅为", "降低");

    /** A change of between 3% and 40% of the current value, either way. */
    static Change of(Draft draft, BigDecimal current) {
        boolean up = draft.random.nextBoolean();
        BigDecimal fraction = BigDecimal.valueOf(0.03 + draft.random.nextDouble() * 0.37);
        BigDecimal delta = current.multiply(fraction).setScale(2, RoundingMode.HALF_UP).max(new BigDecimal("0.01"));
        if (up && delta.compareTo(current) >= 0) {
            up = false;
        }
        return new Change(current, delta, up);
    }

    BigDecimal previous() {
        return up ? current.subtract(delta) : current.add(delta);
    }

    /** Δ / last year × 100, exact enough. */
    BigDecimal exactRate() {
        return Percent.of(delta, previous());
    }

    String direction() {
        return up ? "增加" : "减少";
    }

    String rateWord(Draft draft) {
        return draft.pick(up ? UP_RATE : DOWN_RATE);
    }

    /** A comparison word before the direction: 比上年, 较2022年, 同比. */
    static String comparison(Draft draft) {
        return switch (draft.random.nextInt(3)) {
            case 0 -> "比" + draft.lastYear();
            case 1 -> "较" + draft.lastYear();
            default -> "同比";
        };
    }

    /** The subject with its comparison: 与2022年相比，收、支总计 · 收、支总计比上年 · 收、支总计同比. */
    static String compared(Draft draft, String subject) {
        return draft.random.nextBoolean() ? "与" + draft.lastYear() + "相比，" + subject : subject + comparison(draft);
    }

    /** 增加12.00万元，增长5.2% with the rate as given (already printed). */
    String clause(Draft draft, String rateWord, String printedRate) {
        String separator = draft.random.nextInt(4) == 0 ? "、" : "，";
        return direction() + draft.money(delta) + separator + rateWord + printedRate;
    }

    String correctRate(Draft draft) {
        return draft.share(exactRate());
    }
}
