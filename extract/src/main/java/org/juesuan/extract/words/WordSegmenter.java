package org.juesuan.extract.words;

import java.util.List;

/** Splits Chinese text into words, keeping each word's offset. */
public interface WordSegmenter {
    List<Word> segment(String text);
}
