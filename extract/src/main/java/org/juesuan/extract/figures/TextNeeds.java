package org.juesuan.extract.figures;

import java.util.List;

/**
 * What a figure pattern cannot match without: for each of a few char sets, at least one of its chars
 * somewhere in the (folded) text. A claimer asks before running its pattern, and a text that lacks
 * them is skipped unscanned: most table cells and many sentences have no 元, no 年, no %, and a pattern
 * led by a lookbehind is otherwise tried at every char of every text. Each set must be one the pattern
 * truly requires (every match contains one of its chars), so skipping never changes what is found;
 * {@code TextNeedsTest} holds each claimer's patterns to it.
 */
record TextNeeds(List<String> anyOfEach) {
    /** The ASCII digits the patterns' {@code \d} matches (full-width ones are folded to these). */
    static final String DIGITS = "0123456789";
    /** Nothing needed: the pattern is always run. */
    static final TextNeeds NONE = new TextNeeds(List.of());

    TextNeeds {
        anyOfEach = List.copyOf(anyOfEach);
    }

    private static final TextNeeds DIGIT = new TextNeeds(List.of(DIGITS));

    /** A digit and one of {@code chars}: {@code digitAnd("元")} for an amount. Claimers keep theirs as constants. */
    static TextNeeds digitAnd(String chars) {
        return new TextNeeds(List.of(DIGITS, chars));
    }

    /** Only a digit. */
    static TextNeeds digit() {
        return DIGIT;
    }

    /** Whether {@code text} has, for each set, one of its chars. */
    boolean metBy(String text) {
        for (String chars : anyOfEach) {
            if (!containsAny(text, chars)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(String text, String chars) {
        if (chars == DIGITS) {
            return containsDigit(text); // one pass, not ten
        }
        for (int i = 0; i < chars.length(); i++) {
            if (text.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
