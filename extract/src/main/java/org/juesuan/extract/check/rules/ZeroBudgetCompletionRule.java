package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.model.DocumentKind;
import org.juesuan.model.Figure;
import org.juesuan.model.Severity;

/**
 * 预算为零仍列完成率: a completion rate against a budget of 0 (年初预算为0万元 … 完成年初预算的87.30%) has no
 * meaning; the text should say the item was not budgeted at the start of the year (年初未安排预算) or rate
 * it against the adjusted budget.
 */
public final class ZeroBudgetCompletionRule implements Rule {
    @Override
    public String id() {
        return "zero-budget-completion";
    }

    @Override
    public boolean appliesTo(DocumentKind kind) {
        return kind == DocumentKind.FINAL_ACCOUNTS;
    }

    @Override
    public String chineseName() {
        return "预算为零仍列完成率";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        for (BudgetOutturns.Outturn item : BudgetOutturns.of(input)) {
            Figure rate = item.rate();
            if (rate == null || item.budget().value().signum() != 0) {
                continue;
            }
            boolean nothingSpent = item.outturn() != null && item.outturn().value().signum() == 0;
            Severity severity = nothingSpent ? Severity.INFO : Severity.ERROR;
            issues.add(new Issue(severity, "预算为" + item.budget().raw().strip() + "，完成率“" + rate.raw().strip()
                    + "”无从计算，应写明年初未安排预算", rate.raw().strip(), null, null, item.block().start(), item.block().end(),
                    List.of(item.budget(), rate)));
        }
        return issues;
    }
}
