package org.juesuan.extract.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.statements.Claims.Component;
import org.juesuan.extract.statements.Claims.ComponentList;
import org.juesuan.extract.statements.Claims.ShareClaim;
import org.juesuan.extract.statements.Claims.ValueClaim;
import org.juesuan.model.Figure;

/**
 * Binds shares: part 占 [denominator] (的) p%. The denominator is the one named (占本年支出合计的100%)
 * when it names a metric stated with a value, else the total of the list the share stands in
 * (基本支出231.05万元，占89%). A share whose denominator cannot be told stays unbound.
 */
final class ShareBinder {
    /** 占本年支出合计的100% · 占89% · 占政府采购支出总额的比重为0%. */
    private static final Pattern SHARE = Pattern.compile("占(?<whole>[^" + MaskedSentence.AMOUNT + MaskedSentence.PERCENT
            + MaskedSentence.COUNT + "，,。；;]{0,30}?)(?:的)?(?:比重|比例)?(?:为)?\\s*(?<share>" + MaskedSentence.PERCENT + ")");

    List<ShareClaim> bind(List<MaskedSentence> sentences, List<ComponentList> lists, List<ValueClaim> values) {
        List<ShareClaim> shares = new ArrayList<>();
        for (MaskedSentence sentence : sentences) {
            Matcher share = SHARE.matcher(sentence.text());
            while (share.find()) {
                int partAt = partBefore(sentence, share.start());
                if (partAt < 0) {
                    continue;
                }
                Figure part = sentence.figureAt(partAt);
                Figure shareFigure = sentence.figureAt(share.start("share"));
                String wholeName = share.group("whole").strip();
                String partName = Clauses.subject(sentence, Clauses.startOf(sentence.text(), partAt), partAt);
                Figure whole = whole(wholeName, sentence.sentence(), shareFigure, lists, values).orElse(null);
                shares.add(new ShareClaim(sentence.sentence(), partName, part, shareFigure, wholeName, whole));
            }
        }
        return shares;
    }

    /** The part: the last amount or count before 占, in the same clause or the one just before it. */
    private static int partBefore(MaskedSentence sentence, int shareAt) {
        String masked = sentence.text();
        for (int i = shareAt - 1; i >= 0; i--) {
            char c = masked.charAt(i);
            if (c == MaskedSentence.AMOUNT || c == MaskedSentence.COUNT) {
                return i;
            }
            if (c == '；' || c == ';' || c == '。' || c == MaskedSentence.PERCENT) {
                return -1;
            }
        }
        return -1;
    }

    private static Optional<Figure> whole(String wholeName, Sentence sentence, Figure share, List<ComponentList> lists,
                                          List<ValueClaim> values) {
        Optional<ComponentList> list = lists.stream()
                .filter(l -> l.components().stream().map(Component::share).anyMatch(s -> s == share)).findFirst();
        if (wholeName.isEmpty()) {
            return list.map(ComponentList::total);
        }
        Optional<String> metric = MetricNames.canonicalOf(wholeName);
        if (metric.isEmpty()) {
            return list.filter(l -> MetricNames.fold(l.totalName()).contains(MetricNames.fold(wholeName))).map(ComponentList::total);
        }
        return valueOf(metric.get(), sentence, values);
    }

    /** The value stated for a metric: in the same section if there, else the one value the document states. */
    private static Optional<Figure> valueOf(String metric, Sentence sentence, List<ValueClaim> values) {
        List<ValueClaim> named = values.stream().filter(v -> v.metric().equals(metric)).toList();
        List<ValueClaim> near = named.stream().filter(v -> Objects.equals(v.sentence().sectionId(), sentence.sectionId())).toList();
        List<ValueClaim> candidates = near.isEmpty() ? named : near;
        boolean oneValue = candidates.stream().map(v -> v.value().value().stripTrailingZeros()).distinct().count() == 1;
        return oneValue ? Optional.of(candidates.get(0).value()) : Optional.empty();
    }
}
