package org.juesuan.extract.figures;

import static org.juesuan.extract.figures.NumberForms.GAP;
import static org.juesuan.extract.figures.NumberForms.SIGNED;

import java.util.regex.Pattern;
import org.juesuan.model.FigureKind;

/** Claims money: a number in 万元, 元 or 亿元 (萬元 and 億元 fold to these). */
final class AmountClaimer implements Claimer {

    /**
     * A number then its money unit, 万元 and 亿元 before 元 so 元 is never claimed alone after 万:
     * {@code 220.27万元}, {@code 0万元}, {@code 1,196,625元}, {@code 4,733.14 万元}, {@code 1.5亿元},
     * {@code -0.03万元}, {@code 50万元以上} (50 万元). Not {@code 50万} without 元, not
     * {@code 1400余万元} (approximate).
     */
    static final Pattern AMOUNT = Pattern.compile("(?<number>" + SIGNED + ")" + GAP + "(?<unit>万元|亿元|元)");

    /** A digit and 元 (every money unit ends with it). */
    static final TextNeeds NEEDS = TextNeeds.digitAnd("元");

    @Override
    public void claimIn(ClaimMask mask) {
        Claimer.eachMatch(AMOUNT, NEEDS, mask, m -> mask.claimFigure(m.start(), m.end(), FigureKind.AMOUNT,
                NumberText.parse(m.group("number")), m.group("unit")));
    }
}
