package org.juesuan.extract.figures;

import static org.juesuan.extract.figures.NumberForms.GAP;
import static org.juesuan.extract.figures.NumberForms.SIGNED;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.model.FigureKind;

/** Claims percentages; the value is in percent (19.40% → 19.40), the unit {@code %}. */
final class PercentClaimer implements Claimer {

    /**
     * A number and a percent sign (％ folded to %): {@code 26%}, {@code 0.19%}, {@code 100％},
     * {@code 26 %}, {@code -3.5%}.
     */
    static final Pattern NUMBER_PERCENT = Pattern.compile("(?<number>" + SIGNED + ")" + GAP + "%");

    /**
     * 百分之 with digits or Chinese numerals: {@code 百分之十} (10), {@code 百分之二十五} (25),
     * {@code 百分之百} (100), {@code 百分之3.5} (3.5), {@code 百分之零点五} (0.5).
     */
    static final Pattern SPELLED_PERCENT = Pattern.compile("百分之(?:(?<digits>\\d++(?:\\.\\d++)?+)|(?<numeral>["
            + ChineseNumeral.DIGIT_CHARS + "十百]{1,8}+(?:点[" + ChineseNumeral.DIGIT_CHARS + "]{1,8}+)?+))");

    /** 百分之 holds 百. */
    static final TextNeeds SPELLED_NEEDS = new TextNeeds(List.of("百"));
    /** A digit and the percent sign (％ folded to %). */
    static final TextNeeds NUMBER_NEEDS = TextNeeds.digitAnd("%");

    @Override
    public void claimIn(ClaimMask mask) {
        Claimer.eachMatch(SPELLED_PERCENT, SPELLED_NEEDS, mask, m -> claim(mask, m, spelledValue(m)));
        Claimer.eachMatch(NUMBER_PERCENT, NUMBER_NEEDS, mask, m -> claim(mask, m, NumberText.parse(m.group("number"))));
    }

    private static void claim(ClaimMask mask, Matcher m, NumberText number) {
        mask.claimFigure(m.start(), m.end(), FigureKind.PERCENT, number, "%");
    }

    private static NumberText spelledValue(Matcher m) {
        String digits = m.group("digits");
        return digits != null ? NumberText.parse(digits) : ChineseNumeral.parse(m.group("numeral"));
    }
}
