package org.juesuan.ingest.generated;

import java.math.BigDecimal;

/** The word a completion sentence uses for final against budget. */
final class Completion {
    private Completion() {
    }

    static String word(BigDecimal actual, BigDecimal budget) {
        int compared = actual.compareTo(budget);
        return compared == 0 ? "等于" : compared > 0 ? "大于" : "小于";
    }
}
