package org.juesuan.output.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sheet names Excel accepts: 31 characters, no [ ] : * ? / \, no edge apostrophe, unique ignoring case. */
class SheetNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "t3 支出决算表|t3 支出决算表",
            "t1 收入/支出[总表]|t1 收入_支出_总表_",
            "t2 单位:万元*?|t2 单位_万元__",
            "'t4 引号'|t4 引号",
            "t12 一般公共预算财政拨款“三公”经费支出决算表（续表一：第二页）|t12 一般公共预算财政拨款“三公”经费支出决算表（续表一：第",
            "history|history~2"})
    void cleansAndCuts(String wanted, String expected) {
        String name = new SheetNames().claim(wanted);
        assertEquals(expected, name);
        assertTrue(name.length() <= SheetNames.MAX_LENGTH, name);
    }

    @Test
    void aTakenNameGetsANumberWithinTheLimit() {
        SheetNames names = new SheetNames("问题", "表格");
        assertEquals("表格~2", names.claim("表格"));
        String long33 = "t1 一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十";
        assertEquals(31, names.claim(long33).length());
        String again = names.claim(long33.toUpperCase());
        assertEquals(31, again.length());
        assertTrue(again.endsWith("~2"), again);
    }
}
