package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Ranges;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.statements.Claims.ValueClaim;
import org.juesuan.model.Severity;

/**
 * 附件与正文数字不一致: attachments (the performance report) restate the year's appropriations;
 * a restated figure that matches none of the values the accounts give for it contradicts them.
 */
public final class RestatedFigureRule implements Rule {
    /** A metric restated in an attachment, and the body metrics it may stand for. */
    private static final Map<String, List<String>> COUNTERPARTS = Map.of(
            "基本支出", List.of("基本支出", "一般公共预算财政拨款基本支出"),
            "项目支出", List.of("项目支出", "一般公共预算财政拨款项目支出"),
            "财政拨款收入", List.of("财政拨款收入", "一般公共预算财政拨款收入", "本年收入合计"),
            "财政拨款支出", List.of("财政拨款支出", "一般公共预算财政拨款支出", "本年支出合计"),
            "三公经费", List.of("三公经费"),
            "机关运行经费", List.of("机关运行经费"));

    @Override
    public String id() {
        return "restated-figure";
    }

    @Override
    public String chineseName() {
        return "附件与正文数字不一致";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        for (ValueClaim restated : input.claims().values()) {
            List<String> counterparts = COUNTERPARTS.get(restated.metric());
            if (counterparts == null || !input.inAttachment(restated.sentence().sectionId())) {
                continue;
            }
            List<ValueClaim> body = counterparts.stream().flatMap(m -> input.bodyValues(m).stream()).toList();
            boolean matches = body.stream().anyMatch(v -> Ranges.of(v.value()).overlaps(Ranges.of(restated.value())));
            if (!body.isEmpty() && !matches) {
                ValueClaim first = body.get(0);
                issues.add(new Issue(Severity.ERROR, "附件中" + restated.subject() + restated.value().raw().strip() + "，与正文" + first.subject()
                        + first.value().raw().strip() + "不一致", restated.value().raw().strip(), first.value().raw().strip(),
                        Ranges.of(first.value()), restated.sentence().start(), restated.sentence().end(),
                        List.of(restated.value(), first.value())));
            }
        }
        return issues;
    }
}
