package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.juesuan.extract.statements.MaskedSentence;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.figures.TextFolder;
import org.juesuan.model.Block;
import org.juesuan.model.Figure;
import org.juesuan.model.FigureKind;
import org.juesuan.model.Severity;

/**
 * 公务接待未披露批次、人次: domestic reception spending must be disclosed with its 批次 and 人次, even when
 * nil (a document that counts only its foreign guests, 接待外宾0批次、0人次, leaves the domestic ones out).
 */
public final class ReceptionCountsRule implements Rule {
    /** Clause boundaries: ， ； 。 ： 、 (folded to ASCII where they have one). */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;。：:、]");
    /** 接待外宾 · 外事接待 · 外宾接待支出. */
    private static final Pattern FOREIGN = Pattern.compile("外宾|外事");
    /** 接待批次2次 · 接待人次18次: a bare 次 counts only after the word it counts. */
    private static final Pattern COUNT_WORD_BEFORE = Pattern.compile("(?:批次|人次)\\s*$");
    /** 国内公务接待支出0.97万元 · 国内公务接待费0.39万（含外宾…）: the amount, even when 元 was left off. */
    private static final Pattern DOMESTIC_SPENT = Pattern.compile(
            "国内公务接待(?:费)?(?:支出)?(?:决算)?(?:数)?(?:为)?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(?:万元|万|元)");

    @Override
    public String id() {
        return "reception-counts";
    }

    @Override
    public String chineseName() {
        return "公务接待未披露批次、人次";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        for (MaskedSentence sentence : input.claims().sentences()) {
            Matcher spent = DOMESTIC_SPENT.matcher(sentence.folded());
            if (!spent.find() || input.inAttachment(sentence.sentence().sectionId())) {
                continue;
            }
            String sectionId = sentence.sentence().sectionId();
            boolean counted = input.disclosure().figures().stream()
                    .filter(f -> f.kind() == FigureKind.COUNT && java.util.Objects.equals(f.sectionId(), sectionId))
                    .filter(f -> f.unit().equals("批次") || f.unit().equals("人次") || f.unit().equals("次"))
                    .anyMatch(f -> domesticClause(input, f));
            if (!counted) {
                issues.add(new Issue(Severity.WARNING, "国内公务接待支出" + spent.group(1) + "万元，但未披露国内接待的批次和人次", null, null,
                        null, sentence.sentence().start(), sentence.sentence().end(), sentence.sentence().figures()));
            }
        }
        return issues;
    }

    /**
     * Whether a count is of domestic (or all) reception: walking back clause by clause from the
     * count, the first clause naming a reception says whose. 国内公务接待15批次，125人次 · 列明公务接待2批次、
     * 26人次 count; 其中：接待外宾0批次、0人次 does not.
     */
    private static boolean domesticClause(CheckInput input, Figure count) {
        Block block = input.disclosure().blocks().stream().filter(b -> b.id().equals(count.blockId())).findFirst().orElseThrow();
        String text = TextFolder.fold(block.text());
        String before = text.substring(0, count.start() - block.start());
        if (count.unit().equals("次") && !COUNT_WORD_BEFORE.matcher(before).find()) {
            return false;
        }
        String[] clauses = CLAUSE_BREAK.split(before, -1);
        for (int i = clauses.length - 1; i >= 0; i--) {
            if (FOREIGN.matcher(clauses[i]).find()) {
                return false;
            }
            if (clauses[i].contains("接待")) {
                return true;
            }
        }
        return false;
    }
}
