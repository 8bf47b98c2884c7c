package org.juesuan.extract.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.juesuan.extract.structure.KindGuess;
import org.juesuan.extract.structure.LabelledHeading;
import org.juesuan.extract.structure.LabelledHeadings;
import org.juesuan.model.SectionKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Headings → kind, for headings that are NOT in the training list: the exact headings of the
 * Shanghai 2024 template and of the 普陀区 documents in shared/real, unseen variants, and
 * headings that must stay UNKNOWN. The seed's headings have their own test.
 */
class OpenNlpSectionKindClassifierTest {
    private static OpenNlpSectionKindClassifier classifier;

    @BeforeAll
    static void train() {
        classifier = OpenNlpSectionKindClassifier.trainedOnBundledHeadings();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            上海市普陀区生态环境局概况 | OVERVIEW
            上海市普陀区市场监督管理局概况 | OVERVIEW
            部门决算单位构成（仅有一个单位的部门，本部分内容为“单位本级”） | ORGANIZATION
            上海市普陀区生态环境局 2025 年度部门决算表 | TABLES
            上海市普陀区民政局2023年度部门决算表 | TABLES
            上海市普陀区生态环境局 202 年度部门决算情况说明 | EXPLANATION
            上海市普陀区规划和自然资源局 2024 年度部门决算情况说明 | EXPLANATION
            财政拨款“三公”经费支出决算表 | ACCOUNTS_TABLE
            国有资本经营预算财政拨款收入支出决算表 | ACCOUNTS_TABLE
            一般公共预算财政拨款"三公"经费支出决算表 | ACCOUNTS_TABLE
            財政撥款收入支出決算總表 | ACCOUNTS_TABLE
            收入支出决算总体情况说明 | INCOME_EXPENDITURE_OVERVIEW
            收入决算情况说明 | INCOME
            支出决算情况说明 | EXPENDITURE
            财政拨款收入支出决算总体情况说明 | FISCAL_OVERVIEW
            一般公共预算财政拨款支出决算情况说明 | GENERAL_BUDGET_EXPENDITURE
            一般公共预算财政拨款基本支出决算情况说明 | BASIC_EXPENDITURE
            七、财政拨款“三公”经费支出决算情况说明 | THREE_PUBLIC
            （一）“三公”经费财政拨款支出决算总体情况说明 | THREE_PUBLIC_TOTAL
            （二）“三公”经费财政拨款支出决算具体情况说明 | THREE_PUBLIC_DETAIL
            政府性基金预算财政拨款收入支出决算情况说明 | GOVERNMENT_FUND
            国有资本经营预算财政拨款收入支出决算情况说明 | STATE_CAPITAL
            十、预算绩效管理情况 | PERFORMANCE
            其他重要事项的情况说明 | OTHER_MATTERS
            机关运行经费支出情况 | OPERATING_COSTS
            政府采购支出情况 | PROCUREMENT
            国有资产占有使用情况说明 | STATE_ASSETS
            第四部分 名词解释 | GLOSSARY
            目 录 | TABLE_OF_CONTENTS
            附件3 | ATTACHMENT
            2023年度区市场监管局部门整体支出绩效自评报告 | PERFORMANCE_REPORT
            关于网格化管理经费项目支出绩效评价报告 | PERFORMANCE_REPORT
            部門概況 | OVERVIEW
            政府采购支出情況說明 | PROCUREMENT
            """)
    void namesTheKindOfUnseenHeadings(String title, SectionKind expected) {
        KindGuess guess = classifier.classify(title);
        assertEquals(expected, guess.kind(), () -> title + " got " + guess);
    }

    @ParameterizedTest(name = "{0} → UNKNOWN")
    @CsvSource(delimiterString = "|", textBlock = """
            主要原因
            项目名称
            一级指标
            今天天气很好，我们去公园散步吧
            区委巡察办承担《四川省（州）、县（市、区）党委巡察工作办法（试行）》规定的相关职责
            2021年一般公共预算财政拨款支出261.74万元，占本年支出合计的100%。
            预算执行率
            资金投入
            八、其他收入
            部门整体支出绩效目标
            """)
    void answersUnknownForWhatIsNoCanonicalKind(String title) {
        KindGuess guess = classifier.classify(title);
        assertEquals(SectionKind.UNKNOWN, guess.kind(), () -> title + " got " + guess);
    }

    @Test
    void answersUnknownForATitleWithoutLetters() {
        assertEquals(new KindGuess(SectionKind.UNKNOWN, 1.0), classifier.classify("（一）、 123"));
    }

    @Test
    void theBundledListCoversEveryKind() {
        Set<SectionKind> labelled = LabelledHeadings.bundled().stream()
                .map(LabelledHeading::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SectionKind.class)));
        assertEquals(EnumSet.allOf(SectionKind.class), labelled);
        assertTrue(LabelledHeadings.bundled().size() >= 400, "at least 400 labelled headings");
    }

    @Test
    void trainingIsDeterministic() {
        OpenNlpSectionKindClassifier again = OpenNlpSectionKindClassifier.freshlyTrainedOnBundledHeadings();
        for (String title : List.of("收入决算情况说明", "机关运行经费", "主要原因", "附件")) {
            assertEquals(classifier.classify(title), again.classify(title), title);
        }
    }

    /** The model trained at build time is the one training on the list gives now, heading by heading. */
    @Test
    void theShippedModelMatchesTheList() {
        assertTrue(ShippedKindModel.load().isPresent(), "the build ships a model trained on today's list");
        OpenNlpSectionKindClassifier fresh = OpenNlpSectionKindClassifier.freshlyTrainedOnBundledHeadings();
        for (LabelledHeading heading : LabelledHeadings.bundled()) {
            assertEquals(fresh.classify(heading.title()), classifier.classify(heading.title()), heading.title());
        }
    }

    @Test
    void rejectsAThresholdOutsideZeroToOne() {
        List<LabelledHeading> headings = List.of(new LabelledHeading(SectionKind.GLOSSARY, "名词解释"));
        assertThrows(IllegalArgumentException.class, () -> new OpenNlpSectionKindClassifier(headings, 1.5));
    }
}
