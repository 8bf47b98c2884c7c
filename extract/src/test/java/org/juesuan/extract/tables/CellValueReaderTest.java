package org.juesuan.extract.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.juesuan.model.CellValueKind;
import org.juesuan.model.TableValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Value cells as printed: numbers with exact value and decimals, and the four kinds that are not numbers. */
class CellValueReaderTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            2,940.05       | NUMBER | 2940.05   | 2
            0.00           | NUMBER | 0.00      | 2
            0              | NUMBER | 0         | 0
            156,211,123    | NUMBER | 156211123 | 0
            -3.20          | NUMBER | -3.20     | 2
            (1,234.00)     | NUMBER | -1234.00  | 2
            －3.20          | NUMBER | -3.20     | 2
            １，２３４．５６ | NUMBER | 1234.56   | 2
            ' 4,733. 14 '  | NUMBER | 4733.14   | 2
            12.5%          | NUMBER | 12.5      | 1
            ''             | BLANK  |           | 0
            -              | DASH   |           | 0
            —              | DASH   |           | 0
            ——             | DASH   |           | 0
            －             | DASH   |           | 0
            /              | SLASH  |           | 0
            ／             | SLASH  |           | 0
            1,23           | TEXT   |           | 0
            无             | TEXT   |           | 0
            12.5万元       | TEXT   |           | 0
            """)
    void readsWhatTheCellHolds(String raw, CellValueKind kind, String value, int decimals) {
        TableValue read = CellValueReader.read(3, "决算数", raw);
        assertEquals(kind, read.kind());
        assertEquals(value == null ? null : new BigDecimal(value), read.value());
        assertEquals(decimals, read.decimals());
        assertEquals(raw, read.raw());
        assertEquals(3, read.column());
    }

    @Test
    void unbalancedParenthesesAreNotANegativeNumber() {
        assertNull(CellValueReader.number("(12.00"));
    }
}
