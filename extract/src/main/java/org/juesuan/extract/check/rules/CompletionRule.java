package org.juesuan.extract.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Ranges;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.check.Severities;
import org.juesuan.extract.statements.Claims.CompletionClaim;
import org.juesuan.model.DocumentKind;
import org.juesuan.model.Severity;
import org.juesuan.model.ValueRange;

/**
 * 预算完成率与决算、预算不符: 完成预算的 p% must equal final / budget when both are printed, and
 * agree with 决算数大于/小于/等于预算数.
 */
public final class CompletionRule implements Rule {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String id() {
        return "completion";
    }

    @Override
    public boolean appliesTo(DocumentKind kind) {
        return kind == DocumentKind.FINAL_ACCOUNTS;
    }

    @Override
    public String chineseName() {
        return "预算完成率与决算、预算不符";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        for (CompletionClaim claim : input.claims().completions()) {
            ValueRange stated = Ranges.of(claim.rate());
            String words = wordsContradict(claim.comparison(), stated);
            if (words != null) {
                issues.add(new Issue(Severity.ERROR, "完成预算" + claim.rate().raw().strip() + "，却称决算数" + claim.comparison() + "预算数"
                        + words, claim.rate().raw().strip(), null, null, claim.sentence().start(), claim.sentence().end(),
                        List.of(claim.rate())));
            }
            if (claim.budget() != null && claim.actual() != null) {
                ValueRange computed = Ranges.percentOf(Ranges.of(claim.actual()), Ranges.of(claim.budget()));
                if (computed != null && Ranges.disagree(stated, computed)) {
                    String expected = Ranges.rounded(computed, claim.rate().decimals()).toPlainString() + "%";
                    Severity severity = Severities.ofMiss(claim.rate(), computed);
                    issues.add(new Issue(severity, "决算" + claim.actual().raw().strip() + "除以预算" + claim.budget().raw().strip()
                            + "应为" + expected + "，文中完成率为" + claim.rate().raw().strip(), claim.rate().raw().strip(), expected,
                            computed, claim.sentence().start(), claim.sentence().end(),
                            List.of(claim.actual(), claim.budget(), claim.rate())));
                }
            }
        }
        return issues;
    }

    /** Why the comparison word cannot be true for the stated rate, or null when it can. */
    private static String wordsContradict(String word, ValueRange rate) {
        return switch (word) {
            case "等于" -> rate.contains(HUNDRED) ? null : "（完成率不是100%）";
            case "大于", "超过", "高于" -> rate.high().compareTo(HUNDRED) > 0 ? null : "（完成率未超过100%）";
            case "小于", "低于" -> rate.low().compareTo(HUNDRED) < 0 ? null : "（完成率未低于100%）";
            default -> null;
        };
    }
}
