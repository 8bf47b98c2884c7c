package org.juesuan.extract.figures;

import static org.juesuan.extract.figures.NumberForms.GAP;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Claims, silently, months, days and times: their numbers are never figures, and claiming them
 * first keeps 31 in 12月31日 from being read as anything else. Years are figures of their own
 * ({@link YearClaimer}); in 2021年12月31日 this takes only 12月31日.
 */
final class DateClaimer implements Claimer {

    /** A span of months: {@code 1-4月}, {@code 1至4月}, {@code 1~12月}. */
    static final Pattern MONTH_RANGE = Pattern.compile(
            "(?<!\\d)\\d{1,2}+" + GAP + "[-~至到]" + GAP + "\\d{1,2}+" + GAP + "月");

    /** A month and day: {@code 12月31日}, {@code 11月18日}, {@code 3月5号}. */
    static final Pattern MONTH_DAY = Pattern.compile(
            "(?<!\\d)\\d{1,2}+" + GAP + "月" + GAP + "\\d{1,2}+" + GAP + "[日号]");

    /** A month alone: {@code 1月}, {@code 12月份}. */
    static final Pattern MONTH = Pattern.compile("(?<!\\d)\\d{1,2}+" + GAP + "月");

    /** A clock time: {@code 9:30}, {@code 14：30:00}, {@code 9时30分}. */
    static final Pattern TIME = Pattern.compile(
            "(?<![\\d.,])\\d{1,2}+(?:[:：]\\d{2}(?:[:：]\\d{2})?+(?!\\d)|" + GAP + "时" + GAP + "\\d{1,2}+" + GAP + "分)");

    /** Every month pattern has a digit and 月. */
    static final TextNeeds MONTH_NEEDS = TextNeeds.digitAnd("月");
    /** A time has a digit and a colon (either width) or 时. */
    static final TextNeeds TIME_NEEDS = TextNeeds.digitAnd(":：时");

    private static final List<Pattern> IN_ORDER = List.of(MONTH_RANGE, MONTH_DAY, MONTH, TIME);
    private static final List<TextNeeds> NEEDS = List.of(MONTH_NEEDS, MONTH_NEEDS, MONTH_NEEDS, TIME_NEEDS);

    @Override
    public void claimIn(ClaimMask mask) {
        for (int i = 0; i < IN_ORDER.size(); i++) {
            Claimer.eachMatch(IN_ORDER.get(i), NEEDS.get(i), mask, m -> mask.claimSilently(m.start(), m.end()));
        }
    }
}
