package org.juesuan.crossyear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentKind;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Previous-year values a document states outright (上年…为X万元, 2023年度…X万元, 上年决算数X) are compared with
 * last year's document like implied ones; anything less plain stays silent. Documents are short texts made here.
 */
class ExplicitPreviousYearTest {
    private static final RealDocuments DOCUMENTS = new RealDocuments();

    private static Disclosure accounts(int year, String... sentences) throws Exception {
        String text = "上海市普陀区财政局" + year + "年度部门决算\n第三部分 " + year + "年度部门决算情况说明\n一、收入支出决算总体情况说明\n"
                + String.join("\n", sentences) + "\n";
        return DOCUMENTS.checkText("putuo-finance-bureau-" + year + ".txt", text);
    }

    private static final String[] LAST_YEAR = {
        "2023年度收入、支出总计均为3052.34万元。", "2023年度本部门机关运行经费支出182.10万元。"};

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "上年收入、支出总计均为              | FINAL_ACCOUNTS | true",
        "2023年度机关运行经费支出            | FINAL_ACCOUNTS | true",
        "机关运行经费上年决算数              | FINAL_ACCOUNTS | true",
        "上一年度机关运行经费支出            | FINAL_ACCOUNTS | true",
        "比上年增加                          | FINAL_ACCOUNTS | false",
        "与2023年度相比，减少                | FINAL_ACCOUNTS | false",
        "上年预算数                          | FINAL_ACCOUNTS | false",
        "2022年度机关运行经费支出            | FINAL_ACCOUNTS | false",
        "2023年和2024年机关运行经费分别为    | FINAL_ACCOUNTS | false",
        "上年年初预算                        | FINAL_ACCOUNTS | false",
        "机关运行经费支出                    | FINAL_ACCOUNTS | false",
        "上年财政拨款收入预算                | BUDGET         | true",
        "2023年预算数为                      | BUDGET         | true",
        "2023年当年预算执行数为              | BUDGET         | false",
        "上年决算数                          | BUDGET         | false",
        "2023年财政拨款收入                  | BUDGET         | false"})
    void theWordsMustNameThePreviousYearOfTheSameKind(String words, DocumentKind kind, boolean previous) {
        assertEquals(previous, PreviousYearWording.namesPreviousYear(words.strip(), 2024, kind), words);
    }

    @Test
    void aStatedPreviousYearValueIsComparedWithLastYearsDocument() throws Exception {
        Disclosure current = accounts(2024, "2024年度收入、支出总计均为2995.39万元。上年收入、支出总计均为3062.34万元。",
                "机关运行经费上年决算数182.10万元。");
        YearFigures figures = YearFigures.of(current).orElseThrow();
        assertEquals(List.of("收、支总计 3062.34万元 true", "机关运行经费 182.10万元 true"), figures.implied().stream()
                .map(i -> i.metric() + " " + i.amount().printed() + " " + i.explicit()).toList());
        CrossYearComparison comparison = CrossYearCheck.compare(accounts(2023, LAST_YEAR), current);
        assertEquals(2, comparison.linesCompared());
        assertEquals(1, comparison.findings().size(), comparison.findings().toString());
        Finding total = comparison.findings().get(0);
        assertEquals(Severity.ERROR, total.severity());
        assertEquals("3062.34万元", total.stated());
        assertEquals("3052.34万元", total.expected());
        assertTrue(total.message().startsWith("本文件“收、支总计”写明上年数3062.34万元；而2023年度决算文件"), total.message());
        assertFalse(total.message().contains("推得"), total.message());
    }

    @Test
    void aPreviousYearNamedByItsNumberCountsAndAgreeingValuesAreSilent() throws Exception {
        Disclosure current = accounts(2024, "2023年度机关运行经费支出182.10万元。", "2024年度机关运行经费支出184.65万元。");
        CrossYearComparison comparison = CrossYearCheck.compare(accounts(2023, LAST_YEAR), current);
        assertEquals(1, comparison.linesCompared());
        assertEquals(List.of(), comparison.findings());
    }

    @Test
    void aStatedValueThatDisagreesWithTheImpliedOneLeavesTheLineUnclear() throws Exception {
        // 184.65 − 2.55 = 182.10 implied, 182.90 stated: which is last year's is unsure, so nothing is said.
        Disclosure current = accounts(2024, "机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。",
                "机关运行经费上年决算数182.90万元。");
        CrossYearComparison comparison = CrossYearCheck.compare(accounts(2023, LAST_YEAR), current);
        assertEquals(List.of(), comparison.findings());
        assertEquals(0, comparison.linesCompared());
    }

    @Test
    void lastYearsExecutionInABudgetIsNotAPreviousYearValue() throws Exception {
        Disclosure budget = DOCUMENTS.checkText("wanli-2024-budget.txt", String.join("\n",
                "上海市普陀区2024年区级部门预算", "预算主管部门：上海市普陀区人民政府万里街道办事处", "部门预算编制说明",
                "2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少57.14%。",
                "2023年机关运行经费预算执行数为443.18万元。", ""));
        assertEquals(DocumentKind.BUDGET, budget.document().kind());
        assertEquals(List.of(), YearFigures.of(budget).orElseThrow().implied().stream().filter(ImpliedPrevious::explicit).toList());
    }
}
