package org.juesuan.extract.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Ranges;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.check.Severities;
import org.juesuan.extract.statements.Claims.ChangeClaim;
import org.juesuan.model.Severity;
import org.juesuan.model.ValueRange;

/**
 * 增减率与增减额不符: the previous year is rarely printed, so it is derived as X − Δ (or X + Δ for a
 * decrease) and the rate must equal Δ over it. A rate about a hundred times too small is named as
 * a ratio written as a percentage.
 */
public final class ChangeRateRule implements Rule {
    private static final Pattern DECREASE = Pattern.compile("减少|下降|降低|节约|减支");

    @Override
    public String id() {
        return "change-rate";
    }

    @Override
    public String chineseName() {
        return "增减率与增减额不符";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        for (ChangeClaim change : input.claims().changes()) {
            if (change.current() == null || change.rate() == null) {
                continue;
            }
            ValueRange current = Ranges.of(change.current());
            ValueRange delta = Ranges.of(change.delta());
            ValueRange base = DECREASE.matcher(change.direction()).matches() ? Ranges.plus(current, delta) : Ranges.minus(current, delta);
            if (base.low().signum() <= 0) {
                continue; // the previous year may be zero: the zero-base rule speaks of it
            }
            ValueRange computed = Ranges.percentOf(delta, base);
            ValueRange stated = Ranges.of(change.rate());
            if (!Ranges.disagree(stated, computed)) {
                continue;
            }
            boolean ratioSlip = stated.overlaps(Ranges.times(computed, new BigDecimal("0.01")));
            String expected = Ranges.rounded(computed, Math.max(2, change.rate().decimals())).toPlainString() + "%";
            String message = "增长率应约为" + expected + "，文中为" + change.rate().raw().strip() + "（上年数约为"
                    + Ranges.rounded(base, change.current().decimals()).toPlainString() + change.current().unit() + "）"
                    + (ratioSlip ? "，疑似将比值误写为百分数" : "");
            Severity severity = ratioSlip ? Severity.ERROR : Severities.ofMiss(change.rate(), computed);
            issues.add(new Issue(severity, message, change.rate().raw().strip(), expected, computed, change.sentence().start(),
                    change.sentence().end(), List.of(change.current(), change.delta(), change.rate())));
        }
        return issues;
    }
}
