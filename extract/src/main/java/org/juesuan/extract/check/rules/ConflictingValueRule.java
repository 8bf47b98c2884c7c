package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Ranges;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.statements.Claims.ChangeClaim;
import org.juesuan.extract.statements.Claims.ValueClaim;
import org.juesuan.extract.statements.Sentence;
import org.juesuan.model.Figure;
import org.juesuan.model.Severity;

/**
 * 同一数字前后不一致: a document-level total, or its change on last year, stated twice in the body
 * with values that cannot both be true, flagged at every place it is stated (the first may be the
 * wrong one). Only totals whose name leaves no doubt about their scope are compared.
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
            for (ValueClaim at : stated) {
                stated.stream().filter(other -> !Ranges.of(other.value()).overlaps(Ranges.of(at.value()))).findFirst()
                        .ifPresent(other -> issues.add(issue(metric, at.sentence(), at.value(), other.sentence(), other.value())));
            }
            List<ChangeClaim> changes = input.claims().changes().stream()
                    .filter(c -> c.metric().equals(metric) && !input.inAttachment(c.sentence().sectionId())).toList();
            for (ChangeClaim at : changes) {
                changes.stream().filter(other -> restatedDifferently(at, other)).findFirst()
                        .ifPresent(other -> issues.add(issue(metric + "增减额", at.sentence(), at.delta(), other.sentence(), other.delta())));
            }
        }
        return issues;
    }

    /** The same change on last year told twice with amounts (or directions) that cannot both be true. */
    private static boolean restatedDifferently(ChangeClaim at, ChangeClaim other) {
        return !Directions.sameWay(at.direction(), other.direction()) || !Ranges.of(other.delta()).overlaps(Ranges.of(at.delta()));
    }

    /** One finding at each place a figure is stated, citing a place that says otherwise. */
    private static Issue issue(String metric, Sentence at, Figure value, Sentence other, Figure otherValue) {
        return new Issue(Severity.ERROR, metric + "此处为" + value.raw().strip() + "，第" + other.page() + "页为"
                + otherValue.raw().strip() + "，前后不一致", value.raw().strip(), otherValue.raw().strip(), Ranges.of(otherValue),
                at.start(), at.end(), List.of(value, otherValue));
    }
}
