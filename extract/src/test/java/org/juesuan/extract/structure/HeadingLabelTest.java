package org.juesuan.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingLabelTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            第一部分 部门概况            | PART           | 1  | 第一部分 | 部门概况
            第3部分 名词解释             | PART           | 3  | 第3部分  | 名词解释
            第 二 部分上海市财政局概况     | PART           | 2  | 第二部分 | 上海市财政局概况
            附件                        | ATTACHMENT     | 0  | 附件     | ''
            附件一                      | ATTACHMENT     | 1  | 附件一   | ''
            附件2：绩效自评表             | ATTACHMENT     | 2  | 附件2    | 绩效自评表
            十一、其他重要事项的情况说明    | CHINESE_COMMA  | 11 | 十一、   | 其他重要事项的情况说明
            二十六、抗疫特别国债安排的支出  | CHINESE_COMMA  | 26 | 二十六、 | 抗疫特别国债安排的支出
            1、 收入支出决算总体情况说明    | ARABIC_COMMA   | 1  | 1、      | 收入支出决算总体情况说明
            2．机构及人员编制情况          | ARABIC_DOT     | 2  | 2．      | 机构及人员编制情况
            1.主要职能                   | ARABIC_DOT     | 1  | 1.       | 主要职能
            （一）主要职能。              | CHINESE_PAREN  | 1  | （一）   | 主要职能。
            (三) 国有资产占有使用情况      | CHINESE_PAREN  | 3  | (三)     | 国有资产占有使用情况
            （10）研究处理其他重要事项     | ARABIC_PAREN   | 10 | （10）   | 研究处理其他重要事项
            """)
    void readsTheNumberingSchemes(String text, NumberingStyle style, int ordinal, String label, String title) {
        HeadingLabel parsed = HeadingLabel.parse(text).orElseThrow();
        assertEquals(style, parsed.style());
        assertEquals(ordinal, parsed.ordinal());
        assertEquals(label, parsed.label());
        assertEquals(title, parsed.title());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5万元用于办公", "2021年本年收入合计", "附件中列示的项目", "第一条根据方案制定", "一般公共服务支出", "12.00"})
    void isNotALabel(String text) {
        assertTrue(HeadingLabel.parse(text).isEmpty(), text);
    }
}
