package org.juesuan.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.juesuan.extract.parse.RecognizedPage;
import org.juesuan.extract.parse.RecognizedPage.Word;
import org.junit.jupiter.api.Test;

/** Readings as the looks gave them on the finance bureau's page 22 at 300 dpi. */
class DigitStripTest {
    private static final Word CHINESE = new Word("支出", 300, 360, 400, 421, 0.95);
    private static final Word MISREAD = new Word("1360.05", 1333, 360, 1471, 421, 0.50);
    private static final Word CLEAN = new Word("10.00", 1379, 592, 1470, 661, 0.93);
    private static final Word LETTERS = new Word("8$.$$。", 1479, 1348, 1571, 1408, 0.92);
    private static final RecognizedPage PAGE = new RecognizedPage(List.of(CHINESE, MISREAD, CLEAN, LETTERS));

    @Test
    void onlyDoubtfulNumbersGoToTheStripOneARow() {
        DigitStrip.Layout layout = DigitStrip.layout(PAGE, List.of(), 2480, 3508);
        assertEquals(List.of(MISREAD, LETTERS), layout.words());
        List<StripPicture.Row> rows = layout.strip().rows();
        assertTrue(rows.get(0).bottom() < rows.get(1).top(), "rows apart");
        assertTrue(layout.strip().height() > rows.get(1).bottom());
    }

    @Test
    void theStripCopiesEachWordsBoxFromThePage() {
        BufferedImage page = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = page.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 2480, 3508);
        graphics.setColor(Color.BLACK);
        graphics.fillRect(1340, 370, 120, 40); // ink inside the misread word's box
        graphics.dispose();
        DigitStrip.Layout layout = DigitStrip.layout(PAGE, List.of(), 2480, 3508);
        BufferedImage strip = layout.strip().draw(page);
        assertEquals(layout.strip().height(), strip.getHeight());
        int margin = (int) Math.round(0.3 * (421 - 360));
        int x = 40 + (1400 - (1333 - margin));
        int y = layout.strip().rows().get(0).top() + (390 - (360 - margin));
        assertEquals(0, strip.getRaster().getSample(x, y, 0), "ink copied");
        assertEquals(255, strip.getRaster().getSample(5, 5, 0), "white around");
    }

    @Test
    void aWordTakesItsRowsReadingOfTheSameShapeOnly() {
        DigitStrip.Layout layout = DigitStrip.layout(PAGE, List.of(), 2480, 3508);
        List<StripPicture.Row> rows = layout.strip().rows();
        int row0 = (rows.get(0).top() + rows.get(0).bottom()) / 2;
        int row1 = (rows.get(1).top() + rows.get(1).bottom()) / 2;
        // a stroke of the 万 beside 1560.05 in the cut-out read as a 7
        RecognizedPage strip = new RecognizedPage(List.of(new Word("1560.05", 60, row0 - 20, 190, row0 + 20, 0.9),
                new Word("7", 200, row0 - 20, 215, row0 + 20, 0.4),
                new Word("84.65", 60, row1 - 20, 150, row1 + 20, 0.9)));
        List<String> texts = DigitStrip.correct(PAGE, layout, strip).words().stream().map(Word::text).toList();
        assertEquals(List.of("支出", "1560.05", "10.00", "84.65。"), texts);
        RecognizedPage otherShape = new RecognizedPage(List.of(new Word("650.0", 60, row0 - 20, 190, row0 + 20, 0.9)));
        assertEquals("1360.05", DigitStrip.correct(PAGE, layout, otherShape).words().get(1).text());
    }

    @Test
    void aRowReadAtConfidenceZeroIsNotTaken() {
        // planning bureau p. 21 at 150 dpi: 754.75 (0.85) read alone as 794.75 at confidence 0
        Word right = new Word("754.75", 1249, 1369, 1423, 1448, 0.84);
        RecognizedPage page = new RecognizedPage(List.of(right));
        DigitStrip.Layout layout = DigitStrip.layout(page, List.of(), 2480, 3508);
        StripPicture.Row row = layout.strip().rows().get(0);
        int middle = (row.top() + row.bottom()) / 2;
        RecognizedPage unsure = new RecognizedPage(List.of(new Word("794.75", 48, middle - 20, 200, middle + 20, 0.0)));
        assertEquals("754.75", DigitStrip.correct(page, layout, unsure).words().get(0).text());
        // rows read right scored as low as 0.24 (56.9577 for 456.95)
        RecognizedPage sure = new RecognizedPage(List.of(new Word("794.75", 48, middle - 20, 200, middle + 20, 0.24)));
        assertEquals("794.75", DigitStrip.correct(page, layout, sure).words().get(0).text());
    }

    @Test
    void aRowReadingOneWholeDigitFewerIsTakenNeverOneMore() {
        // finance bureau at 150 dpi: p. 21 减少56.95万元 read 456.95, p. 22 135.90万元 read 1355.90
        assertEquals("56.95", DigitStrip.oneDigitFewer("56.9577", "456.95"));
        assertEquals("135.90", DigitStrip.oneDigitFewer("135.907", "1355.90"));
        assertEquals("56.95", DigitStrip.oneDigitFewer("56.95,", "456.95"));
        assertNull(DigitStrip.oneDigitFewer("456.95", "56.95"), "a digit more");
        assertNull(DigitStrip.oneDigitFewer("35.90", "1355.90"), "two fewer");
        assertNull(DigitStrip.oneDigitFewer("136.90", "1355.90"), "a digit changed too");
        assertNull(DigitStrip.oneDigitFewer("56.9", "456.95"), "decimals lost");
        assertNull(DigitStrip.oneDigitFewer("56.9512", "456.95"), "other decimals after");
        assertNull(DigitStrip.oneDigitFewer("6", "46"), "no point to anchor the decimals");
    }
}
