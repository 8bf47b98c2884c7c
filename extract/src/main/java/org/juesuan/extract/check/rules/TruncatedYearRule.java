package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.model.Block;
import org.juesuan.model.Severity;

/** 年度缺位: a year printed with a digit missing, 202 年度, as a template's blank left half-filled. */
public final class TruncatedYearRule implements Rule {
    /** 202年度, 202 年度部门决算 (three digits where a year stands; not 2021年度, not 1202年度). */
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\d.,])(20\\d)\\s*年度");

    @Override
    public String id() {
        return "truncated-year";
    }

    @Override
    public String chineseName() {
        return "年度数字缺位";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        Integer year = input.disclosure().document().fiscalYear();
        for (Block block : input.disclosure().blocks()) {
            Matcher shortYear = SHORT_YEAR.matcher(block.text());
            if (shortYear.find()) {
                issues.add(new Issue(Severity.WARNING, "年度“" + shortYear.group(1) + "”缺少一位" + (year == null ? "" : "（应为" + year + "）"),
                        shortYear.group(), year == null ? null : year + "年度", null, block.start(), block.end(), List.of()));
            }
        }
        return issues;
    }
}
