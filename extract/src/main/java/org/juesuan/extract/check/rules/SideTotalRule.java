package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Ranges;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.statements.Claims.ValueClaim;
import org.juesuan.model.Severity;

/**
 * 收、支总计小于其组成: each side's total includes the year's income or spending (收入总计 = 本年收入合计
 * + 结转结余), so it cannot be smaller than them.
 */
public final class SideTotalRule implements Rule {
    @Override
    public String id() {
        return "side-total";
    }

    @Override
    public String chineseName() {
        return "收、支总计小于其组成";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        for (Map.Entry<String, List<String>> total : SideTotals.PARTS.entrySet()) {
            for (ValueClaim side : input.bodyValues(total.getKey())) {
                for (String partName : total.getValue()) {
                    ValueClaim part = input.agreedValue(partName).orElse(null);
                    if (part != null && Ranges.of(side.value()).high().compareTo(Ranges.of(part.value()).low()) < 0) {
                        issues.add(new Issue(Severity.ERROR, side.subject() + side.value().raw().strip() + "小于其中的" + partName
                                + part.value().raw().strip() + "，总计不可能小于组成部分", side.value().raw().strip(),
                                "≥" + part.value().raw().strip(), null, side.sentence().start(), side.sentence().end(),
                                List.of(side.value(), part.value())));
                        break;
                    }
                }
            }
        }
        return issues;
    }
}
