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
        RecognizedPage page = correct(first, "1560.0577", 1335, 390, 18);
        assertEquals("1560.05", page.words().get(0).text());
    }

    @Test
    void aLookalikeLetterCountsAsADigitOfTheShape() {
        Word first = new Word("8$.$$", 1479, 1348, 1571, 1408, 0.16);
        RecognizedPage page = correct(first, "84.6577", 1480, 1378, 13);
        assertEquals("84.65", page.words().get(0).text());
    }

    @Test
    void aBareIntegerIsNotPickedOutOfALongerReading() {
        // 0 inside 077: which of the three digits is the amount is not known, so the first reading stays
        Word first = new Word("0", 1000, 100, 1030, 160, 0.8);
        RecognizedPage page = correct(first, "077", 1001, 130, 9);
        assertEquals("0", page.words().get(0).text());
    }

    @Test
    void twoStretchesOfTheShapeLeaveTheFirstReading() {
        Word first = new Word("1.23", 1000, 100, 1200, 160, 0.8);
        RecognizedPage page = correct(first, "1.231.24", 1001, 130, 20);
        assertEquals("1.23", page.words().get(0).text());
    }

    @Test
    void aRateWhoseSignTheChineseModelReadAsDigitsTakesTheDigitsOnlyLooksSign() {
        // finance bureau p. 21 at 150 dpi: 占0.21%； read 0.2194; by chi_sim, 50.21% (占 as 5) by the digits-only look
        Word first = new Word("0.2194;", 664, 1176, 806, 1222, 0.27);
        RecognizedPage page = correct(first, "50.21%", 630, 1199, 28);
        assertEquals("0.21%;", page.words().get(0).text());
        assertEquals(0.27, page.words().get(0).confidence(), "the word stays as doubtful as it was read");
        Word lettered = new Word("15.16o%0;", 308, 2806, 468, 2846, 0.22);
        assertEquals("15.16%;", corrected(lettered, "15.16%", 310, 2826, 26));
    }

    @Test
    void aNumberWithMoreDecimalsStaysWithoutARateOfItsDigitsOnIt() {
        Word first = new Word("0.2194;", 664, 1176, 806, 1222, 0.27);
        assertEquals("0.2194;", corrected(first, "0.2194", 664, 1199, 22), "no sign read, none added");
        assertEquals("0.2194;", corrected(first, "0.22%", 664, 1199, 22), "other digits: not this word's rate");
    }

    @Test
    void anAmountWhoseBoxSitsOffItsDigitsTakesTheShapeReadJustBeside() {
        // finance bureau p. 24 at 150 dpi: 251.25 read 231.25, boxed from the middle of its 2; the digits-only
        // look read 251.25 and 万 as 7, the 2 centred just left of the box
        Word first = new Word("231.25", 1826, 596, 2052, 640, 0.47);
        RecognizedPage page = correct(first, "251.257", 1800, 618, 32);
        assertEquals("251.25", page.words().get(0).text());
        RecognizedPage far = correct(first, "251.257", 1760, 618, 32);
        assertEquals("231.25", far.words().get(0).text(), "a 2 a character away is not this word's");
        // the planning bureau's p. 24: 4896.98 read at 0.92, the digits-only look 4869.98 around it
        Word sure = new Word("4896.98", 535, 2147, 727, 2232, 0.92);
        assertEquals("4896.98", corrected(sure, "4869.987", 520, 2190, 28));
        // p. 23: 2152.26 read 21$2.26, the digits-only look 2125.26 beside it: the look-alike stands for 5
        Word lookalike = new Word("21$2.26", 1776, 417, 1945, 477, 0.6);
        assertEquals("2152.26", corrected(lookalike, "2125.26", 1750, 447, 30));
    }

    /** The page of the one word as the second look corrects it with the digits-only look's glyphs. */
    private static RecognizedPage correct(Word word, String digits, int left, int centreY, int width) {
        return NumberSecondLook.correct(new RecognizedPage(List.of(word)), glyphs(digits, left, centreY, width));
    }

    /** The text of the one word after the second look. */
    private static String corrected(Word word, String digits, int left, int centreY, int width) {
        return correct(word, digits, left, centreY, width).words().get(0).text();
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
