package org.juesuan.extract.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.juesuan.extract.check.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 上年 labelled with the report year (issue 10), over sentences built by hand in a 2024 report: the
 * defect in its three forms, and the wording of the real documents (and of budgets) it must leave alone.
 */
class PreviousYearLabelRuleTest {
    private static String found(String text) {
        List<Issue> issues = new PreviousYearLabelRule().check(new ClaimsFixture(text).of(null, 2024).input());
        return issues.isEmpty() ? "-" : String.join(" ", issues.stream().map(i -> i.severity() + " " + i.stated() + "→" + i.expected()).toList());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            收入总计2995.39万元，比上年（2024年）减少56.95万元。                        | WARNING 上年（2024年）→2023年
            收入总计2995.39万元，较上一年度(2024年度)减少56.95万元。                    | WARNING 上一年度(2024年度)→2023年
            2024年（上年）收入总计3052.34万元。                                       | WARNING 2024年（上年）→2023年
            收入总计2995.39万元，比上年（2022年）减少56.95万元。                        | WARNING 上年（2022年）→2023年
            本局2024年度收入支出总计2995.39万元。与2024年度相比，收入支出总计减少56.95万元。 | WARNING 与2024年度相比→2023年
            机关运行经费支出184.65万元，比2024年度增加2.55万元，增长1.40%。              | WARNING 比2024年度增加→2023年
            “三公”经费财政拨款支出决算数与 2024 年持平。                               | WARNING 与 2024 年持平→2023年
            2023年度收入支出总计2995.39万元，比上年减少56.95万元。                       | WARNING 2023年→2024年
            2023年，本局机关运行经费支出184.65万元，较上年度增加2.55万元。                 | WARNING 2023年→2024年
            """)
    void theComparisonYearWrittenWrong(String text, String expected) {
        assertEquals(expected, found(text), text);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            本局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元。
            机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。
            收入总计2995.39万元，比上年（2023年）减少56.95万元。
            2023年（上一年度，下同）收入总计3052.34万元。
            上年（2023年）收入总计3052.34万元，本年比上年减少56.95万元。
            2024年度“三公”经费支出下降27.78%，其中：因公出国（境）费支出与上一年度持平。
            向区人民代表大会报告上年度预算执行情况及本年度预算。
            2024年度支出决算比2024年年初预算增加10.00万元。
            2024年度支出决算比2024年预算数减少10.00万元。
            截至2024年12月31日，本局共有车辆2辆，比上年增加1辆。
            2023年度收入总计3052.34万元，2024年度比上年减少56.95万元。
            2022年至2023年间建成的项目，比上年增加2个。
            较上年度减少了培训费支出等。
            与2023年相比，收入总计增加10.00万元；支出总计比上年增加10.00万元。
            截至2023年12月31日的结余资金，比上年减少5.00万元。
            自2023年以来，本局机关运行经费比上年逐年减少。
            """)
    void theRealWordingStaysSilent(String text) {
        assertEquals("-", found(text), text);
    }
}
