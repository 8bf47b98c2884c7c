package org.juesuan.extract.pdfbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.juesuan.extract.parse.RecognizedPage;
import org.juesuan.extract.parse.RecognizedPage.Word;
import org.juesuan.extract.tables.grid.PrintedLine;
import org.juesuan.extract.tables.grid.TextRun;
import org.junit.jupiter.api.Test;

class OcrLinesTest {
    @Test
    void wordsOnOneBandFormALineAndCloseWordsOneRun() {
        // a sentence whose characters OCR gave as pieces, then a table row of three cells, at 300 dpi
        RecognizedPage page = new RecognizedPage(List.of(
                new Word("3,186.13", 900, 1000, 1100, 1050, 0.9),
                new Word("合计", 300, 1002, 400, 1050, 0.95),
                new Word("100.00%", 1500, 998, 1650, 1052, 0.8),
                new Word("本年支出", 300, 800, 500, 850, 0.97),
                new Word("3,186.13万元", 515, 802, 760, 852, 0.9),
                new Word("。", 765, 805, 790, 850, 0.6)));
        List<PrintedLine> lines = OcrLines.of(page, 300);
        assertEquals(List.of("本年支出3,186.13万元。", "合计 3,186.13 100.00%"), lines.stream().map(PrintedLine::text).toList());
        List<TextRun> row = lines.get(1).runs();
        assertEquals(3, row.size());
        assertEquals(900 * 72.0 / 300, row.get(1).left(), 1e-9);
        assertEquals(1050 * 72.0 / 300, row.get(1).bottom(), 1e-9);
    }

    @Test
    void namesTheScannedPages() {
        assertEquals("第3页", ScannedPages.pageList(List.of(3)));
        assertEquals("第1–3、7页", ScannedPages.pageList(List.of(1, 2, 3, 7)));
    }
}
