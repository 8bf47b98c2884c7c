package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Ranges;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.statements.Claims.ChangeClaim;
import org.juesuan.model.Severity;
import org.juesuan.model.ValueRange;

/**
 * 增加额大于本年数: an increase larger than this year's value puts last year below zero, which no
 * amount of spending or income can be (政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元: the 1421.25 is
 * the line before's, copied). Judged beyond every rounding of the two printed figures.
 */
public final class NegativePreviousRule implements Rule {
    @Override
    public String id() {
        return "negative-previous";
    }

    @Override
    public String chineseName() {
        return "增加额大于本年数";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        for (ChangeClaim change : input.claims().changes()) {
            if (change.current() == null || change.current().value().signum() < 0 || !Directions.up(change.direction())) {
                continue;
            }
            ValueRange previous = Ranges.minus(Ranges.of(change.current()), Ranges.of(change.delta()));
            if (previous.high().signum() >= 0) {
                continue;
            }
            issues.add(new Issue(Severity.ERROR, "本年数" + change.current().raw().strip() + "，而" + change.direction()
                    + change.delta().raw().strip() + "，推算上年数为负，不可能；增加额或本年数有误", change.delta().raw().strip(), null, null,
                    change.sentence().start(), change.sentence().end(), List.of(change.current(), change.delta())));
        }
        return issues;
    }
}
