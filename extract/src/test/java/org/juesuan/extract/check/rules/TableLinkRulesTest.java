package org.juesuan.extract.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.rules.tables.CrossTableRule;
import org.juesuan.extract.check.rules.tables.ItemTextRule;
import org.juesuan.extract.check.rules.tables.SameItemRule;
import org.juesuan.extract.check.rules.tables.TextTableRule;
import org.juesuan.model.CellRef;
import org.juesuan.model.SectionKind;
import org.juesuan.model.Severity;
import org.juesuan.model.TableKind;
import org.junit.jupiter.api.Test;

/** The rules between tables, and between the text and its tables, over hand-built input. */
class TableLinkRulesTest {
    private static void summary(TablesFixture fixture, String unit, String yearSpending, String socialSecurity) {
        fixture.table(TableKind.INCOME_EXPENDITURE_SUMMARY, unit, TablesFixture.NAME, "收入 / 决算数", TablesFixture.PANEL,
                        TablesFixture.NAME, "支出 / 决算数")
                .row("一、一般公共预算财政拨款收入", "2,940.05", "八、社会保障和就业支出", socialSecurity)
                .row("本年收入合计", "2,940.05", "本年支出合计", yearSpending).done();
    }

    private static void expenditure(TablesFixture fixture, String unit, String total, String socialSecurity) {
        fixture.table(TableKind.EXPENDITURE, unit, TablesFixture.CODE, TablesFixture.NAME, "本年支出合计", "基本支出", "项目支出")
                .row("", "合计", total, "", "").row("208", "社会保障和就业支出", socialSecurity, "", "").done();
    }

    @Test
    void theSummarysYearSpendingMustEqualTheExpenditureTablesTotal() {
        TablesFixture fixture = new TablesFixture();
        summary(fixture, "万元", "2,940.05", "326.72");
        expenditure(fixture, "万元", "2,904.05", "326.72");
        List<Issue> issues = new CrossTableRule().check(fixture.input());
        assertEquals(1, issues.size(), issues.toString());
        assertEquals(Severity.ERROR, issues.get(0).severity());
        assertEquals("2,904.05", issues.get(0).stated());
        assertEquals("2,940.05", issues.get(0).expected());
        assertEquals(List.of(new CellRef("t2", 1, 2), new CellRef("t1", 2, 3)), issues.get(0).cells());
    }

    @Test
    void oneCentBetweenTablesIsATailAndUnitsAreConverted() {
        TablesFixture cent = new TablesFixture();
        summary(cent, "万元", "2,940.05", "326.72");
        expenditure(cent, "万元", "2,940.06", "326.72");
        List<Issue> issues = new CrossTableRule().check(cent.input());
        assertEquals(1, issues.size());
        assertEquals(Severity.INFO, issues.get(0).severity(), "one table's rounded parts added, the other's whole rounded: a tail");
        assertTrue(issues.get(0).message().contains("属尾差"), issues.get(0).message());

        TablesFixture tail = new TablesFixture();
        summary(tail, "万元", "2,940.05", "326.72");
        expenditure(tail, "元", "29,400,550.00", "3,267,200.00");
        List<Issue> rounded = new CrossTableRule().check(tail.input());
        assertEquals(1, rounded.size(), rounded.toString());
        assertEquals(Severity.INFO, rounded.get(0).severity(), "29,400,550元 is 2,940.06万元 once rounded, 2,940.05 within its tail");

        TablesFixture units = new TablesFixture();
        summary(units, "万元", "2,940.05", "326.72");
        expenditure(units, "元", "29,400,512.34", "3,267,200.00");
        assertTrue(new CrossTableRule().check(units.input()).isEmpty(), "29,400,512.34元 is 2,940.05万元");
        assertTrue(new SameItemRule().check(units.input()).isEmpty(), "tables in different units are not compared line by line");
    }

    @Test
    void eachFundsIncomeOnTheSummaryIsItsIncomeOnTheFiscalSummary() {
        for (String fiscal : List.of("9,501,164", "9,501,165", "9,600,000")) {
            TablesFixture fixture = new TablesFixture();
            fixture.table(TableKind.INCOME_EXPENDITURE_SUMMARY, "元", TablesFixture.NAME, "本年收入 / 预算数")
                    .row("一、财政拨款收入", "9,501,164").row("1、一般公共预算资金", "9,501,164").row("2、政府性基金", "")
                    .row("二、事业收入", "2,620,000").row("收入总计", "12,121,164").done();
            fixture.table(TableKind.FISCAL_SUMMARY, "元", TablesFixture.NAME, "财政拨款收入 / 预算数")
                    .row("一、一般公共预算资金", fiscal).row("二、政府性基金", "-").row("收入总计", fiscal).done();
            List<Issue> issues = new CrossTableRule().check(fixture.input(2024, org.juesuan.model.DocumentKind.BUDGET)).stream()
                    .filter(i -> i.cells().contains(new CellRef("t2", 1, 1))).toList();
            switch (fiscal) {
                case "9,501,164" -> assertTrue(issues.isEmpty(), issues.toString());
                case "9,501,165" -> assertEquals(List.of(Severity.INFO), issues.stream().map(Issue::severity).toList(),
                        "one yuan apart: a tail");
                default -> assertEquals(List.of(Severity.ERROR), issues.stream().map(Issue::severity).toList());
            }
        }
        TablesFixture finalAccounts = new TablesFixture();
        summary(finalAccounts, "万元", "2,940.05", "326.72");
        finalAccounts.table(TableKind.FISCAL_SUMMARY, "万元", TablesFixture.NAME, "收入 / 决算数")
                .row("一、一般公共预算财政拨款", "2,940.05").row("本年收入合计", "2,940.05").row("年初财政拨款结转和结余", "21.63")
                .row("一、一般公共预算财政拨款", "21.63").row("总计", "2,961.68").done();
        assertTrue(new CrossTableRule().check(finalAccounts.input()).isEmpty(),
                "the fund named again under 年初结转和结余 is not the year's income");
    }

    @Test
    void aBudgetsIncomeByFunctionIsWhatItPlansToSpendOnEachItem() {
        for (org.juesuan.model.DocumentKind kind : org.juesuan.model.DocumentKind.values()) {
            TablesFixture fixture = new TablesFixture();
            fixture.table(TableKind.INCOME, "元", TablesFixture.CODE, TablesFixture.NAME, "收入预算 / 合计", "收入预算 / 财政拨款收入")
                    .row("201", "一般公共服务支出", "127,886,850", "127,886,850")
                    .row("2010601", "行政运行", "84,861,719", "84,861,719").done();
            fixture.table(TableKind.EXPENDITURE, "元", TablesFixture.CODE, TablesFixture.NAME, "支出预算 / 合计", "支出预算 / 基本支出")
                    .row("201", "一般公共服务支出", "127,886,849", "84,861,719")
                    .row("2010601", "行政运行", "84,861,719", "84,861,719").done();
            List<Issue> issues = new SameItemRule().check(fixture.input(2025, kind));
            if (kind == org.juesuan.model.DocumentKind.BUDGET) {
                assertEquals(1, issues.size(), issues.toString());
                assertEquals(Severity.INFO, issues.get(0).severity(), "one yuan apart: a tail");
                assertEquals(List.of(new CellRef("t1", 1, 2), new CellRef("t2", 1, 2)), issues.get(0).cells());
            } else {
                assertTrue(issues.isEmpty(), "a final account's income of an item is not its spending: " + issues);
            }
        }
    }

    @Test
    void aClassOnTheSummaryCarriesItsDetailedAmount() {
        TablesFixture fixture = new TablesFixture();
        summary(fixture, "万元", "2,940.05", "326.71");
        expenditure(fixture, "万元", "2,940.05", "326.72");
        List<Issue> issues = new SameItemRule().check(fixture.input());
        assertEquals(1, issues.size(), issues.toString());
        assertEquals(Severity.INFO, issues.get(0).severity(), "326.71 against 326.72: the real finance bureau's tail");

        TablesFixture material = new TablesFixture();
        summary(material, "万元", "2,940.05", "326.71");
        expenditure(material, "万元", "2,940.05", "362.71");
        assertEquals(List.of(Severity.ERROR), new SameItemRule().check(material.input()).stream().map(Issue::severity).toList());
    }

    @Test
    void anItemPrintedAsTheSameLineInTwoTablesButForOneCentIsATailUnlessItsPartExceedsTheWhole() {
        TablesFixture fixture = new TablesFixture();
        fixture.table(TableKind.EXPENDITURE, "万元", TablesFixture.CODE, TablesFixture.NAME, "本年支出合计", "基本支出", "项目支出")
                .row("2080505", "机关事业单位基本养老保险缴费支出", "120.35", "120.35", "").done();
        fixture.table(TableKind.GENERAL_BUDGET_EXPENDITURE, "万元", TablesFixture.CODE, TablesFixture.NAME, "合计", "基本支出", "项目支出")
                .row("2080505", "机关事业单位基本养老保险缴费支出", "120.35", "120.36", "").done();
        List<Issue> issues = new SameItemRule().check(fixture.input());
        assertEquals(2, issues.size(), issues.toString());
        assertEquals(List.of(Severity.INFO), issues.stream().filter(i -> i.message().contains("其余各栏完全相同")).map(Issue::severity).toList());
        assertEquals(List.of(Severity.WARNING), issues.stream().filter(i -> i.message().contains("大于")).map(Issue::severity).toList(),
                "120.36 of a 项's general funds above its 120.35 of all funds: each the rounding of its own value, order kept");

        TablesFixture aClass = new TablesFixture();
        aClass.table(TableKind.EXPENDITURE, "万元", TablesFixture.CODE, TablesFixture.NAME, "本年支出合计", "基本支出", "项目支出")
                .row("208", "社会保障和就业支出", "326.71", "246.33", "80.38").done();
        aClass.table(TableKind.GENERAL_BUDGET_EXPENDITURE, "万元", TablesFixture.CODE, TablesFixture.NAME, "合计", "基本支出", "项目支出")
                .row("208", "社会保障和就业支出", "326.72", "246.34", "80.38").done();
        List<Issue> classIssues = new SameItemRule().check(aClass.input());
        assertFalse(classIssues.isEmpty());
        assertTrue(classIssues.stream().allMatch(i -> i.severity() == Severity.INFO),
                "a 类 may be its rounded 项 added in one table and rounded whole in the other: " + classIssues);

        TablesFixture partly = new TablesFixture();
        partly.table(TableKind.EXPENDITURE, "万元", TablesFixture.CODE, TablesFixture.NAME, "本年支出合计", "基本支出", "项目支出")
                .row("2080505", "机关事业单位基本养老保险缴费支出", "130.36", "120.36", "10.00").done();
        partly.table(TableKind.GENERAL_BUDGET_EXPENDITURE, "万元", TablesFixture.CODE, TablesFixture.NAME, "合计", "基本支出", "项目支出")
                .row("2080505", "机关事业单位基本养老保险缴费支出", "120.35", "120.35", "").done();
        assertTrue(new SameItemRule().check(partly.input()).isEmpty(), "lines that differ in two columns are two figures");
    }

    @Test
    void aCodeNamedDifferentlyInTwoTablesIsAWarning() {
        TablesFixture fixture = new TablesFixture();
        expenditure(fixture, "万元", "326.72", "326.72");
        fixture.table(TableKind.GENERAL_BUDGET_EXPENDITURE, "万元", TablesFixture.CODE, TablesFixture.NAME, "合计", "基本支出", "项目支出")
                .row("208", "行政运行", "326.72", "326.72", "").done();
        List<Issue> issues = new SameItemRule().check(fixture.input());
        assertEquals(1, issues.size(), issues.toString());
        assertEquals(Severity.WARNING, issues.get(0).severity());
        assertTrue(issues.get(0).message().contains("名为“行政运行”"), issues.get(0).message());
    }

    @Test
    void aNameCutShortOrMixedWithItsNeighbourByAWrappedCellIsNotAnotherName() {
        TablesFixture fixture = new TablesFixture();
        fixture.table(TableKind.EXPENDITURE, "万元", TablesFixture.CODE, TablesFixture.NAME, "本年支出合计", "基本支出", "项目支出")
                .row("2080506", "机关事业单位职业年金缴费支出", "1.00", "1.00", "").done();
        fixture.table(TableKind.GENERAL_BUDGET_EXPENDITURE, "万元", TablesFixture.CODE, TablesFixture.NAME, "合计", "基本支出", "项目支出")
                .row("2080506", "险机缴关费事支业出单位职业年金缴", "1.00", "1.00", "").done();
        assertTrue(new SameItemRule().check(fixture.input()).isEmpty());
    }

    @Test
    void aNarrativeTotalThatContradictsItsTableIsAnErrorCitingTheSentenceAndTheCell() {
        TablesFixture fixture = new TablesFixture();
        fixture.table(TableKind.FISCAL_SUMMARY, "万元", TablesFixture.NAME, "收入 / 决算数", TablesFixture.PANEL, TablesFixture.NAME,
                "支出 / 合计").row("总计", "2,961.68", "总计", "2,961.68").done();
        fixture.sentence("本单位2024年度财政拨款收入支出总计0.3万元。", SectionKind.FISCAL_OVERVIEW)
                .value("财政拨款收、支总计", "财政拨款收入支出总计", "0.3万元").done();
        CheckInput input = fixture.input();
        List<Issue> issues = new TextTableRule().check(input);
        assertEquals(1, issues.size(), issues.toString());
        assertEquals(Severity.ERROR, issues.get(0).severity());
        assertEquals("2961.7万元", issues.get(0).expected());
        assertEquals(List.of(new CellRef("t1", 1, 1)), issues.get(0).cells());
        assertEquals("本单位2024年度财政拨款收入支出总计0.3万元。", input.disclosure().text().substring(issues.get(0).start(), issues.get(0).end()));
    }

    @Test
    void textInTenThousandsMatchesATableInYuanAndALastDigitSlipIsAWarning() {
        TablesFixture fixture = new TablesFixture();
        fixture.table(TableKind.GENERAL_BUDGET_EXPENDITURE, "元", TablesFixture.CODE, TablesFixture.NAME, "合计", "基本支出", "项目支出")
                .row("", "合计", "29,400,512.34", "23,369,100.00", "6,031,412.34").done();
        fixture.sentence("一般公共预算财政拨款支出2940.05万元，其中基本支出2336.92万元。", SectionKind.GENERAL_BUDGET_TOTAL)
                .value("一般公共预算财政拨款支出", "2940.05万元").value("基本支出", "2336.92万元").done();
        List<Issue> issues = new TextTableRule().check(fixture.input());
        assertEquals(1, issues.size(), issues.toString());
        assertEquals(Severity.WARNING, issues.get(0).severity());
        assertEquals("2336.91万元", issues.get(0).expected());
    }

    @Test
    void lastYearsFiguresAndAmountsOutsideTheirScopeAreNotComparedWithTheTable() {
        TablesFixture fixture = new TablesFixture();
        expenditure(fixture, "万元", "2,940.05", "326.72");
        fixture.table(TableKind.INCOME_EXPENDITURE_SUMMARY, "万元", TablesFixture.NAME, "收入 / 决算数", TablesFixture.PANEL,
                TablesFixture.NAME, "支出 / 决算数").row("本年收入合计", "2,946.25", "本年支出合计", "2,940.05").done();
        fixture.sentence("上年本年支出合计3,003.19万元。", SectionKind.INCOME_EXPENDITURE_OVERVIEW)
                .value("本年支出合计", "上年本年支出合计", "3,003.19万元").done();
        fixture.sentence("机关运行经费中基本支出100.00万元。", SectionKind.OPERATING_COSTS).value("基本支出", "100.00万元").done();
        assertTrue(new TextTableRule().check(fixture.input()).isEmpty());
    }

    @Test
    void anItemExplanationStatesTheItemsFinalFigure() {
        TablesFixture fixture = new TablesFixture();
        fixture.table(TableKind.GENERAL_BUDGET_EXPENDITURE, "万元", TablesFixture.CODE, TablesFixture.NAME, "合计", "基本支出", "项目支出")
                .row("20106", "财政事务", "1,511.89", "1,503.52", "8.37")
                .row("2010601", "行政运行", "1,511.89", "1,503.52", "8.37")
                .row("2013101", "行政运行", "40.00", "40.00", "").done();
        fixture.sentence("一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为1,500.00万元，支出决算为1,151.89万元。",
                SectionKind.GENERAL_BUDGET_DETAIL).completion("1,500.00万元", "1,151.89万元").done();
        List<Issue> issues = new ItemTextRule().check(fixture.input());
        assertEquals(1, issues.size(), issues.toString());
        assertEquals(Severity.ERROR, issues.get(0).severity());
        assertEquals("1511.89万元", issues.get(0).expected());
    }

    @Test
    void aBudgetItemsQuotedAmountAndItsPlanAreItsLineInTheGeneralBudgetTable() {
        String item = "31.“住房保障支出（类）住房改革支出（款）住房公积金（项）”%s万元，主要用于住房公积金。"
                + "2023年当年预算执行数为348.52万元，2024年预算安排%s万元，比2023年预算执行数增加0.53%%。";
        List<List<Severity>> found = new java.util.ArrayList<>();
        for (String[] amounts : List.of(new String[] {"350.35", "350.35"}, new String[] {"350.35", "352.67"},
                new String[] {"352.67", "352.67"})) {
            TablesFixture fixture = new TablesFixture();
            fixture.table(TableKind.GENERAL_BUDGET_EXPENDITURE, "元", TablesFixture.CODE, TablesFixture.NAME, "一般公共预算支出 / 合计",
                    "一般公共预算支出 / 基本支出").row("22102", "住房改革支出", "3,503,499", "3,503,499")
                    .row("2210201", "住房公积金", "3,503,499", "3,503,499").done();
            fixture.sentence(String.format(item, amounts[0], amounts[1]), SectionKind.GENERAL_BUDGET_DETAIL)
                    .amount(amounts[0] + "万元").year("2023年").amount("348.52万元").year("2024年").amount(amounts[1] + "万元").done();
            List<Issue> issues = new ItemTextRule().check(fixture.input(2024, org.juesuan.model.DocumentKind.BUDGET));
            found.add(issues.stream().map(Issue::severity).toList());
            if (amounts[1].equals("352.67") && amounts[0].equals("350.35")) {
                String message = issues.get(0).message();
                assertTrue(message.startsWith("正文“住房公积金（项）”预算安排352.67万元，而") && message.contains("合计为3,503,499元"),
                        "the 万里 2024 budget's item 31: " + message);
            }
        }
        assertEquals(List.of(List.of(), List.of(Severity.ERROR), List.of(Severity.ERROR)), found,
                "right; the plan wrong; both wrong alike (the welfare home's 738.66, told once)");
    }
}
