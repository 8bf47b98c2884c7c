package org.juesuan.extract.words;

import java.util.Objects;

/**
 * One word of segmented Chinese text.
 *
 * @param text         the word
 * @param start        offset in the text that was segmented
 * @param partOfSpeech the tagger's part of speech (n, v, m …), or empty when unknown
 */
public record Word(String text, int start, String partOfSpeech) {
    public Word {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(partOfSpeech, "partOfSpeech");
    }
}
