package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Ranges;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.statements.Claims.ValueClaim;
import org.juesuan.model.Severity;

/**
 * 机关运行经费高于公用经费: both come out of the basic spending's 公用经费, so the operating costs
 * cannot exceed it. A plausibility finding: suspect, not certain.
 */
public final class OperatingCostsRule implements Rule {
    @Override
    public String id() {
        return "operating-costs";
    }

    @Override
    public String chineseName() {
        return "机关运行经费高于公用经费";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        List<ValueClaim> operating = input.bodyValues("机关运行经费");
        List<ValueClaim> publicUse = input.bodyValues("公用经费");
        if (operating.size() != 1 || publicUse.size() != 1) {
            return issues;
        }
        ValueClaim costs = operating.get(0);
        ValueClaim pot = publicUse.get(0);
        if (Ranges.of(costs.value()).low().compareTo(Ranges.of(pot.value()).high()) > 0) {
            issues.add(new Issue(Severity.WARNING, "机关运行经费" + costs.value().raw().strip() + "高于基本支出中的公用经费" + pot.value().raw().strip()
                    + "，二者同出一源，请核实口径", costs.value().raw().strip(), "≤" + pot.value().raw().strip(), null,
                    costs.sentence().start(), costs.sentence().end(), List.of(costs.value(), pot.value())));
        }
        return issues;
    }
}
