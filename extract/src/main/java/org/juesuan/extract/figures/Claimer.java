package org.juesuan.extract.figures;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One step of the figure finder: claims the spans of one kind (or of one sort of non-figure) in
 * the text not yet claimed. Claimers run in a fixed order, so a later one never takes part of an
 * earlier claim.
 */
interface Claimer {

    /** Claims what this claimer recognises in the unclaimed part of {@code mask}. */
    void claimIn(ClaimMask mask);

    /**
     * Runs {@code pattern} over the text still unclaimed and hands each match to {@code onMatch};
     * what was claimed before shows as a masked char that no pattern matches.
     */
    static void eachMatch(Pattern pattern, ClaimMask mask, Consumer<Matcher> onMatch) {
        Matcher matcher = pattern.matcher(mask.unclaimedText());
        while (matcher.find()) {
            onMatch.accept(matcher);
        }
    }

    /**
     * As {@link #eachMatch(Pattern, ClaimMask, Consumer)}, but not even started on a text that lacks
     * what the pattern needs (claims only mask chars, so the folded text answers for the unclaimed one).
     */
    static void eachMatch(Pattern pattern, TextNeeds needs, ClaimMask mask, Consumer<Matcher> onMatch) {
        if (mask.has(needs)) {
            eachMatch(pattern, mask, onMatch);
        }
    }
}
