package org.juesuan.extract.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.juesuan.extract.statements.Claims.ValueClaim;
import org.juesuan.model.Figure;

/**
 * Binds an amount to the canonical metric its clause names: 机关运行经费支出56.19万元,
 * 收、支总计为523.48万元. A clause that speaks of a change, a share, a budget or a comparison
 * states something else and is left to the other binders — but in a budget, the budget is the
 * document's own figure (机关运行经费预算为443.18万元), unless the clause names 年初 / 调整 / 全年预算, the
 * year before, or a year other than the budget's own.
 */
final class ValueBinder {
    /** Words that make an amount something other than the metric's value. */
    private static final Pattern NOT_A_VALUE = Pattern.compile("(?=[增减下上降节超占比较相完以单不约])(?:增加|减少|增长|下降|上升|降低|节约|超支|占|比|较|相比|完成|以上|以下|单价|不超过|约)");

    /** In a budget, a clause naming the year before (上年预算, 上一年度) or another budget (年初 / 调整) is not the document's own figure. */
    private static final Pattern EARLIER = Pattern.compile("上年|上一年|去年|以前年度|年初预算|调整预算|全年预算");

    /**
     * @param budget     whether the document is a budget, whose 预算为 / 预算数 is its own figure
     * @param fiscalYear the budget's year: a clause naming another (2023年预算数为… in a 2024 budget) states that
     *                   year's figure, not the document's; when unknown, a clause naming any year is left alone
     */
    List<ValueClaim> bind(List<MaskedSentence> sentences, boolean budget, Integer fiscalYear) {
        List<ValueClaim> values = new ArrayList<>();
        for (MaskedSentence sentence : sentences) {
            String masked = sentence.text();
            for (int i = 0; i < masked.length(); i++) {
                if (masked.charAt(i) != MaskedSentence.AMOUNT) {
                    continue;
                }
                int start = Clauses.startOf(masked, i);
                String clause = sentence.folded(start, i);
                boolean otherFigure = budget
                        ? EARLIER.matcher(clause).find() || namesAnotherYear(sentence, start, i, fiscalYear)
                        : Clauses.BUDGET.matcher(clause).find();
                if (NOT_A_VALUE.matcher(clause).find() || otherFigure) {
                    continue;
                }
                String subject = Clauses.subject(sentence, start, i);
                Optional<String> metric = MetricNames.canonicalOf(subject);
                Figure value = sentence.figureAt(i);
                metric.ifPresent(name -> values.add(new ValueClaim(sentence.sentence(), name, subject, value)));
            }
        }
        return values;
    }

    private static boolean namesAnotherYear(MaskedSentence sentence, int from, int to, Integer fiscalYear) {
        for (int j = from; j < to; j++) {
            Figure year = sentence.text().charAt(j) == MaskedSentence.YEAR ? sentence.figureAt(j) : null;
            if (year != null && (fiscalYear == null || year.value().intValue() != fiscalYear)) {
                return true;
            }
        }
        return false;
    }
}
