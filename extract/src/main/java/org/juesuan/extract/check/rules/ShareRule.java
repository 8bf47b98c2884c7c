package org.juesuan.extract.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Ranges;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.check.Severities;
import org.juesuan.extract.statements.Claims.ShareClaim;
import org.juesuan.model.Severity;
import org.juesuan.model.ValueRange;

/** 占比与金额不符: part 占 whole 的 p% must equal part / whole. */
public final class ShareRule implements Rule {
    @Override
    public String id() {
        return "share";
    }

    @Override
    public String chineseName() {
        return "占比与金额不符";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        for (ShareClaim share : input.claims().shares()) {
            if (share.whole() == null) {
                continue;
            }
            ValueRange computed = Ranges.percentOf(Ranges.of(ComponentsSumRule.inTotalUnit(share.part(), share.whole())),
                    Ranges.of(share.whole()));
            ValueRange stated = Ranges.of(share.share());
            if (computed == null || !Ranges.disagree(stated, computed)) {
                continue;
            }
            boolean ratioSlip = stated.overlaps(Ranges.times(computed, new BigDecimal("0.01")));
            String expected = Ranges.rounded(computed, share.share().decimals()).toPlainString() + "%";
            String exact = Ranges.rounded(computed, 2).toPlainString() + "%";
            Severity severity = ratioSlip ? Severity.ERROR : Severities.ofMiss(share.share(), computed);
            String whole = share.wholeName().isEmpty() ? "合计" : share.wholeName();
            issues.add(new Issue(severity, share.partName() + share.part().raw().strip() + "占" + whole + share.whole().raw().strip()
                    + "的比例应为" + exact + "（按文中精度应写" + expected + "），文中为" + share.share().raw().strip()
                    + (ratioSlip ? "，疑似将比值误写为百分数" : ""), share.share().raw().strip(), expected, computed,
                    share.sentence().start(), share.sentence().end(), List.of(share.part(), share.whole(), share.share())));
        }
        return issues;
    }
}
