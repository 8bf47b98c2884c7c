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
 * 2025's 18976.76 − 3355.65 = 15621.11, 三公 37.91 + 10 = 47.91, 车 36.56 + 10 = 46.56, 购置 15 + 10 = 25 — all agree;
 * and 2024's 三公 47.91 − 25 = 22.91 = 2023's 三公经费预算数 (a budget's 预算数为 is read as its own value).
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
        assertEquals(4, first.linesCompared());
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

    @Test
    void theBudgetsStateNoCountWeRead() {
        // By hand: the 三公 explanations give amounts only; 2025's one count (主要原因是2025年新增1辆公务用车购置)
        // stands in a reason, so it is not read as the year's purchases.
        for (Disclosure d : List.of(y2023, y2024, y2025)) {
            assertEquals(YearCounts.NONE, YearFigures.of(d).orElseThrow().counts(), d.document().sourceName());
        }
    }

    /**
     * A budget's 三公 explanation as a short text: its title lines, then the real text from 其他相关情况说明 to
     * 项目经费情况说明, with {@code sentence} put before its 公务接待费 item. (The whole text read again as .txt loses
     * the 三公 heading to the structure step, so the part is cut out instead.)
     */
    private static Disclosure explanation(Disclosure budget, String name, String sentence) throws Exception {
        String text = budget.text();
        int from = text.indexOf("一、" + budget.document().fiscalYear() + "年“三公”经费预算情况说明");
        String part = text.substring(text.lastIndexOf("其他相关情况说明", from), text.indexOf("项目经费情况说明", from));
        String marker = "（三）公务接待费1.35万元。";
        assertTrue(part.contains(marker), part);
        int year = budget.document().fiscalYear();
        return DOCUMENTS.checkText(name, String.join("\n", "上海市普陀区" + year + "年区级部门预算",
                "预算主管部门：上海市普陀区人民政府万里街道办事处", "部门预算编制说明",
                part.replace(marker, sentence + "\n" + marker)));
    }

    @Test
    void aPreviousYearCountThatDisagreesIsOneError() throws Exception {
        // 2024's explanation given the purchase its 国有资产 section plans (1辆); 2025's given 2024's purchases,
        // once agreeing (silent), once as 2辆 (exactly one error: the amounts still agree).
        Disclosure previous = explanation(y2024, "putuo-wanli-2024-budget-counts.txt", "2024年预算安排购置公务用车1辆。");
        assertEquals(1, YearFigures.of(previous).orElseThrow().counts().stated().size());
        Disclosure agreeing = explanation(y2025, "putuo-wanli-2025-budget-counts.txt", "2024年预算安排购置公务用车1辆。");
        CrossYearComparison silent = CrossYearCheck.compare(previous, agreeing);
        assertEquals(List.of(), silent.findings());
        assertTrue(silent.linesCompared() >= 2, "amount lines and the purchases: " + silent.linesCompared());

        Disclosure altered = explanation(y2025, "putuo-wanli-2025-budget-altered.txt", "2024年预算安排购置公务用车2辆。");
        List<Finding> findings = CrossYearCheck.compare(previous, altered).findings();
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("2辆", finding.stated());
        assertEquals("1辆", finding.expected());
        assertTrue(finding.message().startsWith("本文件“公务用车购置数”写明上年数2辆；而2024年度预算文件《putuo-wanli-2024-budget-counts.txt》"),
                finding.message());
    }
}
