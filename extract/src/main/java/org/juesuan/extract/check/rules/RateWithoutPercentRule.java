package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.statements.MaskedSentence;
import org.juesuan.model.Severity;

/** 增减率缺少百分号: 增长13.95。 — a rate printed without its %, which reads as a count or an amount. */
public final class RateWithoutPercentRule implements Rule {
    /** 增长13.95。 增幅5.2， 下降3 (a number after a rate word, followed by neither %, a unit nor another digit). */
    private static final Pattern BARE_RATE = Pattern.compile(
            "(?:增长|下降|增幅为?|降幅为?|上升)(\\d{1,3}(?:\\.\\d{1,2})?)(?=[。，；,;）)]|$)");

    @Override
    public String id() {
        return "rate-without-percent";
    }

    @Override
    public String chineseName() {
        return "增减率缺少百分号";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        for (MaskedSentence sentence : input.claims().sentences()) {
            Matcher bare = BARE_RATE.matcher(sentence.folded());
            if (bare.find()) {
                issues.add(new Issue(Severity.WARNING, "“" + bare.group() + "”缺少百分号，应为" + bare.group(1) + "%", bare.group(1),
                        bare.group(1) + "%", null, sentence.sentence().start(), sentence.sentence().end(), List.of()));
            }
        }
        return issues;
    }
}
