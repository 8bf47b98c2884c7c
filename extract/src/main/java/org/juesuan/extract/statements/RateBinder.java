package org.juesuan.extract.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.statements.Claims.RateClaim;
import org.juesuan.model.Figure;

/**
 * Binds a rate stated between two printed values, the form of the Shanghai budgets' item
 * explanations: 2022年当年预算执行数为11.67万元，2023年预算安排45.41万元，比2022年预算执行数增加314.82%.
 * Bound only when it reads without doubt: the sentence holds exactly two amounts before the rate and
 * none between the comparison and the rate (so no Δ is stated); the first amount's clause names a
 * year and the second's the year after it (or 上年 and 本年); and the comparison names the first
 * year (or 上年) again. Anything else is left to the change binder, or to no one.
 */
final class RateBinder {
    private static final String A = String.valueOf(MaskedSentence.AMOUNT);
    private static final String P = String.valueOf(MaskedSentence.PERCENT);
    /** 比2022年预算执行数增加314.82% · 较上年下降6.19%: a comparison, no amount, a direction right before a percent. */
    private static final Pattern RATE = Pattern.compile("(?:比|较)(?<against>[^" + A + P + "，,；;。]{0,20}?)"
            + "(?<direction>增加|减少|增长|下降|上升|降低)了?\\s*(?<rate>" + P + ")");
    private static final Pattern PREVIOUS_WORDS = Pattern.compile("上年|上一年|上年度");
    private static final Pattern CURRENT_WORDS = Pattern.compile("本年|今年|本年度");

    List<RateClaim> bind(List<MaskedSentence> sentences) {
        List<RateClaim> rates = new ArrayList<>();
        for (MaskedSentence sentence : sentences) {
            String text = sentence.text();
            if (text.indexOf(MaskedSentence.PERCENT) < 0) {
                continue;
            }
            Matcher rate = RATE.matcher(text);
            while (rate.find()) {
                bind(sentence, rate).ifPresent(rates::add);
            }
        }
        return rates;
    }

    private static Optional<RateClaim> bind(MaskedSentence sentence, Matcher rate) {
        String text = sentence.text();
        String before = text.substring(0, rate.start());
        int second = before.lastIndexOf(MaskedSentence.AMOUNT);
        int first = second < 0 ? -1 : before.lastIndexOf(MaskedSentence.AMOUNT, second - 1);
        if (first < 0 || before.lastIndexOf(MaskedSentence.AMOUNT, first - 1) >= 0
                || before.lastIndexOf(MaskedSentence.PERCENT) > first) {
            return Optional.empty(); // not exactly two amounts, or a rate of another clause between them
        }
        String firstClause = text.substring(Clauses.startOf(text, first), first);
        String secondClause = text.substring(first + 1, second);
        if (secondClause.chars().filter(c -> Clauses.BOUNDARY.indexOf(c) >= 0).count() != 1) {
            return Optional.empty(); // the two values stand in two neighbouring clauses
        }
        OptionalInt earlier = year(sentence, firstClause, Clauses.startOf(text, first));
        OptionalInt later = year(sentence, secondClause, first + 1);
        OptionalInt against = year(sentence, rate.group("against"), rate.start("against"));
        boolean years = earlier.isPresent() && later.isPresent() && later.getAsInt() == earlier.getAsInt() + 1
                && (against.isEmpty() || against.getAsInt() == earlier.getAsInt());
        boolean words = earlier.isEmpty() && later.isEmpty() && against.isEmpty() && PREVIOUS_WORDS.matcher(firstClause).find()
                && CURRENT_WORDS.matcher(secondClause).find() && !CURRENT_WORDS.matcher(firstClause).find();
        boolean againstNamed = against.isPresent() || PREVIOUS_WORDS.matcher(rate.group("against")).find();
        if (!(years || words) || !againstNamed) {
            return Optional.empty();
        }
        Figure previous = sentence.figureAt(first);
        Figure current = sentence.figureAt(second);
        if (!previous.unit().equals(current.unit())) {
            return Optional.empty();
        }
        return Optional.of(new RateClaim(sentence.sentence(), previous, current, rate.group("direction"),
                sentence.figureAt(rate.start("rate"))));
    }

    /** The one year a clause names (2022年), empty when it names none or two. */
    private static OptionalInt year(MaskedSentence sentence, String clause, int offset) {
        int at = clause.indexOf(MaskedSentence.YEAR);
        if (at < 0 || clause.indexOf(MaskedSentence.YEAR, at + 1) >= 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(sentence.figureAt(offset + at).value().intValue());
    }
}
