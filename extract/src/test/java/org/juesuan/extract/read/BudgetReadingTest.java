package org.juesuan.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.juesuan.extract.check.Checker;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentKind;
import org.juesuan.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A budget read as a budget, in the forms of 万里街道's real budgets; the final-accounts rules stay off it. */
class BudgetReadingTest {
    private static final String BUDGET = String.join("\n",
            "上海市普陀区2024年区级部门预算",
            "预算主管部门：上海市普陀区人民政府万里街道办事处",
            "四、部门预算编制说明",
            "2024年，上海市普陀区人民政府万里街道办事处收入预算15621.11万元，其中：财政拨款收入15621.11万元，比2023年预算减少876.75万元。",
            "截止2023年12月31日，本部门流动资产448.82万元。固定资产3149.52万元，其中：房屋14609.83平方米；单价50万元以上通用设备0台/套；"
                    + "专用设备818台/套（其中：单价100万元以上专用设备0台/套）；其他固定资产0万元。",
            "五、“三公”经费预算情况说明",
            "（二）公务用车购置及运行费46.56万元，比2023年预算增加25万元，主要原因是购置公务用车。其中：公务用车购置费25万元，"
                    + "比2023年预算增加25万元，主要原因是购置公务用车；公务用车运行费21.56万元，比2023年预算持平。",
            "");
    private static Disclosure budget;

    @BeforeAll
    static void read() throws Exception {
        budget = Checker.standard().apply(DisclosureReader.standard(ReadingLimits.DEFAULT)
                .read(new SourceDocument("wanli-2024.txt", BUDGET.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void itIsABudgetOfTheBodyItsCoverNames() {
        assertTrue(budget.looksLikeDisclosure());
        assertEquals(DocumentKind.BUDGET, budget.document().kind());
        assertEquals("上海市普陀区人民政府万里街道办事处", budget.document().organization());
        assertEquals(2024, budget.document().fiscalYear());
        assertEquals("上海市普陀区2024年区级部门预算", budget.document().title());
    }

    @Test
    void nothingHereIsWrong() {
        // 截止2023年12月31日 is a budget's asset date (no year-consistency); 单价50万元以上 is a threshold and the
        // change 25万元 before 其中 is not the list's total (no components-sum).
        List<Finding> findings = budget.findings().stream()
                .filter(f -> List.of("year-consistency", "components-sum").contains(f.ruleId())).toList();
        assertEquals(List.of(), findings);
    }
}
