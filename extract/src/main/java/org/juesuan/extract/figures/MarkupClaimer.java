package org.juesuan.extract.figures;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Claims, silently, text that is markup rather than prose: the converter's bookmark and image
 * markers and Latin words with digits in them. Their digits are never figures.
 */
final class MarkupClaimer implements Claimer {

    /**
     * A marker left by the Word converter: {@code [bookmark: _Toc15377197]},
     * {@code [image: 收支总计]}. The body stops at the next bracket and is capped, so an unclosed
     * marker costs a short scan, not one to the end of the text.
     */
    static final Pattern CONVERTER_MARKER = Pattern.compile("\\[(?:bookmark|image):[^\\[\\]\\n]{0,200}+\\]");

    /**
     * A Latin word, digits and all: {@code _Toc15377197}, {@code PM2}, {@code Office2016},
     * {@code A4}.
     */
    static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z0-9_])[A-Za-z_][A-Za-z0-9_]*+");

    /** Digits run into Latin letters: {@code 5G}, {@code 3D}, {@code 100M}. */
    static final Pattern DIGITS_INTO_LATIN = Pattern.compile("(?<![A-Za-z0-9_.,])\\d++[A-Za-z_][A-Za-z0-9_]*+");

    /** A converter marker opens with a bracket. */
    static final TextNeeds MARKER_NEEDS = new TextNeeds(List.of("["));

    @Override
    public void claimIn(ClaimMask mask) {
        Claimer.eachMatch(CONVERTER_MARKER, MARKER_NEEDS, mask, m -> mask.claimSilently(m.start(), m.end()));
        Claimer.eachMatch(LATIN_WORD, mask, m -> mask.claimSilently(m.start(), m.end()));
        Claimer.eachMatch(DIGITS_INTO_LATIN, TextNeeds.digit(), mask, m -> mask.claimSilently(m.start(), m.end()));
    }
}
