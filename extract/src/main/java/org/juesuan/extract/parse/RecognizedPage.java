package org.juesuan.extract.parse;

import java.util.List;
import java.util.Objects;

/**
 * The words OCR read on one page picture.
 *
 * @param words every word with its box in pixels and its confidence, in the recogniser's reading order
 */
public record RecognizedPage(List<Word> words) {
    public RecognizedPage {
        words = List.copyOf(words);
    }

    /**
     * One recognised word.
     *
     * @param text       as read, never blank
     * @param left       box in pixels from the picture's top-left corner
     * @param confidence the recogniser's confidence, 0–1
     */
    public record Word(String text, int left, int top, int right, int bottom, double confidence) {
        public Word {
            Objects.requireNonNull(text, "text");
            if (text.isBlank() || right < left || bottom < top || !(confidence >= 0 && confidence <= 1)) {
                throw new IllegalArgumentException("bad word " + text + " " + left + "," + top + "," + right + ","
                        + bottom + " " + confidence);
            }
        }
    }

    /** The mean confidence of the page's words (1 for a page without words: nothing was doubtful). */
    public double meanConfidence() {
        return words.stream().mapToDouble(Word::confidence).average().orElse(1);
    }
}
