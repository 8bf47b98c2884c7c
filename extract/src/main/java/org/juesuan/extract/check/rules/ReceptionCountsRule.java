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
    private static final Pattern DOMESTIC = Pattern.compile("国内公务接待");
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
                    .filter(f -> f.unit().equals("批次") || f.unit().equals("人次"))
                    .anyMatch(f -> domesticClause(input, f));
            if (!counted) {
                issues.add(new Issue(Severity.WARNING, "国内公务接待支出" + spent.group(1) + "万元，但未披露国内接待的批次和人次", null, null,
                        null, sentence.sentence().start(), sentence.sentence().end(), sentence.sentence().figures()));
            }
        }
        return issues;
    }

    /** Whether a count stands in the paragraph about domestic (not foreign) reception. */
    private static boolean domesticClause(CheckInput input, Figure count) {
        Block block = input.disclosure().blocks().stream().filter(b -> b.id().equals(count.blockId())).findFirst().orElseThrow();
        String text = TextFolder.fold(block.text());
        String before = text.substring(0, count.start() - block.start());
        int domestic = before.lastIndexOf("国内");
        int foreign = Math.max(before.lastIndexOf("外宾"), before.lastIndexOf("外事"));
        return DOMESTIC.matcher(text).find() && domestic > foreign;
    }
}
