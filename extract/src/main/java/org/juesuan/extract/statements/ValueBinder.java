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
 * states something else and is left to the other binders.
 */
final class ValueBinder {
    /** Words that make an amount something other than the metric's value. */
    private static final Pattern NOT_A_VALUE = Pattern.compile("(?=[增减下上降节超占比较相完以单不约])(?:增加|减少|增长|下降|上升|降低|节约|超支|占|比|较|相比|完成|以上|以下|单价|不超过|约)");

    List<ValueClaim> bind(List<MaskedSentence> sentences) {
        List<ValueClaim> values = new ArrayList<>();
        for (MaskedSentence sentence : sentences) {
            String masked = sentence.text();
            for (int i = 0; i < masked.length(); i++) {
                if (masked.charAt(i) != MaskedSentence.AMOUNT) {
                    continue;
                }
                int start = Clauses.startOf(masked, i);
                String clause = sentence.folded(start, i);
                if (NOT_A_VALUE.matcher(clause).find() || Clauses.BUDGET.matcher(clause).find()) {
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
}
