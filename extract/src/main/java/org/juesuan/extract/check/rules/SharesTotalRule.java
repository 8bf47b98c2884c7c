package org.juesuan.extract.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Ranges;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.statements.Claims.Component;
import org.juesuan.extract.statements.Claims.ComponentList;
import org.juesuan.model.Figure;
import org.juesuan.model.Severity;
import org.juesuan.model.ValueRange;

/**
 * 各项占比合计不为100%: when a list's parts add up to its total and every part states its share, the
 * shares must add up to 100% (each within its rounding).
 */
public final class SharesTotalRule implements Rule {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String id() {
        return "shares-total";
    }

    @Override
    public String chineseName() {
        return "各项占比合计不为100%";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        for (ComponentList list : input.claims().lists()) {
            if (list.components().size() < 2 || list.components().stream().anyMatch(c -> c.share() == null)) {
                continue;
            }
            ValueRange amounts = Ranges.exact(BigDecimal.ZERO);
            ValueRange shares = Ranges.exact(BigDecimal.ZERO);
            List<Figure> figures = new ArrayList<>();
            for (Component component : list.components()) {
                amounts = Ranges.plus(amounts, Ranges.of(component.amount()));
                shares = Ranges.plus(shares, Ranges.of(component.share()));
                figures.add(component.share());
            }
            boolean partition = !Ranges.disagree(amounts, Ranges.of(list.total()));
            if (partition && !shares.contains(HUNDRED)) {
                BigDecimal stated = figures.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                issues.add(new Issue(Severity.WARNING, list.totalName() + "各项占比合计为" + stated.toPlainString() + "%，不等于100%",
                        stated.toPlainString() + "%", "100%", Ranges.exact(HUNDRED), list.sentence().start(), list.sentence().end(),
                        figures));
            }
        }
        return issues;
    }
}
