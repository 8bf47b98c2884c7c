package org.juesuan.extract.opennlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.juesuan.extract.structure.HeadingNormaliser;

/**
 * Turns a heading title into the "words" the document categorizer counts. Chinese headings have
 * no spaces and word segmentation is unreliable on jargon such as 财政拨款, so the words are
 * character n-grams of the normalised title, with begin/end markers so that endings (…决算表 vs
 * …情况说明) and beginnings weigh on their own, plus a few shape words that let body sentences
 * and table rows look unlike headings.
 */
final class HeadingTokens {
    /** Clause punctuation inside the title: a sentence, not a heading ("…总计为523.48万元，与…"). */
    private static final Pattern CLAUSE = Pattern.compile("[，。；,;](?=.)");

    /** An amount or a rate: "523.48万元", "100%", "0.97 万元". */
    private static final Pattern AMOUNT = Pattern.compile("[0-9０-９]\\s*(?:万元|元|%|％)");

    private static final char BEGIN = '^';
    private static final char END = '$';
    private static final int MAX_GRAM = 3;
    private static final int SUFFIX_LENGTH = 4;

    private HeadingTokens() {
    }

    /** The tokens of a raw title; empty when the title holds no letters at all. */
    static String[] of(String rawTitle) {
        String normalised = HeadingNormaliser.normalise(rawTitle);
        if (normalised.isEmpty()) {
            return new String[0];
        }
        List<String> tokens = new ArrayList<>();
        addCharacterGrams(BEGIN + normalised + END, tokens);
        int[] letters = normalised.codePoints().toArray();
        if (letters.length >= SUFFIX_LENGTH) {
            tokens.add("suffix=" + new String(letters, letters.length - SUFFIX_LENGTH, SUFFIX_LENGTH));
        }
        tokens.add("length=" + lengthBand(letters.length));
        if (CLAUSE.matcher(rawTitle).find()) {
            tokens.add("shape=clause");
        }
        if (AMOUNT.matcher(rawTitle).find()) {
            tokens.add("shape=amount");
        }
        return tokens.toArray(String[]::new);
    }

    /** Unigrams of the letters, bigrams and trigrams across the markers too. */
    private static void addCharacterGrams(String padded, List<String> tokens) {
        int[] chars = padded.codePoints().toArray();
        for (int n = 1; n <= MAX_GRAM; n++) {
            for (int start = 0; start + n <= chars.length; start++) {
                boolean markerAlone = n == 1 && (start == 0 || start == chars.length - 1);
                if (!markerAlone) {
                    tokens.add(new String(chars, start, n));
                }
            }
        }
    }

    /** Coarse length bands: headings are short, body sentences long. */
    private static String lengthBand(int letters) {
        if (letters <= 2) {
            return "tiny";
        }
        if (letters <= 6) {
            return "short";
        }
        if (letters <= 16) {
            return "medium";
        }
        return letters <= 28 ? "long" : "sentence";
    }
}
