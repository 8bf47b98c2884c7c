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
 * same metric stated earlier in the same paragraph, or else — for a sentence that opens with the
 * comparison (与上年相比，增加…; 与上年相比，财政拨款支出增加…) — the one amount of the sentence it
 * continues (项目支出预算数为4335.3万元。与上年相比减少了1237.7万元…), when that sentence holds no other
 * amount and the subject it names, if any, is the one that sentence speaks of. Without it the claim
 * stays unbound.
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

    /** What two names of one figure may differ by: 财政拨款收、支总预算 and 财政拨款收、支总计各 name one. */
    private static final Pattern NAME_NOISE = Pattern.compile("预算|决算|总计|合计|总|各|年度|本年|[\\uE004\\s]");
    /** A sentence's opening that is the comparison alone: 与上年相比 · 与2018年预算相比 · 比上年 · 较上年 · 同比. */
    private static final Pattern OPENING = Pattern.compile("\\s*(?:与|同)?[\\uE004上一年度预决算执行数]*(?:相比|比|较)[\\uE004上一年度]*");
    /** A sentence that itemises a part: 其中：… · 含… */
    private static final Pattern PART = Pattern.compile("\\s*(?:其中|含|包括)");
    /** Sentences without figures looked back over for the one a comparison continues (主要用于… between). */
    private static final int LOOK_BACK = 2;

    /** The words that open a comparison before its subject: 与2020年相比，… · 比上年 · 较2020年 · 同比. */
    private static final Pattern COMPARISON_LEAD = Pattern.compile(
            "^.*?(?:相比|比[" + MaskedSentence.YEAR + "上年度]*|较[" + MaskedSentence.YEAR + "上年度]*|同比)");

    List<ChangeClaim> bind(List<MaskedSentence> sentences, List<ValueClaim> values) {
        List<ChangeClaim> changes = new ArrayList<>();
        for (int index = 0; index < sentences.size(); index++) {
            MaskedSentence sentence = sentences.get(index);
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
                if (current == null && currentAt < 0) {
                    Optional<Topic> topic = continued(sentences, index, openingSubject(sentence.text(), change.start()));
                    if (topic.isPresent()) {
                        current = topic.get().value();
                        subject = topic.get().subject();
                        metric = MetricNames.canonicalOf(subject).orElse(MetricNames.fold(subject));
                    }
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

    /** The amount a comparison continues from an earlier sentence, and what that sentence says it is. */
    private record Topic(Figure value, String subject) {
    }

    /**
     * The subject named between a comparison that opens the sentence and the direction word: empty for
     * 与上年相比减少了…, 财政拨款支出 for 与上年相比，财政拨款支出增加…; null when the sentence does not open
     * with the comparison.
     */
    private static String openingSubject(String text, int directionAt) {
        Matcher lead = COMPARISON_LEAD.matcher(text.substring(0, directionAt));
        if (!lead.find() || !OPENING.matcher(lead.group()).matches()) {
            return null;
        }
        return text.substring(lead.end(), directionAt).replaceAll("[，,\\s]", "");
    }

    /**
     * The one amount of the sentence a comparison continues: the nearest earlier sentence of the
     * paragraph with figures (over at most {@value #LOOK_BACK} without), if it holds exactly one
     * amount and, when the comparison names a subject, speaks of the same.
     */
    private static Optional<Topic> continued(List<MaskedSentence> sentences, int index, String named) {
        if (named == null) {
            return Optional.empty();
        }
        int paragraph = sentences.get(index).sentence().blockIndex();
        for (int i = index - 1, skipped = 0; i >= 0 && skipped <= LOOK_BACK; i--) {
            MaskedSentence earlier = sentences.get(i);
            if (earlier.sentence().blockIndex() != paragraph) {
                return Optional.empty();
            }
            String text = earlier.text();
            int at = text.indexOf(MaskedSentence.AMOUNT);
            if (at < 0 && text.indexOf(MaskedSentence.PERCENT) < 0) {
                skipped++;
                continue;
            }
            if (at < 0 || text.indexOf(MaskedSentence.AMOUNT, at + 1) >= 0 || PART.matcher(text).lookingAt()) {
                return Optional.empty(); // two amounts, or a part (其中：人员经费Ａ。) the change may not be about
            }
            String subject = Clauses.subject(earlier, Clauses.startOf(text, at), at);
            String bare = NAME_NOISE.matcher(subject).replaceAll("");
            String namedBare = NAME_NOISE.matcher(named).replaceAll("");
            if (bare.isEmpty() || !namedBare.isEmpty() && !bare.contains(namedBare)) {
                return Optional.empty();
            }
            return Optional.of(new Topic(earlier.figureAt(at), subject));
        }
        return Optional.empty();
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
