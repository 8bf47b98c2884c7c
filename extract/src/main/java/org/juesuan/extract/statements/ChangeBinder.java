package org.juesuan.extract.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.statements.Claims.ChangeClaim;
import org.juesuan.extract.statements.Claims.ValueClaim;
import org.juesuan.model.Figure;

/**
 * Binds year-on-year changes: 本年X，比/较/同比/与YYYY年相比 增加/减少 Δ，增长/下降 r%. The current
 * value is the amount just before the comparison in the same sentence, or else the value of the
 * same metric stated earlier in the same paragraph; without it the claim stays unbound.
 */
final class ChangeBinder {
    private static final String A = String.valueOf(MaskedSentence.AMOUNT);
    private static final String P = String.valueOf(MaskedSentence.PERCENT);
    /**
     * 增加9.13万元，增长0.19% · 减少0.03万元，下降3% · 增加56.58万元、增长25% · 增长 26%: the direction, Δ
     * and optionally the rate. Not 减少为Ａ (减少为0.00万元 names the new value, not the change).
     */
    private static final Pattern CHANGE = Pattern.compile(
            // the first char of every direction word, tested once at each char before ten alternatives
            "(?=[增减下上降节超])(?<direction>增加|减少|增长|下降|上升|降低|节约|超支|增支|减支)了?(?<delta>" + A + ")"
                    + "(?:[，,、；]?\\s*(?:同比)?(?<rateWord>增长|下降|增幅为?|降幅为?|上升|减少|降低|增加|减幅为?)了?\\s*(?<rate>" + P + "))?");
    /** A comparison with last year between the current value and the change: 比2020年, 较上年, 同比, 与2020年相比. */
    private static final Pattern COMPARISON = Pattern.compile("比|较|同比|相比|对比");

    /** The words that open a comparison before its subject: 与2020年相比，… · 比上年 · 较2020年 · 同比. */
    private static final Pattern COMPARISON_LEAD = Pattern.compile(
            "^.*?(?:相比|比[" + MaskedSentence.YEAR + "上年度]*|较[" + MaskedSentence.YEAR + "上年度]*|同比)");

    List<ChangeClaim> bind(List<MaskedSentence> sentences, List<ValueClaim> values) {
        List<ChangeClaim> changes = new ArrayList<>();
        for (MaskedSentence sentence : sentences) {
            if (sentence.text().indexOf(MaskedSentence.AMOUNT) < 0) {
                continue; // no amount, no Δ
            }
            Matcher change = CHANGE.matcher(sentence.text());
            while (change.find()) {
                int deltaAt = change.start("delta");
                String before = sentence.text().substring(0, change.start());
                if (!COMPARISON.matcher(before).find()) {
                    continue; // 增加 without a comparison is not a year-on-year change
                }
                Figure current = null;
                String subject;
                int currentAt = before.lastIndexOf(MaskedSentence.AMOUNT);
                if (currentAt >= 0 && COMPARISON.matcher(before.substring(currentAt)).find()) {
                    current = sentence.figureAt(currentAt);
                    subject = Clauses.subject(sentence, Clauses.startOf(sentence.text(), currentAt), currentAt);
                } else {
                    subject = subjectAfterComparison(sentence, change.start());
                }
                String metric = MetricNames.canonicalOf(subject).orElse(MetricNames.fold(subject));
                if (current == null) {
                    current = valueEarlierInParagraph(sentence.sentence(), metric, values).orElse(null);
                }
                changes.add(new ChangeClaim(sentence.sentence(), metric, subject, current, change.group("direction"),
                        sentence.figureAt(deltaAt), change.group("rateWord") == null ? "" : change.group("rateWord"),
                        change.group("rate") == null ? null : sentence.figureAt(change.start("rate"))));
            }
        }
        return changes;
    }

    /** 与2020年相比，一般公共预算财政拨款支出增加…: the subject stands between the comparison and the direction. */
    private static String subjectAfterComparison(MaskedSentence sentence, int directionAt) {
        int start = Clauses.startOf(sentence.text(), directionAt);
        String clause = sentence.text().substring(start, directionAt);
        Matcher comparison = COMPARISON_LEAD.matcher(clause);
        if (!comparison.find()) {
            return Clauses.subject(sentence, start, directionAt);
        }
        String after = Clauses.subject(sentence, start + comparison.end(), directionAt);
        if (!after.isEmpty()) {
            return after; // 与2020年相比，收、支总计增加…
        }
        Matcher word = COMPARISON.matcher(clause);
        return word.find() ? Clauses.subject(sentence, start, start + word.start()) : ""; // 公务接待费支出比2020年减少…
    }

    private static Optional<Figure> valueEarlierInParagraph(Sentence sentence, String metric, List<ValueClaim> values) {
        Figure found = null;
        for (ValueClaim value : values) {
            Sentence stated = value.sentence();
            if (stated.blockIndex() == sentence.blockIndex() && stated.start() < sentence.start()
                    && value.metric().equals(metric)) {
                found = value.value();
            }
        }
        return Optional.ofNullable(found);
    }
}
