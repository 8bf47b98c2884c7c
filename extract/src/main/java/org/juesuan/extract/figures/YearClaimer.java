package org.juesuan.extract.figures;

import static org.juesuan.extract.figures.NumberForms.GAP;
import static org.juesuan.extract.figures.NumberForms.NOT_INSIDE_NUMBER;

import java.util.regex.Pattern;
import org.juesuan.model.FigureKind;

/** Claims calendar years written with 年; the value is the year, the unit 年. */
final class YearClaimer implements Claimer {

    /**
     * A year from 1900 to 2099 and its 年, no digit on either side: {@code 2021年},
     * {@code 2021年度} (takes 2021年), {@code 2020年相比}, {@code 2021 年}; not {@code 12021年}.
     */
    static final Pattern YEAR = Pattern.compile(NOT_INSIDE_NUMBER + "(?<year>(?:19|20)\\d{2})(?!\\d)" + GAP + "年");

    /** A digit and 年. */
    static final TextNeeds NEEDS = TextNeeds.digitAnd("年");

    @Override
    public void claimIn(ClaimMask mask) {
        Claimer.eachMatch(YEAR, NEEDS, mask, m -> mask.claimFigure(m.start(), m.end(), FigureKind.YEAR,
                NumberText.ofInteger(m.group("year")), "年"));
    }
}
