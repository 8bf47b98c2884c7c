package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.statements.Claims.ChangeClaim;
import org.juesuan.extract.statements.MaskedSentence;
import org.juesuan.model.Severity;

/**
 * 增减方向用语矛盾: 增加…下降, 减少…增长, or a change and 持平 in one breath
 * (减少为0.00万元，与2024年持平).
 */
public final class ChangeDirectionRule implements Rule {
    private static final Pattern UP = Pattern.compile("增加|增长|上升|增支|超支");
    private static final Pattern DOWN = Pattern.compile("减少|下降|降低|节约|减支");
    /**
     * A change word and 持平 / 无变化 / 不变 said of one thing: within one clause, or across a comma only
     * when the next clause compares the same thing (减少为0.00万元，与2024年持平). A new clause with its own
     * subject speaks of another item (公用经费减少5.00万元，其他支出保持不变), and 其中 hands over to the items
     * (…减少0.15万元，其中：因公出国（境）费支出与上一年度持平).
     */
    static final Pattern CHANGE_AND_FLAT = Pattern.compile(
            "(?=[增减下持无没不])(?:(?:增加|减少|增长|下降)[^。；;，,]{0,15}?(?:[，,]\\s*(?:与|和|较|比|同)[^。；;，,]{0,12}?)?(?:持平|无变化|没有变化|不变)"
                    + "|(?:持平|无变化|没有变化|不变)[^。；;，,]{0,15}?(?:增加|减少|增长|下降))");

    @Override
    public String id() {
        return "change-direction";
    }

    @Override
    public String chineseName() {
        return "增减方向用语矛盾";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        for (ChangeClaim change : input.claims().changes()) {
            boolean contrary = !change.rateWord().isEmpty()
                    && (UP.matcher(change.direction()).matches() && DOWN.matcher(change.rateWord()).find()
                    || DOWN.matcher(change.direction()).matches() && UP.matcher(change.rateWord()).find());
            if (contrary) {
                issues.add(new Issue(Severity.ERROR, "增减额用“" + change.direction() + "”，增减率却用“" + change.rateWord() + "”，方向矛盾",
                        change.direction() + change.delta().raw().strip(), null, null, change.sentence().start(),
                        change.sentence().end(), List.of(change.delta())));
            }
        }
        for (MaskedSentence sentence : input.claims().sentences()) {
            Matcher both = CHANGE_AND_FLAT.matcher(sentence.folded());
            if (both.find()) {
                issues.add(new Issue(Severity.WARNING, "同一句既称增减又称持平（“" + both.group() + "”），表述矛盾",
                        both.group(), null, null, sentence.sentence().start(), sentence.sentence().end(),
                        sentence.sentence().figures()));
            }
        }
        return issues;
    }
}
