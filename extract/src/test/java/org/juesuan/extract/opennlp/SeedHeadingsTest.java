package org.juesuan.extract.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.juesuan.extract.structure.KindGuess;
import org.juesuan.model.SectionKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The headings of the seed disclosure (shared/seed/000_66347b622243e032.txt, a Sichuan district
 * office's 2021 disclosure), copied as they stand, Word bookmarks and mixed numbering included,
 * with the kind a reviewer gives each.
 */
class SeedHeadingsTest {
    private static OpenNlpSectionKindClassifier classifier;

    @BeforeAll
    static void train() {
        classifier = OpenNlpSectionKindClassifier.trainedOnBundledHeadings();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            第一部分 部门概况 | OVERVIEW
            [bookmark: _Toc15377197][bookmark: _Toc15396600]一、基本职能及主要工作 | DUTIES
            [bookmark: _Toc15378445][bookmark: _Toc15377198]（一）主要职能。 | DUTIES
            [bookmark: _Toc15377199][bookmark: _Toc15378446]（二）2021年重点工作完成情况。 | UNKNOWN
            一、2021年工作开展情况 | UNKNOWN
            [bookmark: _Toc15377200][bookmark: _Toc15396601]二、机构设置 | ORGANIZATION
            [bookmark: _Toc15377204][bookmark: _Toc15396602]第二部分 2021年度部门决算情况说明 | EXPLANATION
            1、 [bookmark: _Toc15377205][bookmark: _Toc15396603]收入支出决算总体情况说明 | INCOME_EXPENDITURE_OVERVIEW
            2、 [bookmark: _Toc15396604][bookmark: _Toc15377206]收入决算情况说明 | INCOME
            3、 [bookmark: _Toc15396605][bookmark: _Toc15377207]支出决算情况说明 | EXPENDITURE
            [bookmark: _Toc15396606][bookmark: _Toc15377208]四、财政拨款收入支出决算总体情况说明 | FISCAL_OVERVIEW
            [bookmark: _Toc15396607][bookmark: _Toc15377209]五、一般公共预算财政拨款支出决算情况说明 | GENERAL_BUDGET_EXPENDITURE
            [bookmark: _Toc15377210]（一）一般公共预算财政拨款支出决算总体情况 | GENERAL_BUDGET_TOTAL
            [bookmark: _Toc15377211]（二）一般公共预算财政拨款支出决算结构情况 | GENERAL_BUDGET_STRUCTURE
            [bookmark: _Toc15377212]（三）一般公共预算财政拨款支出决算具体情况 | GENERAL_BUDGET_DETAIL
            [bookmark: _Toc15396608][bookmark: _Toc15377214]六、一般公共预算财政拨款基本支出决算情况说明 | BASIC_EXPENDITURE
            [bookmark: _Toc15396609][bookmark: _Toc15377215]七、“三公”经费财政拨款支出决算情况说明 | THREE_PUBLIC
            [bookmark: _Toc15377216]（一）“三公”经费财政拨款支出决算总体情况说明 | THREE_PUBLIC_TOTAL
            [bookmark: _Toc15377217]（二）“三公”经费财政拨款支出决算具体情况说明 | THREE_PUBLIC_DETAIL
            [bookmark: _Toc15396610][bookmark: _Toc15377218]八、政府性基金预算支出决算情况说明 | GOVERNMENT_FUND
            9、 [bookmark: _Toc15396611][bookmark: _Toc15377219]国有资本经营预算支出决算情况说明 | STATE_CAPITAL
            10、 预算绩效管理情况 | PERFORMANCE
            11、 其他重要事项的情况说明 | OTHER_MATTERS
            [bookmark: _Toc15377222]（一）机关运行经费支出情况 | OPERATING_COSTS
            [bookmark: _Toc15377223]（二）政府采购支出情况 | PROCUREMENT
            [bookmark: _Toc15377224]（三）国有资产占有使用情况 | STATE_ASSETS
            第3部分 [bookmark: _Toc15377225][bookmark: _Toc15396613]名词解释 | GLOSSARY
            第四部分 附件 | ATTACHMENT
            附件 | ATTACHMENT
            2021年朝天区委巡察办部门整体绩效评价报告 | PERFORMANCE_REPORT
            一、部门概况 | OVERVIEW
            （一）基本情况 | UNKNOWN
            1.主要职能 | DUTIES
            2．机构及人员编制情况情况 | ORGANIZATION
            二、部门财政资金收支情况 | UNKNOWN
            三、部门整体预算绩效管理情况 | PERFORMANCE
            （三）自评质量。 | UNKNOWN
            四、自评结论及建议 | UNKNOWN
            （二）存在问题。 | UNKNOWN
            （三）改进建议。 | UNKNOWN
            附件一 | ATTACHMENT
            关于疫情防控项目支出绩效评价报告 | PERFORMANCE_REPORT
            关于巡察工作经费项目支出绩效评价报告 | PERFORMANCE_REPORT
            一、项目概况 | UNKNOWN
            二、项目实施及管理情况 | UNKNOWN
            （二）项目财务管理情况 | UNKNOWN
            三、项目绩效情况 | UNKNOWN
            （一）项目完成情况 | UNKNOWN
            四、问题及建议 | UNKNOWN
            （一）存在的问题。 | UNKNOWN
            （二）相关建议。 | UNKNOWN
            """)
    void namesTheKindOfEachSeedHeading(String heading, SectionKind expected) {
        KindGuess guess = classifier.classify(heading);
        assertEquals(expected, guess.kind(), () -> heading + " got " + guess);
    }
}
