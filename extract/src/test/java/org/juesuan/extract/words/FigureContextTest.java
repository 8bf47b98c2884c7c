package org.juesuan.extract.words;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureContextTest {
    /** Splits at every second char and records what it was asked to segment. */
    private static final class CountingSegmenter implements WordSegmenter {
        final List<String> asked = new ArrayList<>();

        @Override
        public List<Word> segment(String text) {
            asked.add(text);
            List<Word> words = new ArrayList<>();
            for (int i = 0; i < text.length(); i += 2) {
                words.add(new Word(text.substring(i, Math.min(text.length(), i + 2)), i, ""));
            }
            return words;
        }
    }

    @Test
    void aClauseMetAgainInTheDocumentIsSegmentedOnceWithTheSameWords() {
        CountingSegmenter segmenter = new CountingSegmenter();
        FigureContext context = new FigureContext(segmenter);
        FigureContext.Document document = context.forDocument();
        String first = "其中：基本支出      万元";
        String second = "。基本支出      万元，";
        List<String> once = document.before(first, 3 + 4);
        List<String> again = document.before(second, 1 + 4);
        assertEquals(List.of("基本", "支出"), once);
        assertEquals(once, again);
        assertEquals(List.of("基本支出"), segmenter.asked);
        assertEquals(once, context.before(first, 7));
    }

    @Test
    void aClauseOfBlanksPunctuationAndDigitsGivesNoWordsWithoutSegmenting() {
        CountingSegmenter segmenter = new CountingSegmenter();
        FigureContext context = new FigureContext(segmenter);
        String masked = "，   、 12 .% ";
        assertEquals(List.of(), context.forDocument().before(masked, masked.length() - 1));
        assertEquals(List.of(), context.before(masked, masked.length() - 1));
        assertEquals(List.of(), segmenter.asked);
    }

    @Test
    void aClauseWithAWordIsSegmentedAndItsNoiseLeftOut() {
        CountingSegmenter segmenter = new CountingSegmenter();
        String masked = "，、 收入   ";
        assertEquals(List.of("收入"), new FigureContext(segmenter).forDocument().before(masked, masked.length()));
    }
}
