package org.juesuan.extract.read;

import java.util.List;
import java.util.regex.Pattern;

/** Whether a text reads like a final-accounts disclosure at all: it speaks of 决算 and of money and budgets. */
final class DisclosureSignals {
    private static final Pattern ACCOUNTS = Pattern.compile("决算|決算");
    /** Terms every disclosure uses; a text with fewer than three of them is about something else. */
    private static final List<Pattern> TERMS = List.of(
            Pattern.compile("收入"), Pattern.compile("支出"), Pattern.compile("财政拨款|財政撥款"),
            Pattern.compile("预算|預算"), Pattern.compile("\\d\\s*(?:万元|元|萬元)"), Pattern.compile("三公"));
    private static final int ENOUGH_TERMS = 3;

    private DisclosureSignals() {
    }

    static boolean looksLikeDisclosure(String text) {
        if (!ACCOUNTS.matcher(text).find()) {
            return false;
        }
        return TERMS.stream().filter(term -> term.matcher(text).find()).count() >= ENOUGH_TERMS;
    }
}
