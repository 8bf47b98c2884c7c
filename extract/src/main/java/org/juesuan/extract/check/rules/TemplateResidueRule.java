package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.model.Block;
import org.juesuan.model.BlockKind;
import org.juesuan.model.Severity;

/**
 * 模板残留: text of the template left in — ellipses ……, placeholders （项目名称） XX, blanks such as
 * 占 % or 减少 万元, runs of asterisks. One finding per block.
 */
public final class TemplateResidueRule implements Rule {
    /**
     * ……, ……其他用车主要是用于……; （项目名称）, (单位名称); XX局, XXX万元, ××; 占 %, 占本年支出合计的 %; 增加 万元, 为万元;
     * ***; the template's alternatives left in: 增加（减少）, 下降（增长）, 大于（小于）; a reason announced and
     * never given: 主要原因： at the end of a paragraph.
     */
    private static final Pattern RESIDUE = Pattern.compile(
            "…{2,}|\\.{6,}|[（(](?:项目|单位|部门|科目)名称[）)]|(?<![A-Za-z])[XＸ×]{2,}(?![A-Za-z])|占[^，。；\\d%％]{0,12}?\\s*[%％]"
                    + "|(?:增加|减少|为|支出|收入)\\s*(?:万元|%|％)(?![\\d])|\\*{3,}"
                    + "|(?:增加|减少|增长|下降|大于|小于)[（(](?:增加|减少|增长|下降|大于|小于)[）)]"
                    + "|主要原因(?:是|为)?[:：]\\s*$");

    @Override
    public String id() {
        return "template-residue";
    }

    @Override
    public String chineseName() {
        return "模板文字残留";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        for (Block block : input.disclosure().blocks()) {
            if (block.kind() == BlockKind.TABLE) {
                continue;
            }
            Matcher residue = RESIDUE.matcher(block.text());
            if (residue.find()) {
                issues.add(new Issue(Severity.WARNING, "疑似模板文字残留：“" + residue.group() + "”，请补全或删除", residue.group(), null, null,
                        block.start(), block.end(), List.of()));
            }
        }
        return issues;
    }
}
