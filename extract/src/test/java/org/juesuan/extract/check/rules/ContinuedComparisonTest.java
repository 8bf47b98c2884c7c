package org.juesuan.extract.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.juesuan.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comparison that opens its sentence continues the sentence before it: 项目支出预算数为4335.3万元。
 * 与上年相比减少了1237.7万元，减少13.22%。 The paragraphs are the 江苏 2019 budget's, as printed (its
 * 13.22% is the 基本支出 rate copied; 10.15% is 10.158% cut short), read end to end from a text file.
 */
class ContinuedComparisonTest {
    private static final String TITLE = "江苏省人民检察院2019年度部门预算公开\n\n第三部分 2019年度部门预算情况说明\n\n";

    @TempDir
    Path folder;

    @Test
    void theAmountOfTheSentenceBeforeIsTheCurrentValue() throws Exception {
        List<String> rates = changeRates("此外，基本支出预算数为15,844.04万元。与上年相比增加1849.73万元，增长13.22%。主要原因是工资性收入增加。"
                + "项目支出预算数为4335.3万元。与上年相比减少了1237.7万元，减少13.22%。主要原因是压减一般性支出。\n\n"
                + "省检察院2019年财政拨款预算支出24,169.74万元，占本年支出合计的100%。与上年相比，财政拨款支出增加2228.78万元，增长10.15%。\n\n"
                + "1．公共安全（类）支出16,593.12万元。主要用于检察院行政支出。与上年相比增加134.37万元，增长0.82%。\n");
        assertEquals(List.of("增长率应约为22.21%，文中为13.22%（上年数约为5573.0万元）",
                "增长率应约为10.16%，文中为10.15%（上年数约为21940.96万元）"), rates);
    }

    @Test
    void aSentenceBeforeWithTwoAmountsOrAnotherSubjectLeavesTheChangeUnbound() throws Exception {
        List<String> paragraphs = List.of(
                "基本支出15,844.04万元，项目支出4335.3万元。与上年相比增加1849.73万元，增长50.00%。",
                "收入预算总计24,169.74万元。与上年相比，支出预算总计增加2228.78万元，增长50.00%。",
                "基本支出15,844.04万元。主要用于人员。用于日常运转。用于其他。与上年相比增加1849.73万元，增长50.00%。",
                "基本支出15,844.04万元。\n\n与上年相比增加1849.73万元，增长50.00%。",
                "支出预算总计24,169.74万元。其中：基本支出15,844.04万元。与上年相比增加1849.73万元，增长50.00%。");
        for (String paragraph : paragraphs) {
            assertEquals(List.of(), changeRates(paragraph + "\n"), paragraph);
        }
    }

    private List<String> changeRates(String body) throws Exception {
        return TextFileChecks.findings(folder, TITLE, body).stream().filter(f -> f.ruleId().equals("change-rate"))
                .map(Finding::message).toList();
    }
}
