package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Ranges;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.statements.Claims.ChangeClaim;
import org.juesuan.extract.statements.Claims.RateClaim;
import org.juesuan.model.Severity;
import org.juesuan.model.ValueRange;

/** 上年为零的增长率: when the whole of this year's value is the increase, last year was zero and no rate exists. */
public final class ZeroBaseRule implements Rule {
    @Override
    public String id() {
        return "change-zero-base";
    }

    @Override
    public String chineseName() {
        return "上年为零仍列增长率";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        for (ChangeClaim change : input.claims().changes()) {
            if (change.current() == null || change.rate() == null || change.rate().value().signum() == 0
                    || !change.direction().startsWith("增")) {
                continue;
            }
            ValueRange base = Ranges.minus(Ranges.of(change.current()), Ranges.of(change.delta()));
            boolean zeroBase = base.high().signum() <= 0 || change.current().value().compareTo(change.delta().value()) == 0;
            if (zeroBase) {
                issues.add(new Issue(Severity.WARNING, "本年数" + change.current().raw().strip() + "即为增加额，上年数为零，增长率无意义（应写“新增”），文中为"
                        + change.rate().raw().strip(), change.rate().raw().strip(), null, null, change.sentence().start(),
                        change.sentence().end(), List.of(change.current(), change.delta(), change.rate())));
            }
        }
        for (RateClaim rate : input.claims().rates()) {
            if (rate.previous().value().signum() == 0 && rate.rate().value().signum() != 0 && rate.direction().startsWith("增")) {
                issues.add(new Issue(Severity.WARNING, "上年数为" + rate.previous().raw().strip() + "，本年数为" + rate.current().raw().strip()
                        + "，增长率无意义（应写“新增”），文中为" + rate.rate().raw().strip(), rate.rate().raw().strip(), null, null,
                        rate.sentence().start(), rate.sentence().end(), List.of(rate.previous(), rate.current(), rate.rate())));
            }
        }
        return issues;
    }
}
