package org.juesuan.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFolderTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "１２３．４５％               | 123.45%",
        "－５                         | -5",
        "−5                          | -5",
        "ＡＢｃｚ０９                 | ABcz09",
        "０台（套）                   | 0台(套)",
        "_Ｔｏｃ＿１                  | _Toc_1",
        "220.27萬元                   | 220.27万元",
        "3億元                        | 3亿元",
        "增長26％                     | 增长26%",
        "減少0.03萬元                 | 减少0.03万元",
        "決算 財政撥款 佔 較 與       | 决算 财政拨款 占 较 与",
        "車輛3輛 5個 4項 2團組 125人次 | 车辆3辆 5个 4项 2团组 125人次",
        "預算 經費 維護 運行 補貼     | 预算 经费 维护 运行 补贴",
        "臺 內 餘 發 開 報 說 明      | 台 内 余 发 开 报 说 明",
        "1，196，625                  | 1，196，625",
        "已是简体：、；。            | 已是简体：、；。",
    })
    void foldsCharByChar(String text, String folded) {
        assertEquals(folded, TextFolder.fold(text));
        assertEquals(text.length(), TextFolder.fold(text).length());
    }

    @Test
    void foldsIdeographicAndNoBreakSpaceToSpace() {
        assertEquals("26 %  x", TextFolder.fold("26\u3000%\u00A0 x"));
    }

    @Test
    void everyTabledCharFoldsToOneOtherCharThatStaysPut() {
        for (char c : TextFolder.tabledChars()) {
            String folded = TextFolder.fold(String.valueOf(c));
            assertEquals(1, folded.length(), () -> "length of fold of " + c);
            assertNotEquals(c, folded.charAt(0), () -> c + " is listed but not changed");
            assertEquals(folded, TextFolder.fold(folded), () -> "fold of " + c + " is not stable");
        }
    }

    @Test
    void everyFullWidthDigitAndLetterFoldsToAscii() {
        for (char c = '０'; c <= '９'; c++) {
            assertEquals((char) ('0' + (c - '０')), TextFolder.fold(c));
        }
        for (char c = 'Ａ'; c <= 'Ｚ'; c++) {
            assertEquals((char) ('A' + (c - 'Ａ')), TextFolder.fold(c));
        }
        for (char c = 'ａ'; c <= 'ｚ'; c++) {
            assertEquals((char) ('a' + (c - 'ａ')), TextFolder.fold(c));
        }
    }

    @Test
    void keepsLengthOfTextWithSurrogatePairs() {
        String text = "𠀀萬元２０";
        assertEquals(text.length(), TextFolder.fold(text).length());
        assertEquals("𠀀万元20", TextFolder.fold(text));
    }
}
