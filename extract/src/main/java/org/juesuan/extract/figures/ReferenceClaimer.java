package org.juesuan.extract.figures;

import static org.juesuan.extract.figures.NumberForms.GAP;
import static org.juesuan.extract.figures.NumberForms.UNIT_START;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Claims, silently, numbers that name or order things rather than measure them: tables, charts,
 * ordinals and list numbers. Claiming them keeps 第3部分 from reading as a count.
 */
final class ReferenceClaimer implements Claimer {

    /** A report table's name: {@code 财决01表}, {@code 财决01-1表}, {@code 附03表} (in 财决附03表). */
    static final Pattern REPORT_TABLE = Pattern.compile("(?:财决|附)" + GAP + "\\d++(?:-\\d++)*+" + GAP + "表");

    /**
     * A chart, table or attachment number: {@code 图1}, {@code 表1}, {@code 附件2}, {@code 附表3-1}.
     * Not when a unit follows, so 代表3人 keeps its count.
     */
    static final Pattern NUMBERED_PART = Pattern.compile(
            "(?:图|表|附件|附表)" + GAP + "\\d++(?:[-.]\\d++)*+(?!" + GAP + UNIT_START + ")");

    /** An ordinal: {@code 第3部分}, {@code 第1轮}, {@code 第 2 项}. */
    static final Pattern ORDINAL = Pattern.compile("第" + GAP + "\\d++");

    /**
     * A list number at the start of a line: {@code 1.}, {@code 1、}, {@code 10、}, {@code 2)};
     * not {@code 1.5}, which is a number.
     */
    static final Pattern LINE_LIST_NUMBER = Pattern.compile(
            "^[ \\t]*+\\d{1,3}+(?:、|\\.(?!\\d)|\\))", Pattern.MULTILINE);

    /** A bracketed list number anywhere: {@code （1）}, {@code (10)} (parentheses folded to ASCII). */
    static final Pattern BRACKETED_LIST_NUMBER = Pattern.compile("\\(" + GAP + "\\d{1,3}+" + GAP + "\\)");

    private static final List<Pattern> IN_ORDER =
            List.of(REPORT_TABLE, NUMBERED_PART, ORDINAL, LINE_LIST_NUMBER, BRACKETED_LIST_NUMBER);
    /** What each of {@link #IN_ORDER} needs: a digit, and 表; 图, 表 or 附; 第; nothing more; a bracket. */
    static final List<TextNeeds> NEEDS = List.of(TextNeeds.digitAnd("表"), TextNeeds.digitAnd("图表附"),
            TextNeeds.digitAnd("第"), TextNeeds.digit(), TextNeeds.digitAnd("("));

    @Override
    public void claimIn(ClaimMask mask) {
        for (int i = 0; i < IN_ORDER.size(); i++) {
            Claimer.eachMatch(IN_ORDER.get(i), NEEDS.get(i), mask, m -> mask.claimSilently(m.start(), m.end()));
        }
    }
}
