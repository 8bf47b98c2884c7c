package org.juesuan.extract.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.model.DocumentKind;
import org.juesuan.model.Severity;

/**
 * 决算与预算对比用语与数字不符: the words said of an item's budget and outturn without a rate —
 * 决算数大于/小于/等于预算数, 持平, 超出, 未完成 — must agree with the two amounts printed beside them
 * (年初预算为120.00万元，支出决算为110.50万元，决算数大于预算数 is wrong). 基本持平 allows a few percent.
 */
public final class BudgetComparisonRule implements Rule {
    /** 基本持平 stays true within this share of the budget. */
    private static final BigDecimal NEARLY = new BigDecimal("0.05");

    @Override
    public String id() {
        return "budget-comparison";
    }

    @Override
    public boolean appliesTo(DocumentKind kind) {
        return kind == DocumentKind.FINAL_ACCOUNTS;
    }

    @Override
    public String chineseName() {
        return "决算与预算对比用语与数字不符";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        for (BudgetOutturns.Outturn item : BudgetOutturns.of(input)) {
            if (item.outturn() == null || item.word().equals("完成")) {
                continue;
            }
            BigDecimal budget = item.budget().value();
            BigDecimal outturn = item.outturn().value();
            Severity severity = contradiction(item.word(), outturn.compareTo(budget), budget, outturn);
            if (severity != null) {
                String message = "预算" + item.budget().raw().strip() + "，决算" + item.outturn().raw().strip() + "，文中却称决算数"
                        + item.word() + "预算数";
                issues.add(new Issue(severity, message, item.word(), expected(outturn.compareTo(budget)), null,
                        item.block().start(), item.block().end(), List.of(item.budget(), item.outturn())));
            }
        }
        return issues;
    }

    /** How wrong the word is for the two amounts, or null when it is right. */
    private static Severity contradiction(String word, int order, BigDecimal budget, BigDecimal outturn) {
        return switch (word) {
            case "大于", "超过", "高于", "超出" -> order > 0 ? null : order == 0 ? Severity.WARNING : Severity.ERROR;
            case "小于", "低于", "未完成" -> order < 0 ? null : order == 0 ? Severity.WARNING : Severity.ERROR;
            case "等于", "持平", "相等", "一致" -> order == 0 ? null : Severity.WARNING;
            case "基本持平" -> outturn.subtract(budget).abs().compareTo(budget.abs().multiply(NEARLY)) <= 0 ? null : Severity.WARNING;
            default -> null;
        };
    }

    private static String expected(int order) {
        return order > 0 ? "大于" : order < 0 ? "小于" : "等于";
    }
}
