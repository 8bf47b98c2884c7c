package org.juesuan.extract.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.statements.Claims.CompletionClaim;
import org.juesuan.model.Figure;

/**
 * Binds budget completion: 完成（年初/调整/全年）预算的 p%, with 决算数大于/小于/等于预算数 when said,
 * and the budget and final amounts when the sentence gives both (年初预算为X万元，支出决算为Y万元).
 */
final class CompletionBinder {
    /** 完成预算100% · 完成年初预算的98.5% · 完成调整预算数的 101%. */
    private static final Pattern RATE = Pattern.compile(
            "完成(?<kind>年初|调整|全年)?预算(?:数)?(?:的)?\\s*(?<rate>" + MaskedSentence.PERCENT + ")");
    /** 决算数等于预算数 · 决算数小于年初预算数 · 决算数超过预算数. */
    private static final Pattern COMPARISON = Pattern.compile("决算数?(?<word>大于|小于|等于|超过|低于|高于)(?:年初|调整|全年)?预算数?");
    private static final Pattern FINAL_WORDS = Pattern.compile("决算|支出");

    List<CompletionClaim> bind(List<MaskedSentence> sentences) {
        List<CompletionClaim> completions = new ArrayList<>();
        for (MaskedSentence sentence : sentences) {
            Matcher rate = RATE.matcher(sentence.text());
            if (!rate.find()) {
                continue;
            }
            Matcher comparison = COMPARISON.matcher(sentence.text());
            String word = comparison.find() ? comparison.group("word") : "";
            Figure budget = null;
            Figure actual = null;
            int budgets = 0;
            int actuals = 0;
            String masked = sentence.text();
            for (int i = 0; i < rate.start(); i++) {
                if (masked.charAt(i) != MaskedSentence.AMOUNT) {
                    continue;
                }
                String clause = sentence.folded(Clauses.startOf(masked, i), i);
                if (Clauses.BUDGET.matcher(clause).find() && !clause.contains("决算")) {
                    budget = sentence.figureAt(i);
                    budgets++;
                } else if (FINAL_WORDS.matcher(clause).find()) {
                    actual = sentence.figureAt(i);
                    actuals++;
                }
            }
            completions.add(new CompletionClaim(sentence.sentence(), sentence.figureAt(rate.start("rate")),
                    rate.group("kind") == null ? "" : rate.group("kind"), word,
                    budgets == 1 ? budget : null, actuals == 1 && budgets == 1 ? actual : null));
        }
        return completions;
    }
}
