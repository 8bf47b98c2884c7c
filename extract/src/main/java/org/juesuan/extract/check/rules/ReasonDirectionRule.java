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
 * 原因与增减方向相反: a change and the reason given for it move its money opposite ways —
 * 比2023年预算执行数减少2.98%。主要原因是：宣传事务一般行政管理事务经费增加。 Only the narrow form a reason of
 * one clause takes in the templates is read: the change's own direction word and its figure, the sentence's
 * end, 主要原因是, then one clause naming money (经费 · 支出 · 资金) that 增加 / 减少 and ends the sentence. A
 * reason of several clauses, or about anything but the money (人员减少), is not judged.
 */
public final class ReasonDirectionRule implements Rule {
    private static final Pattern CHANGE_THEN_REASON = Pattern.compile(
            "(增加|增长|减少|下降)\\s*[\\d,.]+\\s*(?:万元|元|亿元|%|％)[。；;]\\s*主要原因(?:是|为)[:：]?\\s*"
                    + "([^。；;，,：:]{1,40}?(?:经费|支出|资金))(增加|增长|减少|下降)[。；;]");

    @Override
    public String id() {
        return "reason-direction";
    }

    @Override
    public String chineseName() {
        return "原因与增减方向相反";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        for (Block block : input.disclosure().blocks()) {
            if (block.kind() != BlockKind.PARAGRAPH) {
                continue;
            }
            Matcher m = CHANGE_THEN_REASON.matcher(block.text());
            while (m.find()) {
                if (rises(m.group(1)) != rises(m.group(3))) {
                    issues.add(new Issue(Severity.WARNING, "增减变动写作“" + m.group(1) + "”，而所述原因为“" + m.group(2) + m.group(3)
                            + "”，方向相反", m.group(3), null, null, block.start() + m.start(), block.start() + m.end(), List.of()));
                }
            }
        }
        return issues;
    }

    private static boolean rises(String word) {
        return word.equals("增加") || word.equals("增长");
    }
}
