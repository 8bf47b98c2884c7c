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
import org.juesuan.extract.statements.Claims.RateClaim;
import org.juesuan.model.Figure;
import org.juesuan.model.Severity;
import org.juesuan.model.ValueRange;

/**
 * 增减率与增减额不符: the previous year is rarely printed, so it is derived as X − Δ (or X + Δ for a
 * decrease) and the rate must equal Δ over it. A rate about a hundred times too small is named as
 * a ratio written as a percentage. Where the sentence prints both years' values instead of Δ
 * (2022年当年预算执行数为11.67万元，2023年预算安排45.41万元，比2022年…增加314.82%), the rate must equal their
 * difference over the earlier one; values that move against the direction word are left alone.
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
            miss(change.rate(), computed, Ranges.rounded(base, change.current().decimals()).toPlainString() + change.current().unit(),
                    change.sentence().start(), change.sentence().end(), List.of(change.current(), change.delta(), change.rate()))
                    .ifPresent(issues::add);
        }
        for (RateClaim rate : input.claims().rates()) {
            ValueRange previous = Ranges.of(rate.previous());
            ValueRange current = Ranges.of(rate.current());
            boolean decrease = DECREASE.matcher(rate.direction()).matches();
            ValueRange delta = decrease ? Ranges.minus(previous, current) : Ranges.minus(current, previous);
            if (previous.low().signum() <= 0 || delta.high().signum() < 0) {
                continue; // a zero base is the zero-base rule's; values against the direction word, no one's to guess
            }
            miss(rate.rate(), Ranges.percentOf(delta, previous), rate.previous().raw().strip(), rate.sentence().start(),
                    rate.sentence().end(), List.of(rate.previous(), rate.current(), rate.rate())).ifPresent(issues::add);
        }
        return issues;
    }

    private static java.util.Optional<Issue> miss(Figure rate, ValueRange computed, String previous, int start, int end,
                                                  List<Figure> figures) {
        ValueRange stated = Ranges.of(rate);
        if (!Ranges.disagree(stated, computed)) {
            return java.util.Optional.empty();
        }
        boolean ratioSlip = stated.overlaps(Ranges.times(computed, new BigDecimal("0.01")));
        String expected = Ranges.rounded(computed, Math.max(2, rate.decimals())).toPlainString() + "%";
        String message = "增长率应约为" + expected + "，文中为" + rate.raw().strip() + "（上年数约为" + previous + "）"
                + (ratioSlip ? "，疑似将比值误写为百分数" : "");
        Severity severity = ratioSlip ? Severity.ERROR : Severities.ofMiss(rate, computed);
        return java.util.Optional.of(new Issue(severity, message, rate.raw().strip(), expected, computed, start, end, figures));
    }
}
