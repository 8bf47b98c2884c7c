package org.juesuan.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberTextTest {

    @ParameterizedTest(name = "{0} → {1} ({2} decimals)")
    @CsvSource(delimiter = '|', value = {
        "220.27     | 220.27   | 2",
        "0          | 0        | 0",
        "10.00      | 10.00    | 2",
        "1,196,625  | 1196625  | 0",
        "4,733.14   | 4733.14  | 2",
        "-0.03      | -0.03    | 2",
        "0.000123   | 0.000123 | 6",
    })
    void readsPrintedNumbersExactly(String printed, String value, int decimals) {
        NumberText number = NumberText.parse(printed);
        assertEquals(new BigDecimal(value), number.value());
        assertEquals(decimals, number.decimals());
    }

    @ParameterizedTest(name = "{0} → {1} ({2} decimals)")
    @CsvSource(delimiter = '|', value = {
        "十        | 10    | 0",
        "二十五    | 25    | 0",
        "百        | 100   | 0",
        "一百      | 100   | 0",
        "一百零五  | 105   | 0",
        "两百      | 200   | 0",
        "九十九    | 99    | 0",
        "零点五    | 0.5   | 1",
        "三点二五  | 3.25  | 2",
        "〇点〇一  | 0.01  | 2",
    })
    void readsChineseNumerals(String numeral, String value, int decimals) {
        NumberText number = ChineseNumeral.parse(numeral);
        assertEquals(new BigDecimal(value), number.value());
        assertEquals(decimals, number.decimals());
    }

    @Test
    void refusesWhatIsNotANumber() {
        assertThrows(IllegalArgumentException.class, () -> NumberText.parse("12万"));
        assertThrows(IllegalArgumentException.class, () -> ChineseNumeral.parse("二十万"));
    }
}
