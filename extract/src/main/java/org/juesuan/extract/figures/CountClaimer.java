package org.juesuan.extract.figures;

import static org.juesuan.extract.figures.NumberForms.GAP;
import static org.juesuan.extract.figures.NumberForms.INTEGER;
import static org.juesuan.extract.figures.NumberForms.NOT_INSIDE_NUMBER;

import java.util.regex.Pattern;
import org.juesuan.model.FigureKind;

/** Claims counts of things: a whole number and its measure word (量词). */
final class CountClaimer implements Claimer {

    /**
     * The measure words, longest first so 人次 wins over 人, 批次 over 批, 台(套) over 台. A few
     * are held back before the words they start: 个月 and 个百分点 (a span, a rate), 个人 (30310
     * 个人农业生产补贴: an economic code before its item name), 人民, 家庭,
     * 所属, 本年, 场所, 台账.
     */
    static final String COUNT_UNIT = "批次|人次|团组|台\\(套\\)|台套|个(?!月|百分点|人)|辆|项|人(?!民)|名|次|家(?!庭)|批"
            + "|台(?![账帐])|套|户|所(?![属得有以在])|张|本(?![年级期次部单])|篇|场(?![所地])|期";

    /**
     * A whole number then a measure word: {@code 15批次}, {@code 125人次}, {@code 0辆},
     * {@code 0台（套）}, {@code 15名}, {@code 1,200人}, {@code 22 人}. Not {@code 1400余个}
     * (approximate), not {@code 3.5个}, not {@code 第3部分} (claimed before as an ordinal).
     */
    static final Pattern COUNT = Pattern.compile(
            NOT_INSIDE_NUMBER + "(?<number>" + INTEGER + ")" + GAP + "(?<unit>" + COUNT_UNIT + ")");

    /** The first char of each measure word in {@link #COUNT_UNIT}: a count needs one of them. */
    static final String UNIT_FIRST_CHARS = "批人团台个辆项名次家套户所张本篇场期";

    /** A digit and the first char of a measure word. */
    static final TextNeeds NEEDS = TextNeeds.digitAnd(UNIT_FIRST_CHARS);

    @Override
    public void claimIn(ClaimMask mask) {
        Claimer.eachMatch(COUNT, NEEDS, mask, m -> mask.claimFigure(m.start(), m.end(), FigureKind.COUNT,
                NumberText.parse(m.group("number")), normalUnit(m.group("unit"))));
    }

    /** 台(套) and 台套 are written 台（套）, as in the report tables. */
    private static String normalUnit(String unit) {
        return unit.equals("台(套)") || unit.equals("台套") ? "台（套）" : unit;
    }
}
