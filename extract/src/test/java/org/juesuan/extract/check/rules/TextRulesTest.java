package org.juesuan.extract.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules that read wording: residue, short years, bare rates, contradictory direction words. */
class TextRulesTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            其他用车0辆……其他用车主要是用于……                  | 1
            组织对涉密网络运行维护费项目（项目名称）等3个项目        | 1
            上海市XX局2024年度收入支出总计XXX万元               | 1
            授予中小企业合同金额0万元，占 %                     | 1
            与2023年度相比，支出总计增加（减少）200万元            | 1
            财政拨款收入支出总计持平。主要原因：                   | 1
            本年收入合计261.74万元，占100%。                    | 0
            执法执勤用车XL型号3辆                              | 0
            主要原因：人员增加。                                | 0
            公务用车购置及运行费6.40万元，与2023年预算持平，主要原因是。其中：购置费0.00万元 | 1
            五、国有资产占有使用情况（增加内容）                   | 1
            主要原因是：人员增加；其次是物价上涨。                   | 0
            （三）说明增减变化的主要原因；                        | 0
            """)
    void templateResidue(String text, int expected) {
        assertEquals(expected, new TemplateResidueRule().check(new ClaimsFixture(text).input()).size(), text);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            第三部分 上海市普陀区生态环境局 202 年度部门决算情况说明 | 1
            第三部分 上海市普陀区生态环境局2025年度部门决算情况说明 | 0
            合计1202年度                                        | 0
            """)
    void truncatedYear(String text, int expected) {
        assertEquals(expected, new TruncatedYearRule().check(new ClaimsFixture(text).input()).size(), text);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            一般公共预算财政拨款支出增加1193.20万元，增长13.95。 | 1
            增长13.95%。                                      | 0
            增长3人次。                                        | 0
            """)
    void rateWithoutPercent(String text, int expected) {
        assertEquals(expected, new RateWithoutPercentRule().check(new ClaimsFixture(text).input()).size(), text);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            公务接待费支出决算减少为0.00万元，与2024年持平。                       | 1
            减少0.15万元，下降27.78%，其中：因公出国（境）费支出与上一年度持平。       | 0
            因公出国（境）支出决算较2020年无变化。                                | 0
            """)
    void changeAndFlatInOneBreath(String text, int expected) {
        assertEquals(expected, new ChangeDirectionRule().check(new ClaimsFixture(text).input()).size(), text);
    }
}
