package org.juesuan.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.juesuan.extract.parse.RecognizedPage;
import org.junit.jupiter.api.Test;

class TesseractTsvTest {
    /** As Tesseract 5 writes it: page, block, paragraph and line rows carry conf -1 and no text. */
    private static final String TSV = String.join("\n",
            "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
            "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t",
            "2\t1\t1\t0\t0\t0\t300\t400\t1800\t60\t-1\t",
            "4\t1\t1\t1\t1\t0\t300\t400\t1800\t60\t-1\t",
            "5\t1\t1\t1\t1\t1\t300\t400\t420\t58\t96.5\t支出决算",
            "5\t1\t1\t1\t1\t2\t730\t402\t260\t56\t88.25\t3,186.13",
            "5\t1\t1\t1\t1\t3\t1000\t402\t20\t56\t95\t ",
            "5\t1\t1\t1\t1\t4\t1030\t402\t60\t56\t71\t万元",
            "");

    @Test
    void keepsTheWordsWithTheirBoxesAndConfidences() {
        RecognizedPage page = TesseractTsv.parse(TSV);
        assertEquals(List.of("支出决算", "3,186.13", "万元"), page.words().stream().map(RecognizedPage.Word::text).toList());
        RecognizedPage.Word amount = page.words().get(1);
        assertEquals(730, amount.left());
        assertEquals(402, amount.top());
        assertEquals(990, amount.right());
        assertEquals(458, amount.bottom());
        assertEquals(0.8825, amount.confidence(), 1e-9);
        assertEquals((0.965 + 0.8825 + 0.71) / 3, page.meanConfidence(), 1e-9);
    }

    @Test
    void anEmptyPageHasNoWords() {
        assertEquals(0, TesseractTsv.parse("level\tpage_num\n1\t1\t0\t0\t0\t0\t0\t0\t10\t10\t-1\t\n").words().size());
    }
}
