package org.juesuan.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.parse.RecognizedPage;
import org.juesuan.extract.parse.RecognizedPage.Word;
import org.junit.jupiter.api.Test;

/** Readings as the two looks gave them on the finance bureau's page 22 at 300 dpi. */
class NumberSecondLookTest {
    @Test
    void anAmountTakesTheSecondLooksDigitsWhenItsBoxAlsoTookInTheUnit() {
        // chi_sim read 1560.05 as 1360.05; the digits-only look read 1560.05 and 万元 after it as 77
        Word first = new Word("1360.05", 1332, 360, 1470, 421, 0.36);
        RecognizedPage page = NumberSecondLook.correct(new RecognizedPage(List.of(first)),
                glyphs("1560.0577", 1335, 390, 18));
        assertEquals("1560.05", page.words().get(0).text());
    }

    @Test
    void aLookalikeLetterCountsAsADigitOfTheShape() {
        Word first = new Word("8$.$$", 1479, 1348, 1571, 1408, 0.16);
        RecognizedPage page = NumberSecondLook.correct(new RecognizedPage(List.of(first)),
                glyphs("84.6577", 1480, 1378, 13));
        assertEquals("84.65", page.words().get(0).text());
    }

    @Test
    void aBareIntegerIsNotPickedOutOfALongerReading() {
        // 0 inside 077: which of the three digits is the amount is not known, so the first reading stays
        Word first = new Word("0", 1000, 100, 1030, 160, 0.8);
        RecognizedPage page = NumberSecondLook.correct(new RecognizedPage(List.of(first)),
                glyphs("077", 1001, 130, 9));
        assertEquals("0", page.words().get(0).text());
    }

    @Test
    void twoStretchesOfTheShapeLeaveTheFirstReading() {
        Word first = new Word("1.23", 1000, 100, 1200, 160, 0.8);
        RecognizedPage page = NumberSecondLook.correct(new RecognizedPage(List.of(first)),
                glyphs("1.231.24", 1001, 130, 20));
        assertEquals("1.23", page.words().get(0).text());
    }

    /** One glyph per character from {@code left}, {@code width} pixels apart, centred on {@code centreY}. */
    private static List<NumberSecondLook.Glyph> glyphs(String text, int left, int centreY, int width) {
        List<NumberSecondLook.Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            int x = left + i * width;
            glyphs.add(new NumberSecondLook.Glyph(text.substring(i, i + 1), x, centreY - 20, x + width - 2, centreY + 20));
        }
        return glyphs;
    }
}
