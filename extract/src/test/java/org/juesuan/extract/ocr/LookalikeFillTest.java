package org.juesuan.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.juesuan.extract.ocr.NumberSecondLook.Glyph;
import org.juesuan.extract.parse.RecognizedPage;
import org.juesuan.extract.parse.RecognizedPage.Word;
import org.junit.jupiter.api.Test;

/** Boxes and readings as the two looks gave them on the finance bureau's page 23 at 300 dpi. */
class LookalikeFillTest {
    /** The Chinese model's 598.42万元: the 5 read as S$. */
    private static final Word LOOKALIKES = new Word("S$98.42万元；", 298, 2624, 560, 2685, 0.33);
    /** The digits-only look on that line: 598.42, then 万元 as 77. */
    private static final List<Glyph> DIGITS_LOOK = List.of(new Glyph("5", 302, 2634, 348, 2669),
            new Glyph("9", 328, 2627, 349, 2673), new Glyph("8", 353, 2634, 393, 2669),
            new Glyph(".", 374, 2627, 390, 2673), new Glyph("4", 389, 2627, 415, 2673),
            new Glyph("2", 393, 2634, 435, 2668), new Glyph("7", 441, 2630, 483, 2672),
            new Glyph("7", 491, 2630, 532, 2672));

    @Test
    void lookalikesBeforeTheDigitsTakeTheDigitsTheDigitsLookReadThere() {
        RecognizedPage page = new RecognizedPage(List.of(new Word("金额", 150, 2624, 290, 2685, 0.9), LOOKALIKES));
        assertEquals(List.of("金额", "598.42万元；"), texts(LookalikeFill.fill(page, DIGITS_LOOK)));
    }

    @Test
    void nothingIsFilledThatTheDigitsLookDidNotReadOrReadAsALongerRun() {
        RecognizedPage page = new RecognizedPage(List.of(LOOKALIKES));
        List<Glyph> noFive = DIGITS_LOOK.subList(1, DIGITS_LOOK.size());
        assertEquals(List.of("S$98.42万元；"), texts(LookalikeFill.fill(page, noFive)));
        Word oneSign = new Word("$98.42万元；", 298, 2624, 560, 2685, 0.33);
        List<Glyph> noise = new java.util.ArrayList<>(List.of(new Glyph("7", 300, 2630, 301, 2670)));
        noise.addAll(DIGITS_LOOK); // a 7 and a 5 before 98.42 for one look-alike: which is the digit is unknown
        assertEquals(List.of("$98.42万元；"), texts(LookalikeFill.fill(new RecognizedPage(List.of(oneSign)), noise)));
        Word words = new Word("PPS项目", 298, 2624, 560, 2685, 0.9);
        assertEquals(List.of("PPS项目"), texts(LookalikeFill.fill(new RecognizedPage(List.of(words)), DIGITS_LOOK)));
    }

    private static List<String> texts(RecognizedPage page) {
        return page.words().stream().map(Word::text).toList();
    }
}
