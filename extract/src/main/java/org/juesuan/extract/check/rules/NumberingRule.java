package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.model.ExtractionWarning;
import org.juesuan.model.Severity;
import org.juesuan.model.WarningCode;

/** 标题编号跳号或混用样式 (form only): what the structure stage noticed, as findings a reviewer sees. */
public final class NumberingRule implements Rule {
    @Override
    public String id() {
        return "numbering";
    }

    @Override
    public boolean judgesPrintedForm() {
        return true;
    }

    @Override
    public String chineseName() {
        return "标题编号跳号或混用";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        for (ExtractionWarning warning : input.disclosure().warnings()) {
            boolean numbering = warning.code() == WarningCode.NUMBERING_MIXED_STYLES || warning.code() == WarningCode.NUMBERING_SKIPPED;
            if (numbering && warning.start() >= 0) {
                issues.add(new Issue(Severity.INFO, warning.message(), null, null, null, warning.start(), warning.end(), List.of()));
            }
        }
        return issues;
    }
}
