package org.juesuan.extract.check.rules;

import java.util.List;
import java.util.Map;

/**
 * "收、支总计" states each side's total; each side holds the year's income or spending. The side
 * totals and the year totals they contain, as both the doubled-total and the side-total rules read
 * them.
 */
final class SideTotals {
    static final Map<String, List<String>> PARTS = Map.of(
            "收、支总计", List.of("本年收入合计", "本年支出合计"),
            "财政拨款收、支总计", List.of("一般公共预算财政拨款收入", "一般公共预算财政拨款支出", "财政拨款收入", "财政拨款支出"));

    private SideTotals() {
    }
}
