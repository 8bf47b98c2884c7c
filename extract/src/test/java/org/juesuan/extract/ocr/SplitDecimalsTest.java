package org.juesuan.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.juesuan.extract.parse.RecognizedPage;
import org.juesuan.extract.parse.RecognizedPage.Word;
import org.junit.jupiter.api.Test;

/** Boxes and readings as Tesseract's chi_sim gave them on the planning bureau's page 21 at 300 dpi. */
class SplitDecimalsTest {
    @Test
    void anAmountCutAfterItsPointIsOneWordWithTheLesserConfidence() {
        RecognizedPage page = new RecognizedPage(List.of(word("支出", 300, 0.95), word("9746.", 560, 0.91),
                word("50", 700, 0.62), word("万元", 770, 0.93)));
        RecognizedPage joined = SplitDecimals.join(page);
        assertEquals(List.of("支出", "9746.50", "万元"), texts(joined));
        Word amount = joined.words().get(1);
        assertEquals(560, amount.left());
        assertEquals(830, amount.right());
        assertEquals(0.62, amount.confidence(), 1e-9);
    }

    @Test
    void aRateCutAfterItsPointIsOneWord() {
        RecognizedPage page = new RecognizedPage(List.of(word("预算的100.", 300, 0.9), word("00%。", 440, 0.9)));
        assertEquals(List.of("预算的100.00%。"), texts(SplitDecimals.join(page)));
    }

    @Test
    void decimalsUpToOneAndAHalfCharactersFromThePointStillJoin() {
        // the line is 60 pixels high: a gap of 85 pixels is under 1.5 characters, one of 95 over
        RecognizedPage near = new RecognizedPage(List.of(word("258.", 300, 0.9), word("50万元", 515, 0.9)));
        assertEquals(List.of("258.50万元"), texts(SplitDecimals.join(near)));
        RecognizedPage far = new RecognizedPage(List.of(word("258.", 300, 0.9), word("50万元", 525, 0.9)));
        assertEquals(List.of("258.", "50万元"), texts(SplitDecimals.join(far)));
    }

    @Test
    void wordsOnAnotherLineOrFarApartOrAYearAfterAListNumberStayApart() {
        Word first = word("9746.", 560, 0.9);
        Word nextLine = new Word("50", 700, 200, 750, 260, 0.9);
        Word farRight = word("50", 900, 0.9);
        RecognizedPage page = new RecognizedPage(List.of(first, nextLine));
        assertEquals(List.of("9746.", "50"), texts(SplitDecimals.join(page)));
        assertEquals(List.of("9746.", "50"), texts(SplitDecimals.join(new RecognizedPage(List.of(first, farRight)))));
        RecognizedPage listItem = new RecognizedPage(List.of(word("1.", 300, 0.9), word("2024年度", 380, 0.9)));
        assertEquals(List.of("1.", "2024年度"), texts(SplitDecimals.join(listItem)));
        RecognizedPage sentence = new RecognizedPage(List.of(word("合计。", 300, 0.9), word("50万元", 380, 0.9)));
        assertEquals(List.of("合计。", "50万元"), texts(SplitDecimals.join(sentence)));
    }

    /** A word on the line at y 100–160, its box 130 pixels wide from {@code left}. */
    private static Word word(String text, int left, double confidence) {
        return new Word(text, left, 100, left + 130, 160, confidence);
    }

    private static List<String> texts(RecognizedPage page) {
        return page.words().stream().map(Word::text).toList();
    }
}
