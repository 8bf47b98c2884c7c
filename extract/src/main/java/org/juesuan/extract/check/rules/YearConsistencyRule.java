package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.figures.TextFolder;
import org.juesuan.model.Block;
import org.juesuan.model.BlockKind;
import org.juesuan.model.DocumentKind;
import org.juesuan.model.Severity;

/**
 * 年度前后不一致: a report for year Y whose assets are counted 截至(Y−1)年12月31日, or whose own headings,
 * captions and contents name (Y−1)年度决算. Sentences comparing with last year (与2023年度相比, 比2023年度决算数)
 * are not looked at: only the year-end date and the document's own titles.
 */
public final class YearConsistencyRule implements Rule {
    /** 截至2023年12月31日 · 截止 2023 年 12 月 31 日. */
    private static final Pattern YEAR_END = Pattern.compile("截[至止]\\s*(?<year>20\\d{2})\\s*年\\s*12\\s*月\\s*31\\s*日");
    /** In a title: 上海市XX局2023年度部门决算 · 2023年度单位决算情况说明 · 2023年度部门决算表. */
    private static final Pattern TITLE_YEAR = Pattern.compile("(?<!\\d)(?<year>20\\d{2})\\s*年度?\\s*(?:部门|单位)?决算");

    @Override
    public String id() {
        return "year-consistency";
    }

    @Override
    public boolean appliesTo(DocumentKind kind) {
        return kind == DocumentKind.FINAL_ACCOUNTS;
    }

    @Override
    public String chineseName() {
        return "年度前后不一致";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        Integer year = input.disclosure().document().fiscalYear();
        if (year == null) {
            return issues;
        }
        for (Block block : input.disclosure().blocks()) {
            if (block.kind() == BlockKind.TABLE || input.inAttachment(block.sectionId())) {
                continue;
            }
            String text = TextFolder.fold(block.text());
            Matcher yearEnd = YEAR_END.matcher(text);
            if (yearEnd.find() && Integer.parseInt(yearEnd.group("year")) != year) {
                issues.add(issue(block, yearEnd.group(), year + "年12月31日", year + "年度的决算却以" + yearEnd.group("year") + "年末为准"));
                continue;
            }
            Matcher title = TITLE_YEAR.matcher(text);
            if (isTitle(block) && title.find() && Integer.parseInt(title.group("year")) != year) {
                issues.add(issue(block, title.group(), year + "年度", year + "年度的决算，标题却写" + title.group("year") + "年度"));
            }
        }
        return issues;
    }

    private static boolean isTitle(Block block) {
        return block.kind() == BlockKind.HEADING || block.kind() == BlockKind.CAPTION || block.kind() == BlockKind.TOC;
    }

    private static Issue issue(Block block, String stated, String expected, String message) {
        return new Issue(Severity.WARNING, message + "：“" + stated + "”", stated, expected, null, block.start(), block.end(), List.of());
    }
}
