package org.juesuan.extract.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Ranges;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.statements.Claims.ValueClaim;
import org.juesuan.model.Severity;
import org.juesuan.model.ValueRange;

/**
 * 收、支总计将两侧相加: "收、支总计各为 X" means each side is X. A figure twice the year's income
 * (or spending) total, and not equal to it, is the two sides added together.
 */
public final class DoubledTotalRule implements Rule {
    @Override
    public String id() {
        return "doubled-total";
    }

    @Override
    public String chineseName() {
        return "收、支总计为两侧相加";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        for (Map.Entry<String, List<String>> side : SideTotals.PARTS.entrySet()) {
            for (ValueClaim total : input.bodyValues(side.getKey())) {
                ValueRange stated = Ranges.of(total.value());
                for (String yearTotal : side.getValue()) {
                    ValueClaim half = input.agreedValue(yearTotal).orElse(null);
                    if (half == null) {
                        continue;
                    }
                    ValueRange twice = Ranges.times(Ranges.of(half.value()), BigDecimal.valueOf(2));
                    if (stated.overlaps(twice) && !stated.overlaps(Ranges.of(half.value())) && total.value().value().signum() > 0) {
                        issues.add(new Issue(Severity.ERROR, total.subject() + total.value().raw().strip() + "恰为" + yearTotal
                                + half.value().raw().strip() + "的两倍，“收、支总计”应为每一侧的数额，疑似将收入与支出两侧相加",
                                total.value().raw().strip(), half.value().raw().strip(), Ranges.of(half.value()),
                                total.sentence().start(), total.sentence().end(), List.of(total.value(), half.value())));
                        break;
                    }
                }
            }
        }
        return issues;
    }
}
