package org.juesuan.extract.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.juesuan.model.TableKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Captions as printed in final accounts and budgets, with the kind a reviewer gives each. */
class CaptionKindsTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            收入支出决算总表                                         | INCOME_EXPENDITURE_SUMMARY
            2024年收入支出决算总表                                   | INCOME_EXPENDITURE_SUMMARY
            附表1 上海市普陀区财政局2024年度收入支出决算总表         | INCOME_EXPENDITURE_SUMMARY
            表1-收支决算总表                                         | INCOME_EXPENDITURE_SUMMARY
            2024年部门财务收支预算总表                               | INCOME_EXPENDITURE_SUMMARY
            公开01表收支预算总表                                     | INCOME_EXPENDITURE_SUMMARY
            收入决算表                                               | INCOME
            二、收入决算表                                           | INCOME
            2024年部门收入预算总表                                   | INCOME
            收入预算表                                               | INCOME
            支出决算表                                               | EXPENDITURE
            表3 支出决算表                                           | EXPENDITURE
            2024年部门支出预算总表                                   | EXPENDITURE
            财政拨款收入支出决算总表                                 | FISCAL_SUMMARY
            2024年部门财政拨款收支预算总表                           | FISCAL_SUMMARY
            一般公共预算财政拨款支出决算表                           | GENERAL_BUDGET_EXPENDITURE
            2024年部门一般公共预算支出功能分类预算表                 | GENERAL_BUDGET_EXPENDITURE
            一般公共预算支出预算表（功能科目）                       | GENERAL_BUDGET_EXPENDITURE
            一般公共预算财政拨款基本支出决算表                       | GENERAL_BUDGET_BASIC
            2024年部门一般公共预算基本支出部门预算经济分类预算表     | GENERAL_BUDGET_BASIC
            一般公共预算基本支出预算表（经济科目）                   | GENERAL_BUDGET_BASIC
            一般公共预算财政拨款“三公”经费支出决算表                 | THREE_PUBLIC
            财政拨款"三公"经费支出决算表                             | THREE_PUBLIC
            部门“三公”经费和机关运行经费预算表                       | THREE_PUBLIC
            “三公”经费、会议费、培训费支出预算表                     | THREE_PUBLIC
            政府性基金预算财政拨款收入支出决算表                     | GOVERNMENT_FUND
            2024年部门政府性基金预算支出功能分类预算表               | GOVERNMENT_FUND
            政府性基金预算财政拨款支出预算表                         | GOVERNMENT_FUND
            国有资本经营预算财政拨款支出决算表                       | STATE_CAPITAL
            九、国有资本经营预算财政拨款收入支出决算表               | STATE_CAPITAL
            2024年部门国有资本经营预算支出功能分类预算表             | STATE_CAPITAL
            财政拨款支出预算表（功能科目）                           | OTHER
            财政拨款基本支出预算表（经济科目）                       | OTHER
            一般公共预算机关运行经费支出预算表                       | OTHER
            政府采购支出预算表                                       | OTHER
            部门预算项目支出绩效目标自评表                           | OTHER
            财政项目支出绩效目标填报表                               | OTHER
            上海市普陀区财政局2024年度部门决算表                     | OTHER
            公开01表                                                 | OTHER
            """)
    void theMostSpecificNameWins(String caption, TableKind kind) {
        assertEquals(kind, CaptionKinds.kindOf(caption));
    }
}
