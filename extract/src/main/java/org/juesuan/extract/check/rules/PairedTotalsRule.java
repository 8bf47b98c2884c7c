package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Ranges;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.statements.Claims.ChangeClaim;
import org.juesuan.model.Severity;

/**
 * 收、支总计变动不一致: 收入总计 and 支出总计 are one figure seen from its two sides, so their changes on
 * last year are one change too. A text giving 财政拨款收入总计增加52.61万元 and 财政拨款支出总计增加56.58万元
 * is wrong even when each sentence is consistent in itself.
 */
public final class PairedTotalsRule implements Rule {
    /** 收入总计 · 财政拨款收入总计 · 财政拨款支出总计: the side and what comes before it (the scope). */
    private static final Pattern SIDE_TOTAL = Pattern.compile("^(?<scope>.*?)(?<side>收入|支出)总计$");

    @Override
    public String id() {
        return "paired-totals";
    }

    @Override
    public String chineseName() {
        return "收、支总计变动不一致";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        Map<String, ChangeClaim> income = new TreeMap<>();
        Map<String, ChangeClaim> expenditure = new TreeMap<>();
        for (ChangeClaim change : input.claims().changes()) {
            Matcher side = SIDE_TOTAL.matcher(change.metric());
            if (!side.matches() || input.inAttachment(change.sentence().sectionId())) {
                continue;
            }
            (side.group("side").equals("收入") ? income : expenditure).putIfAbsent(side.group("scope"), change);
        }
        List<Issue> issues = new ArrayList<>();
        income.forEach((scope, in) -> {
            ChangeClaim out = expenditure.get(scope);
            if (out != null && differ(in, out)) {
                issues.add(issue(in, out));
                if (out.sentence().start() != in.sentence().start()) {
                    issues.add(issue(out, in));
                }
            }
        });
        return issues;
    }

    private static boolean differ(ChangeClaim in, ChangeClaim out) {
        boolean opposite = !Directions.sameWay(in.direction(), out.direction());
        return opposite || Ranges.disagree(Ranges.of(in.delta()), Ranges.of(out.delta()));
    }

    private static Issue issue(ChangeClaim at, ChangeClaim other) {
        String message = at.metric() + at.direction() + at.delta().raw().strip() + "，而" + other.metric() + other.direction()
                + other.delta().raw().strip() + "；收入总计与支出总计是同一数额的两侧，变动应当相同";
        return new Issue(Severity.ERROR, message, at.delta().raw().strip(), other.delta().raw().strip(), Ranges.of(other.delta()),
                at.sentence().start(), at.sentence().end(), List.of(at.delta(), other.delta()));
    }
}
