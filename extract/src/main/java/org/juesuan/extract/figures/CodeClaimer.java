package org.juesuan.extract.figures;

import static org.juesuan.extract.figures.NumberForms.GAP;
import static org.juesuan.extract.figures.NumberForms.UNIT_START;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.model.FigureKind;

/**
 * Claims function-classification codes (功能分类科目编码): 3 digits of 类, 2 of 款, 2 of 项.
 * The value is the code's digits; the unit is empty.
 */
final class CodeClaimer implements Claimer {

    /**
     * The glossary's split form, each part tagged (parentheses already folded to ASCII):
     * {@code 20131（款）01（项）} → 2013101, {@code 201（类）31（款）01（项）} → 2013101,
     * {@code 20805(款)05(项)} → 2080505, {@code 201（类）} → 201, {@code 20131（款）} → 20131.
     */
    static final Pattern SPLIT_CODE = Pattern.compile("(?<!\\d)(?:"
            + "(?<lei>2\\d{2})" + GAP + "\\(类\\)(?:" + GAP + "(?<kuanOfLei>\\d{2})" + GAP + "\\(款\\)"
            + "(?:" + GAP + "(?<xiangOfLei>\\d{2})" + GAP + "\\(项\\))?+)?+"
            + "|(?<kuan>2\\d{4})" + GAP + "\\(款\\)(?:" + GAP + "(?<xiang>\\d{2})" + GAP + "\\(项\\))?+)");

    /**
     * A 7-digit 项 code standing alone: {@code 2011101}, {@code 一般公共服务2011101:}. Not part of a
     * longer digit run or of {@code 0839-2345678}, and not a number with a unit
     * ({@code 2011101元}, {@code 2011101个}).
     */
    static final Pattern SEVEN_DIGIT_CODE = Pattern.compile(
            "(?<!\\d)(?<!\\d[.,\\-])(?<code>2\\d{6})(?!\\d|[.,]\\d)(?!" + GAP + UNIT_START + ")");

    /** A split code has a 2 and a bracketed (类) or (款). */
    static final TextNeeds SPLIT_CODE_NEEDS = new TextNeeds(List.of("2", "("));
    /** A 7-digit code starts with 2. */
    static final TextNeeds SEVEN_DIGIT_CODE_NEEDS = new TextNeeds(List.of("2"));

    @Override
    public void claimIn(ClaimMask mask) {
        Claimer.eachMatch(SPLIT_CODE, SPLIT_CODE_NEEDS, mask, m -> claim(mask, m, splitCodeDigits(m)));
        Claimer.eachMatch(SEVEN_DIGIT_CODE, SEVEN_DIGIT_CODE_NEEDS, mask, m -> claim(mask, m, m.group("code")));
    }

    private static void claim(ClaimMask mask, Matcher m, String digits) {
        mask.claimFigure(m.start(), m.end(), FigureKind.CODE, NumberText.ofInteger(digits), "");
    }

    private static String splitCodeDigits(Matcher m) {
        if (m.group("kuan") != null) {
            return m.group("kuan") + orEmpty(m.group("xiang"));
        }
        return m.group("lei") + orEmpty(m.group("kuanOfLei")) + orEmpty(m.group("xiangOfLei"));
    }

    private static String orEmpty(String group) {
        return group == null ? "" : group;
    }
}
