package org.juesuan.extract.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitReaderTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            单位：万元                                            | 万元
            金额单位：元                                          | 元
            单位:千元                                             | 千元
            （单位：万元）                                        | 万元
            编制部门：上海市普陀区人民政府万里街道办事处 单位：元 | 元
            部门： 江苏省人民检察院 单位:万元                     | 万元
            单 位：万 元                                          | 万元
            预算单位：上海市财政局                                | ''
            收入支出决算总表                                      | ''
            """)
    void findsTheStatedUnit(String line, String unit) {
        assertEquals(unit, UnitReader.unitIn(CellText.normalise(line)));
    }
}
