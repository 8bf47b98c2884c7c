package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.figures.TextFolder;
import org.juesuan.model.Block;
import org.juesuan.model.BlockKind;
import org.juesuan.model.Figure;
import org.juesuan.model.FigureKind;

/**
 * An item's budget and outturn as a paragraph states them, with what it says of the two: 年初预算为
 * 51.50万元，支出决算为51.98万元。决算数大于预算数… · …完成年初预算的98.61%。 Each verdict (a comparison
 * word or a completion rate) is paired with the last budget and the last outturn printed before it
 * and after the previous verdict, so a paragraph holding several items pairs each with its own.
 */
final class BudgetOutturns {
    /** The budget's amount follows: 年初预算为 · 预算数为 · 调整预算 · 全年预算是. */
    private static final Pattern BUDGET_BEFORE = Pattern.compile("预算(?:数)?(?:为|是)?\\s*$");
    /** The outturn's amount follows: 支出决算为 · 决算数为 · 当年支出决算为. */
    private static final Pattern OUTTURN_BEFORE = Pattern.compile("决算(?:数)?(?:为|是)?\\s*$");
    /**
     * What is said of the two: 决算数大于预算数 · 决算数小于年初预算数 · 决算数等于预算数 · 决算数与预算数持平 ·
     * 决算数同预算数持平 · 决算数与预算数基本持平 · 超出预算 · 未完成年初预算 · 完成年初预算的98.61%.
     */
    private static final Pattern VERDICT = Pattern.compile(
            "决算数?(?<word>大于|小于|等于|超过|低于|高于|超出)(?:年初|调整|全年)?预算数?"
                    + "|决算数?(?:与|同|和)(?:年初|调整|全年)?预算数?(?<flat>基本持平|持平|相等|一致)"
                    + "|(?<short>未完成)(?:年初|调整|全年)?预算"
                    + "|完成(?:年初|调整|全年)?预算(?:数)?(?:的)?\\s*(?=\\d)");

    /** One verdict with its budget and outturn; rate is the completion rate when the verdict is one. */
    record Outturn(Block block, Figure budget, Figure outturn, String word, Figure rate, int start, int end) {
    }

    private BudgetOutturns() {
    }

    static List<Outturn> of(CheckInput input) {
        List<Outturn> outturns = new ArrayList<>();
        for (Block block : input.disclosure().blocks()) {
            if (block.kind() == BlockKind.PARAGRAPH && !input.inAttachment(block.sectionId())) {
                outturns.addAll(of(block, input.disclosure().figures().stream()
                        .filter(f -> block.id().equals(f.blockId()) && f.kind() != FigureKind.CODE).toList()));
            }
        }
        return outturns;
    }

    private static List<Outturn> of(Block block, List<Figure> figures) {
        String text = TextFolder.fold(block.text());
        List<Outturn> outturns = new ArrayList<>();
        Matcher verdict = VERDICT.matcher(text);
        int from = 0;
        while (verdict.find()) {
            Figure budget = null;
            Figure outturn = null;
            Figure rate = null;
            for (Figure figure : figures) {
                int at = figure.start() - block.start();
                if (figure.kind() == FigureKind.PERCENT && at == verdict.end()) {
                    rate = figure;
                }
                if (figure.kind() != FigureKind.AMOUNT || at < from || at >= verdict.start()) {
                    continue;
                }
                String before = text.substring(Math.max(from, at - 12), at);
                if (OUTTURN_BEFORE.matcher(before).find()) {
                    outturn = figure;
                } else if (BUDGET_BEFORE.matcher(before).find()) {
                    budget = figure;
                }
            }
            String word = verdict.group("word") != null ? verdict.group("word")
                    : verdict.group("flat") != null ? verdict.group("flat") : verdict.group("short") != null ? "未完成" : "完成";
            if (budget != null && (outturn != null || rate != null)) {
                outturns.add(new Outturn(block, budget, outturn, word, rate, block.start() + verdict.start(), block.start() + verdict.end()));
            }
            from = verdict.end();
        }
        return outturns;
    }
}
