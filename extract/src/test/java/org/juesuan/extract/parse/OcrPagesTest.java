package org.juesuan.extract.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OcrPagesTest {
    private final OcrPages ocr = new OcrPages(Map.of(2, List.of(
            new OcrPages.Word("支出", 0.97),
            new OcrPages.Word("3,186.13万元", 0.81),
            new OcrPages.Word("增长", 0.95),
            new OcrPages.Word("12.5%", 0.66),
            new OcrPages.Word("2", 0.3))));

    @Test
    void aFigureTakesTheConfidenceOfTheWordsItWasReadFrom() {
        assertEquals(0.81, ocr.confidenceOf("3,186.13万元", 2), 1e-9);
        assertEquals(0.66, ocr.confidenceOf("12.5%", 2), 1e-9);
        // a figure whose digits no word holds takes the page's least confidence
        assertEquals(0.3, ocr.confidenceOf("77.00万元", 2), 1e-9);
    }

    @Test
    void aPageWithATextLayerGivesNone() {
        assertNull(ocr.confidenceOf("3,186.13万元", 1));
        assertNull(OcrPages.NONE.confidenceOf("1", 1));
    }
}
