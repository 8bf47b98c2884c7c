package org.juesuan.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import org.juesuan.extract.parse.RecognizedPage;
import org.juesuan.extract.parse.RecognizedPage.Word;
import org.junit.jupiter.api.Test;

/** Lines and readings shaped as on the finance bureau's page 22 at 300 dpi (lines about 46 pixels high). */
class LostLinesTest {
    private static final Word CLEAN = new Word("年初预算为", 300, 2822, 600, 2868, 0.93);

    @Test
    void inkLinesAreTheBandsOfInkBetweenBlankRowsSpecksLeftOut() {
        BufferedImage page = new BufferedImage(1000, 600, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = page.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 1000, 600);
        graphics.setColor(Color.BLACK);
        graphics.fillRect(100, 100, 500, 20); // 二: two strokes 4 blank rows apart are one line
        graphics.fillRect(120, 124, 400, 22);
        graphics.fillRect(200, 300, 700, 46);
        graphics.fillRect(50, 450, 3, 3); // a speck
        graphics.dispose();
        assertEquals(List.of(new Rectangle(100, 100, 500, 46), new Rectangle(200, 300, 700, 46)),
                LostLines.inkLines(page, 300));
    }

    @Test
    void aLineWithoutWordsOrWithSeveralGarbledIsLost() {
        Rectangle read = new Rectangle(300, 2822, 1800, 46);
        Rectangle empty = new Rectangle(300, 2950, 1800, 46);
        Rectangle garbled = new Rectangle(300, 2885, 1800, 46);
        RecognizedPage page = new RecognizedPage(List.of(CLEAN, garbledWord("从员", 303), garbledWord("住各", 361),
                garbledWord("由", 425), new Word("58.50", 1013, 2888, 1263, 2930, 0.5)));
        assertEquals(List.of(garbled, empty), LostLines.lost(page, List.of(read, garbled, empty)));
    }

    @Test
    void aLineReadAgainReplacesItsWordsInPlaceWhenSurer() {
        Word after = new Word("决算数", 300, 2950, 500, 2996, 0.95);
        RecognizedPage page = new RecognizedPage(List.of(CLEAN, garbledWord("从员", 303), new Word("58.50", 1013, 2888,
                1263, 2930, 0.5), after));
        Rectangle line = LostLines.withMargin(new Rectangle(300, 2885, 1800, 46));
        StripPicture.Row row = StripPicture.stack(List.of(line), 2480, 3508).rows().get(0);
        // in the strip the line starts at x 40, y 40 (StripPicture.GAP), its margin of 14 pixels included
        RecognizedPage again = new RecognizedPage(List.of(new Word("人员", 57, 54, 150, 100, 0.9),
                new Word("258.50万元", 750, 57, 1000, 99, 0.92)));
        List<String> texts = LostLines.putBack(page, List.of(row), List.of(again)).words().stream().map(Word::text)
                .toList();
        assertEquals(List.of("年初预算为", "人员", "258.50万元", "决算数"), texts);
        Word placed = LostLines.putBack(page, List.of(row), List.of(again)).words().get(2);
        assertEquals(750 - 40 + 286, placed.left());
        assertEquals(57 - 40 + 2871, placed.top());
        RecognizedPage unsure = new RecognizedPage(List.of(new Word("258.50", 750, 57, 1000, 99, 0.2)));
        assertEquals(page, LostLines.putBack(page, List.of(row), List.of(unsure)));
    }

    private static Word garbledWord(String text, int left) {
        return new Word(text, left, 2886, left + 50, 2930, 0.0);
    }
}
