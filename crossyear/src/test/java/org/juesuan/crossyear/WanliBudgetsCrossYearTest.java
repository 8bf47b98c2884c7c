package org.juesuan.crossyear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentKind;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three budgets of 万里街道 (2023, 2024, 2025), real consecutive documents of one organization:
 * read as budgets, and each year's 比上年预算 figures checked against the year before. By hand: 2024's
 * 财政拨款收入 15621.11 − (−876.75) = 16497.86 = 2023's; 财政拨款支出 the same; 公务用车购置费 25 − 25 = 0 = 2023's;
 * 2025's 18976.76 − 3355.65 = 15621.11, 三公 37.91 + 10 = 47.91, 车 36.56 + 10 = 46.56, 购置 15 + 10 = 25 — all agree.
 */
class WanliBudgetsCrossYearTest {
    private static final RealDocuments DOCUMENTS = new RealDocuments();
    private static Disclosure y2023;
    private static Disclosure y2024;
    private static Disclosure y2025;

    @BeforeAll
    static void read() throws Exception {
        y2023 = DOCUMENTS.check(RealDocuments.shared("real/budget/putuo-wanli-2023-budget.pdf"));
        y2024 = DOCUMENTS.check(RealDocuments.shared("real/budget/putuo-wanli-2024-budget.pdf"));
        y2025 = DOCUMENTS.check(RealDocuments.shared("real/budget/putuo-wanli-2025-budget.pdf"));
    }

    @Test
    void budgetsAreReadAsBudgetsOfOneOrganization() {
        for (Disclosure d : List.of(y2023, y2024, y2025)) {
            assertEquals(DocumentKind.BUDGET, d.document().kind(), d.document().sourceName());
            assertTrue(d.looksLikeDisclosure(), d.document().sourceName());
            assertEquals("普陀区人民政府万里街道办事处", DocumentIdentity.of(d.document()).orElseThrow().organization());
        }
        assertEquals(List.of(2023, 2024, 2025), List.of(y2023.document().fiscalYear(), y2024.document().fiscalYear(),
                y2025.document().fiscalYear()));
    }

    @Test
    void consecutiveBudgetsAgree() {
        CrossYearComparison first = CrossYearCheck.compare(y2023, y2024);
        CrossYearComparison second = CrossYearCheck.compare(y2024, y2025);
        System.out.println(first.linesCompared() + " " + first.findings() + "\n" + second.linesCompared() + " " + second.findings());
        assertEquals(List.of(), first.findings());
        assertEquals(List.of(), second.findings());
        assertEquals(3, first.linesCompared());
        assertEquals(5, second.linesCompared());
    }

    @Test
    void notConsecutiveOrNotInOrderComparesNothing() {
        assertEquals(0, CrossYearCheck.compare(y2023, y2025).linesCompared());
        assertEquals(0, CrossYearCheck.compare(y2024, y2023).linesCompared());
    }

    @Test
    void aPreviousYearThatStatedAnotherFigureIsFound() throws Exception {
        // 2023's text with its 财政拨款收入 raised by 100万元: 2024's 15621.11 + 876.75 = 16497.86 no longer agrees.
        String altered = y2023.text().replaceFirst("财政拨款收入16497\\.86万元", "财政拨款收入16597.86万元");
        Disclosure previous = DOCUMENTS.checkText("putuo-wanli-2023-budget-altered.txt", altered);
        CrossYearComparison comparison = CrossYearCheck.compare(previous, y2024);
        List<Finding> findings = comparison.findings();
        System.out.println(findings);
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(CrossYearCheck.RULE_ID, finding.ruleId());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("16497.86万元", finding.stated());
        assertEquals("16597.86万元", finding.expected());
        assertTrue(finding.evidence().sentence().contains("比2023年预算减少876.75万元"), finding.evidence().sentence());
        assertTrue(finding.message().contains("putuo-wanli-2023-budget-altered.txt"), finding.message());
        assertTrue(finding.message().contains("相差约100.00万元"), finding.message());
        assertEquals("k" + (CrossYearCheck.otherFindings(y2024).size() + 1), finding.id());
    }
}
