package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Ranges;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.statements.Claims.ValueClaim;
import org.juesuan.model.Severity;

/**
 * 同一数字前后不一致: a document-level total stated twice in the body with values that cannot both
 * be true. Only totals whose name leaves no doubt about their scope are compared.
 */
public final class ConflictingValueRule implements Rule {
    private static final Set<String> TOTALS = Set.of("收、支总计", "财政拨款收、支总计", "本年收入合计", "本年支出合计",
            "一般公共预算财政拨款收入", "一般公共预算财政拨款支出", "一般公共预算财政拨款基本支出", "三公经费", "因公出国（境）费",
            "公务用车购置及运行维护费", "公务接待费", "机关运行经费", "政府采购支出总额");

    @Override
    public String id() {
        return "conflicting-value";
    }

    @Override
    public String chineseName() {
        return "同一数字前后不一致";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        for (String metric : TOTALS) {
            List<ValueClaim> stated = input.bodyValues(metric);
            for (int i = 1; i < stated.size(); i++) {
                ValueClaim first = stated.get(0);
                ValueClaim later = stated.get(i);
                if (!Ranges.of(first.value()).overlaps(Ranges.of(later.value()))) {
                    issues.add(new Issue(Severity.ERROR, metric + "前文为" + first.value().raw().strip() + "（第" + first.sentence().page()
                            + "页），此处为" + later.value().raw().strip() + "，前后不一致", later.value().raw().strip(),
                            first.value().raw().strip(), Ranges.of(first.value()), later.sentence().start(), later.sentence().end(),
                            List.of(first.value(), later.value())));
                }
            }
        }
        return issues;
    }
}
