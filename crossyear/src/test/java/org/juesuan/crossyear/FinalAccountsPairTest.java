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
 * A final-accounts pair built from a real one: 普陀区财政局's real 2024 accounts imply its 2023 figures —
 * 收入支出总计 2995.39 + 56.95 = 3052.34万元, 机关运行经费 184.65 − 2.55 = 182.10万元 (by hand) — and a
 * 2023 text is made stating them (consistent), or stating other figures (inconsistent).
 */
class FinalAccountsPairTest {
    private static final RealDocuments DOCUMENTS = new RealDocuments();
    private static Disclosure current;

    @BeforeAll
    static void read() throws Exception {
        current = DOCUMENTS.check(RealDocuments.shared("real/putuo-finance-bureau-2024.pdf"));
    }

    /** A 2023 final-accounts text of the same bureau, in the sentence forms its 2024 document uses. */
    static String previousYear(String total, String operating) {
        return String.join("\n",
                "上海市普陀区财政局2023年度部门决算",
                "第三部分 2023年度部门决算情况说明",
                "一、收入支出决算总体情况说明",
                "2023年度收入、支出总计均为" + total + "万元。",
                "二、财政拨款收入支出决算总体情况说明",
                "2023年度财政拨款收入、支出均按预算执行。",
                "三、其他重要事项的情况说明",
                "（一）机关运行经费支出情况",
                "2023年度本部门机关运行经费支出" + operating + "万元。",
                "（二）政府采购支出情况",
                "2023年度本部门政府采购支出总额0.00万元。",
                "");
    }

    @Test
    void theRealDocumentIsFinalAccountsAndImpliesItsPreviousYear() {
        YearFigures figures = YearFigures.of(current).orElseThrow();
        assertEquals(new DocumentIdentity("普陀区财政局", 2024, DocumentKind.FINAL_ACCOUNTS), figures.identity());
        assertEquals(List.of("收、支总计 3052.34万元", "机关运行经费 182.10万元"),
                figures.implied().stream().map(i -> i.metric() + " " + i.amount().printed()).toList());
    }

    @Test
    void aConsistentPreviousYearGivesNoFinding() throws Exception {
        Disclosure previous = DOCUMENTS.checkText("putuo-finance-bureau-2023.txt", previousYear("3,052.34", "182.10"));
        assertEquals(DocumentKind.FINAL_ACCOUNTS, previous.document().kind());
        assertEquals("普陀区财政局", DocumentIdentity.of(previous.document()).orElseThrow().organization());
        CrossYearComparison comparison = CrossYearCheck.compare(previous, current);
        assertEquals(List.of(), comparison.findings());
        assertEquals(2, comparison.linesCompared());
    }

    @Test
    void anInconsistentPreviousYearIsFoundAndGradedByTheMiss() throws Exception {
        // 3062.34 misses 3052.34 by 10万元: an error; 182.12 misses [182.09, 182.11] by less than 0.01: a warning.
        Disclosure previous = DOCUMENTS.checkText("putuo-finance-bureau-2023.txt", previousYear("3062.34", "182.12"));
        List<Finding> findings = CrossYearCheck.compare(previous, current).findings();
        assertEquals(2, findings.size(), findings.toString());
        Finding total = findings.get(0);
        assertEquals(Severity.ERROR, total.severity());
        assertEquals("3052.34万元", total.stated());
        assertEquals("3062.34万元", total.expected());
        assertTrue(total.evidence().sentence().contains("收入支出总计减少56.95万元"), total.evidence().sentence());
        assertTrue(total.message().contains("《putuo-finance-bureau-2023.txt》"), total.message());
        Finding operating = findings.get(1);
        assertEquals(Severity.WARNING, operating.severity());
        assertEquals("182.10万元", operating.stated());
        assertEquals("182.12万元", operating.expected());
        assertTrue(operating.evidence().sentence().contains("机关运行经费支出184.65万元"), operating.evidence().sentence());
    }

    @Test
    void theFindingsGoIntoTheLaterDocumentOnce() throws Exception {
        Disclosure previous = DOCUMENTS.checkText("putuo-finance-bureau-2023.txt", previousYear("3062.34", "182.10"));
        List<Finding> findings = CrossYearCheck.compare(previous, current).findings();
        Disclosure once = CrossYearCheck.withFindings(current, findings);
        Disclosure twice = CrossYearCheck.withFindings(once, CrossYearCheck.compare(previous, once).findings());
        assertEquals(current.findings().size() + 1, twice.findings().size());
        assertEquals(once.findings(), twice.findings());
    }
}
