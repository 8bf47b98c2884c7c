package org.juesuan.extract.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.statements.Claims;
import org.juesuan.model.Block;
import org.juesuan.model.BlockKind;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentFormat;
import org.juesuan.model.DocumentInfo;
import org.juesuan.model.DocumentKind;
import org.juesuan.model.Severity;
import org.junit.jupiter.api.Test;

class ReasonDirectionRuleTest {
    private final ReasonDirectionRule rule = new ReasonDirectionRule();

    @Test
    void aReasonMovingTheMoneyTheOtherWayIsAWarning() {
        List<Issue> issues = check("2024年预算安排110.60万元，比2023年预算执行数减少2.98%。主要原因是：宣传事务一般行政管理事务经费增加。");
        assertEquals(1, issues.size(), issues.toString());
        assertEquals(Severity.WARNING, issues.get(0).severity());
        assertEquals("增加", issues.get(0).stated());
        assertEquals("增减变动写作“减少”，而所述原因为“宣传事务一般行政管理事务经费增加”，方向相反", issues.get(0).message());
        assertEquals(1, check("机关运行经费支出184.65万元，比上年增长1.40%。主要原因为办公经费下降。").size());
    }

    @Test
    void aReasonAgreeingOrOfAnotherKindOrOfSeveralClausesIsNotJudged() {
        List<String> silent = List.of(
                "比2023年预算执行数减少6.19%。主要原因是：群众团体事务一般行政管理事务经费减少。",
                "比2023年预算执行数增加46.19%。主要原因是：组织事务一般行政管理事务经费增加。",
                "比上年增加5.00万元。主要原因是在职人员减少。",
                "比上年减少3.00%。主要原因是人员经费减少，项目经费增加。",
                "比2023年预算增加25万元，主要原因是购置公务用车。");
        for (String text : silent) {
            assertEquals(List.of(), check(text), text);
        }
    }

    private List<Issue> check(String text) {
        DocumentInfo info = new DocumentInfo("0".repeat(64), "a.pdf", DocumentFormat.PDF, 1, null, null, 2024, DocumentKind.BUDGET);
        Block block = new Block("b1", BlockKind.PARAGRAPH, text, 1, 0, text.length(), null, null);
        Disclosure disclosure = new Disclosure(Disclosure.SCHEMA_VERSION, info, text, List.of(block), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
        return rule.check(new CheckInput(disclosure, new Claims(List.of(), List.of(), List.of(), List.of(), List.of(), List.of())));
    }
}
