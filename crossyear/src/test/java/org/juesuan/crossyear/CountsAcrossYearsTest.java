package org.juesuan.crossyear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 三公 counts read from a 三公 explanation, in the wordings disclosures use, and compared across years
 * exactly; every doubt stays silent. Documents are short final-accounts texts made here.
 */
class CountsAcrossYearsTest {
    private static final RealDocuments DOCUMENTS = new RealDocuments();

    static Disclosure accounts(int year, String... sentences) throws Exception {
        String text = String.join("\n", "上海市普陀区示例局" + year + "年度部门决算",
                "第三部分 " + year + "年度部门决算情况说明", "一、收入支出决算总体情况说明",
                year + "年度收入、支出总计均为100.00万元。", "七、财政拨款“三公”经费支出决算情况说明",
                "（二）“三公”经费财政拨款支出决算具体情况说明。", String.join("\n", sentences),
                "八、政府性基金预算财政拨款收入支出决算情况说明", "本部门无政府性基金预算财政拨款收入和支出。", "");
        return DOCUMENTS.checkText("example-" + year + ".txt", text);
    }

    private static String read(Disclosure d) {
        YearCounts counts = YearFigures.of(d).orElseThrow().counts();
        String stated = counts.stated().values().stream().flatMap(List::stream)
                .map(c -> c.line() + "=" + c.value()).sorted().collect(Collectors.joining(" "));
        String previous = counts.previous().stream().map(c -> c.line() + "=" + c.value()).sorted()
                .collect(Collectors.joining(" "));
        return (stated + " | " + previous).strip();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "全年组织因公出国（境）团组3个、累计12人次。 # OUTBOUND_GROUPS=3 OUTBOUND_PEOPLE=12 |",
        "2024年购置公务用车2辆。 # VEHICLES_BOUGHT=2 |",
        "2024年，本局所属各预算单位开支财政拨款的公务用车保有量为15辆。 # VEHICLES_HELD=15 |",
        "主要用于接待调研，列明公务接待20批次、300人次，其中：接待外宾1批次、5人次。 # FOREIGN_RECEPTION_BATCHES=1 FOREIGN_RECEPTION_PEOPLE=5 RECEPTION_BATCHES=20 RECEPTION_PEOPLE=300 |",
        "国内公务接待批次20批次、人次300人次。 # DOMESTIC_RECEPTION_BATCHES=20 DOMESTIC_RECEPTION_PEOPLE=300 |",
        "公务用车保有量为15辆，比上年增加2辆。 # VEHICLES_HELD=15 | VEHICLES_HELD=13",
        "组织因公出国（境）团组3个，比2023年度减少1个。 # OUTBOUND_GROUPS=3 | OUTBOUND_GROUPS=4",
        "上年公务用车保有量为14辆。 # | VEHICLES_HELD=14",
        "2023年度组织因公出国（境）团组2个、累计8人次。 # | OUTBOUND_GROUPS=2 OUTBOUND_PEOPLE=8",
        // Doubts: 分别, a count in a reason, two lines at once, a change not right after its count, another year.
        "2023年、2024年分别组织因公出国（境）团组2个、3个。 # |",
        "公务用车购置费15万元，主要原因是新增1辆公务用车购置。 # |",
        "公务用车购置和保有量为3辆。 # |",
        "组织因公出国（境）团组3个、12人次，比上年增加1个。 # OUTBOUND_GROUPS=3 OUTBOUND_PEOPLE=12 |",
        "2022年公务用车保有量为9辆。 # |",
        "共有车辆8辆，其中其他用车8辆。 # |"})
    void countsAreReadFromTheirWording(String sentence, String expected) throws Exception {
        assertEquals(expected.strip(), read(accounts(2024, sentence.strip())), sentence);
    }

    @Test
    void aCountOutsideTheThreePublicExplanationIsNotRead() throws Exception {
        Disclosure d = DOCUMENTS.checkText("example-2024.txt", String.join("\n", "上海市普陀区示例局2024年度部门决算",
                "第三部分 2024年度部门决算情况说明", "十一、其他重要事项的情况说明", "（三）国有资产占有使用情况说明",
                "截至2024年12月31日，公务用车保有量为7辆，比上年增加1辆。", ""));
        assertEquals("|", read(d));
    }

    @Test
    void aPreviousYearCountIsComparedExactly() throws Exception {
        Disclosure last = accounts(2023, "列明公务接待2批次、26人次。", "2023年，公务用车保有量为3辆。");
        Disclosure agreeing = accounts(2024, "列明公务接待3批次，比上年增加1批次；接待30人次，比上年增加4人次。",
                "上年公务用车保有量为3辆。");
        CrossYearComparison silent = CrossYearCheck.compare(last, agreeing);
        assertEquals(List.of(), silent.findings());
        assertEquals(3, silent.linesCompared(), "receptions' 批次 and 人次, vehicles held");

        Disclosure off = accounts(2024, "列明公务接待3批次，比上年增加1批次；接待30人次，比上年增加3人次。",
                "上年公务用车保有量为3辆。");
        List<Finding> findings = CrossYearCheck.compare(last, off).findings();
        assertEquals(1, findings.size(), findings.toString());
        Finding people = findings.get(0);
        assertEquals(CrossYearCheck.RULE_ID, people.ruleId());
        assertEquals(Severity.ERROR, people.severity());
        assertEquals("27人次", people.stated());
        assertEquals("26人次", people.expected());
        assertTrue(people.message().startsWith("本文件“公务接待人次”30人次，比上年增加3人次，推得2023年为27人次；而2023年度决算文件《example-2023.txt》"),
                people.message());
        assertTrue(people.message().contains("相差1人次"), people.message());
    }

    @Test
    void twoValuesForOneLineStaySilent() throws Exception {
        Disclosure last = accounts(2023, "2023年，公务用车保有量为3辆。", "公务用车保有量为4辆。");
        Disclosure current = accounts(2024, "上年公务用车保有量为5辆。");
        assertEquals(List.of(), CrossYearCheck.compare(last, current).findings());
        Disclosure twice = accounts(2024, "上年公务用车保有量为5辆。", "公务用车保有量为6辆，比上年增加2辆。");
        assertEquals(List.of(), CrossYearCheck.compare(accounts(2023, "公务用车保有量为5辆。"), twice).findings());
    }
}
