package org.juesuan.crossyear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Counts across a final-accounts pair built from a real one. By hand (pdftotext -layout), the real 2024 accounts of
 * 普陀区规划和自然资源局 state in their 三公 explanation: 因公出国（境）团组 0 个、累计 0 人次; 公务用车保有量为 0 辆;
 * 公务接待 2 批次、26 人次，其中：接待外宾 0 批次、0 人次 (公务用车购置 as an amount only). A 2025 text is made that
 * states the previous year's counts, agreeing or not.
 */
class FinalAccountsCountsPairTest {
    private static final RealDocuments DOCUMENTS = new RealDocuments();
    private static Disclosure real2024;

    @BeforeAll
    static void read() throws Exception {
        real2024 = DOCUMENTS.check(RealDocuments.shared("real/putuo-planning-resources-2024.pdf"));
    }

    private static Disclosure nextYear(String receptionPeople) throws Exception {
        return DOCUMENTS.checkText("putuo-planning-resources-2025.txt", String.join("\n",
                "上海市普陀区规划和自然资源局2025年度部门决算",
                "第三部分 上海市普陀区规划和自然资源局2025年度部门决算情况说明",
                "七、财政拨款“三公”经费支出决算情况说明",
                "（二）“三公”经费财政拨款支出决算具体情况说明。",
                "1、因公出国（境）费支出0.00万元。全年安排因公出国（境）团组0个、累计0人次。",
                "2、公务用车购置及运行维护费支出0.00万元。2025年，公务用车保有量为0辆，与上年持平。上年公务用车保有量为0辆。",
                "3、公务接待费支出0.52万元。列明公务接待3批次，比上年增加1批次；接待" + receptionPeople + "。",
                "八、政府性基金预算财政拨款收入支出决算情况说明", "本部门无政府性基金预算财政拨款收入和支出。", ""));
    }

    @Test
    void theRealDocumentsCountsAreRead() {
        YearCounts counts = YearFigures.of(real2024).orElseThrow().counts();
        String read = counts.stated().values().stream().flatMap(List::stream).map(c -> c.line() + "=" + c.value())
                .sorted().collect(Collectors.joining(" "));
        assertEquals("FOREIGN_RECEPTION_BATCHES=0 FOREIGN_RECEPTION_PEOPLE=0 OUTBOUND_GROUPS=0 OUTBOUND_PEOPLE=0 "
                + "RECEPTION_BATCHES=2 RECEPTION_PEOPLE=26 VEHICLES_HELD=0", read);
        assertEquals(List.of(), counts.previous());
    }

    @Test
    void agreeingCountsAreSilent() throws Exception {
        CrossYearComparison comparison = CrossYearCheck.compare(real2024, nextYear("32人次，比上年增加6人次"));
        assertEquals(List.of(), comparison.findings());
        assertEquals(3, comparison.linesCompared(), "receptions' 批次 and 人次, vehicles held");
    }

    @Test
    void aDisagreeingCountIsOneErrorLinkedToTheRealDocument() throws Exception {
        List<Finding> findings = CrossYearCheck.compare(real2024, nextYear("32人次，比上年增加2人次")).findings();
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("30人次", finding.stated());
        assertEquals("26人次", finding.expected());
        assertTrue(finding.message().contains("《putuo-planning-resources-2024.pdf》"), finding.message());
        assertTrue(finding.evidence().sentence().contains("比上年增加2人次"), finding.evidence().sentence());
    }
}
