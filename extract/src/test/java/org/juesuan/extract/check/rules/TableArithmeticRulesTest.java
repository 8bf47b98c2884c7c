package org.juesuan.extract.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.rules.tables.BasicSplitRule;
import org.juesuan.extract.check.rules.tables.CodeFormRule;
import org.juesuan.extract.check.rules.tables.CodeRollupRule;
import org.juesuan.extract.check.rules.tables.ColumnSumRule;
import org.juesuan.extract.check.rules.tables.SideTotalsRule;
import org.juesuan.extract.check.rules.tables.ThreePublicTableRule;
import org.juesuan.model.CellRef;
import org.juesuan.model.Severity;
import org.juesuan.model.TableKind;
import org.junit.jupiter.api.Test;

/** The rules inside one table, over tables built by hand: what a reviewer expects, and what a sloppy checker would flag. */
class TableArithmeticRulesTest {
    private static final String[] EXPENDITURE = {TablesFixture.CODE, TablesFixture.NAME, "本年支出合计", "基本支出", "项目支出"};

    private static CheckInput expenditure(TableKind kind, boolean trusted, String... rows) {
        TablesFixture fixture = new TablesFixture();
        TablesFixture.TableBuilder table = trusted ? fixture.table(kind, "万元", EXPENDITURE) : fixture.untrusted(kind, "万元", EXPENDITURE);
        for (String row : rows) {
            table.row(row.split("\\|", -1));
        }
        table.done();
        return fixture.input();
    }

    @Test
    void aClassThatIsNotTheSumOfItsSubclassesIsAnErrorCitingEveryCell() {
        CheckInput input = expenditure(TableKind.EXPENDITURE, true,
                "|合计|330.00|300.00|30.00", "208|社会保障和就业支出|330.00|300.00|30.00",
                "20805|行政事业单位养老支出|320.00|290.00|30.00", "20899|其他社会保障和就业支出|20.00|10.00|10.00");
        List<Issue> issues = new CodeRollupRule().check(input);
        Issue total = issues.stream().filter(i -> i.message().contains("208 社会保障和就业支出") && i.message().contains("本年支出合计"))
                .findFirst().orElseThrow();
        assertEquals(Severity.ERROR, total.severity());
        assertEquals("340.00", total.expected());
        assertEquals("330.00", total.stated());
        assertEquals(List.of(new CellRef("t1", 2, 2), new CellRef("t1", 3, 2), new CellRef("t1", 4, 2)), total.cells());
        assertTrue(total.message().contains("所属各款之和340.00不符"), total.message());
        String evidence = input.disclosure().text().substring(total.start(), total.end());
        assertTrue(evidence.startsWith("社会保障和就业支出") && evidence.endsWith("330.00"), evidence);
    }

    @Test
    void aTotalOffByOneCentOverRoundedPartsIsARoundingTailNeverAnError() {
        CheckInput input = expenditure(TableKind.EXPENDITURE, true,
                "|合计|2,940.05|2,336.91|603.14", "201|一般公共服务支出|2,106.66|1,503.52|603.14",
                "208|社会保障和就业支出|326.72|326.72|", "210|卫生健康支出|60.99|60.99|", "221|住房保障支出|445.69|445.69|");
        List<Issue> issues = new CodeRollupRule().check(input);
        assertEquals(2, issues.size(), issues.toString());
        assertTrue(issues.stream().allMatch(i -> i.severity() == Severity.INFO), issues.toString());
        assertTrue(issues.get(0).message().contains("2,940.05与各类之和2,940.06不符"), issues.get(0).message());
    }

    @Test
    void aChildPrintedWithoutItsZeroLeavesItsParentUnsummed() {
        // 万里街道's 2024 budget prints 款 "2" and "7" under 301: the parts 5 + 3 + 2 do add up to 10, placed or not.
        CheckInput input = expenditure(TableKind.GENERAL_BUDGET_EXPENDITURE, true,
                "301|工资福利支出|10.00|10.00|", "30101|基本工资|5.00|5.00|", "3012|津贴补贴|3.00|3.00|",
                "30199|其他工资福利支出|2.00|2.00|");
        assertTrue(new CodeRollupRule().check(input).isEmpty(), new CodeRollupRule().check(input).toString());
    }

    @Test
    void aClassWithAChildWhoseCodeIsMalformedIsNotSummed() {
        CheckInput input = expenditure(TableKind.EXPENDITURE, true,
                "208|社会保障和就业支出|30.00|30.00|", "20805|行政事业单位养老支出|10.00|10.00|", "2086|就业补助|20.00|20.00|");
        assertTrue(new CodeRollupRule().check(input).isEmpty(), "2086 (款 printed 6 for 06) belongs nowhere known");
    }

    @Test
    void aBlankCellIsNotAZeroAndAddsNothing() {
        CheckInput input = expenditure(TableKind.GENERAL_BUDGET_EXPENDITURE, true,
                "201|一般公共服务支出|10.00|10.00|", "20106|财政事务|10.00|10.00|", "2010601|行政运行|10.00|10.00|",
                "2010602|一般行政管理事务|—||");
        assertTrue(new CodeRollupRule().check(input).isEmpty());
        assertTrue(new ColumnSumRule().check(input).isEmpty(), "项目支出 blank: 10.00 = 10.00 + nothing");
    }

    @Test
    void printedZerosAddNothingEvenThoughEachStandsForUpToHalfACent() {
        TablesFixture fixture = new TablesFixture();
        TablesFixture.TableBuilder table = fixture.table(TableKind.GENERAL_BUDGET_BASIC, "万元", TablesFixture.CODE, TablesFixture.NAME, "决算数")
                .row("303", "对个人和家庭的补助", "67.96").row("30302", "退休费", "67.96");
        for (int i = 3; i < 15; i++) {
            table.row("303" + String.format("%02d", i), "其他补助" + i, "0.00");
        }
        table.done();
        assertTrue(new CodeRollupRule().check(fixture.input()).isEmpty(), "67.96 + twelve 0.00 is 67.96, not 67.99");
    }

    @Test
    void aTableThatRunsOnIntoAnotherIsNotSummedWhereItsPartsMayBeOnTheNextPage() {
        TablesFixture fixture = new TablesFixture();
        fixture.table(TableKind.EXPENDITURE, "万元", EXPENDITURE).row("", "合计", "100.00", "100.00", "")
                .row("201", "一般公共服务支出", "40.00", "40.00", "").row("20106", "财政事务", "40.00", "40.00", "")
                .row("208", "社会保障和就业支出", "60.00", "60.00", "").row("20805", "行政事业单位养老支出", "50.00", "50.00", "").done();
        fixture.table(TableKind.EXPENDITURE, "万元", EXPENDITURE).caption("").row("20899", "其他社会保障和就业支出", "10.00", "10.00", "")
                .done();
        assertTrue(new CodeRollupRule().check(fixture.input()).isEmpty(), "208's 20899 and the total's rest are on the next page");
    }

    @Test
    void untrustedAndOtherTablesGiveNoArithmeticFindingAtAll() {
        String[] wrong = {"|合计|999.00|1.00|1.00", "201|一般公共服务支出|5.00|1.00|1.00", "20106|财政事务|7.00|1.00|1.00"};
        for (CheckInput input : List.of(expenditure(TableKind.EXPENDITURE, false, wrong), expenditure(TableKind.OTHER, true, wrong))) {
            assertTrue(new CodeRollupRule().check(input).isEmpty());
            assertTrue(new ColumnSumRule().check(input).isEmpty());
            assertTrue(new CodeFormRule().check(input).isEmpty());
        }
    }

    @Test
    void aRowWhoseTotalColumnIsNotBasicPlusProjectIsAnError() {
        CheckInput input = expenditure(TableKind.EXPENDITURE, true, "2080505|机关事业单位基本养老保险缴费支出|160.75|150.75|0.00");
        List<Issue> issues = new ColumnSumRule().check(input);
        assertEquals(1, issues.size());
        assertEquals(Severity.ERROR, issues.get(0).severity());
        assertEquals("150.75", issues.get(0).expected());
        assertEquals(3, issues.get(0).cells().size());
    }

    @Test
    void componentsCountOnlyUnderTheTotalsOwnHeaderGroup() {
        TablesFixture fixture = new TablesFixture();
        fixture.table(TableKind.GOVERNMENT_FUND, "万元", TablesFixture.CODE, TablesFixture.NAME, "年初结转和结余", "本年收入",
                        "本年支出 / 小计", "本年支出 / 基本支出", "本年支出 / 项目支出", "年末结转和结余")
                .row("", "合计", "5.00", "100.00", "90.00", "", "80.00", "15.00").done();
        List<Issue> issues = new ColumnSumRule().check(fixture.input());
        assertEquals(1, issues.size(), "小计 90.00 against 基本 (blank) + 项目 80.00 only, not 年初结转 or 本年收入");
        assertEquals("80.00", issues.get(0).expected());
    }

    @Test
    void theSummaryTableMustBalanceAndEachSideAddUp() {
        TablesFixture fixture = new TablesFixture();
        fixture.table(TableKind.INCOME_EXPENDITURE_SUMMARY, "万元", TablesFixture.NAME, "收入 / 决算数", TablesFixture.PANEL,
                        TablesFixture.NAME, "支出 / 决算数")
                .row("一、一般公共预算财政拨款收入", "2,940.05", "一、一般公共服务支出", "2,106.66")
                .row("八、其他收入", "6.20", "八、社会保障和就业支出", "833.39")
                .row("本年收入合计", "2,946.25", "本年支出合计", "2,940.05")
                .row("使用非财政拨款结余（含专用结余）", "", "结余分配", "")
                .row("年初结转和结余", "49.14", "年末结转和结余", "55.34")
                .row("总计", "2,995.49", "总计", "2,995.39").done();
        List<Issue> issues = new SideTotalsRule().check(fixture.input());
        assertEquals(2, issues.size(), issues.toString());
        Issue side = issues.stream().filter(i -> i.message().contains("结转结余之和")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, side.severity());
        assertEquals("2,995.39", side.expected());
        Issue balance = issues.stream().filter(i -> i.message().contains("不等")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, balance.severity());
        assertTrue(balance.message().contains("支出总计2,995.39与收入总计2,995.49不等"), balance.message());
    }

    @Test
    void aBalancedSummaryTableWithItsCarryOverBreakdownIsSilent() {
        TablesFixture fixture = new TablesFixture();
        fixture.table(TableKind.FISCAL_SUMMARY, "万元", TablesFixture.NAME, "收入 / 决算数", TablesFixture.PANEL, TablesFixture.NAME,
                        "支出 / 合计", "支出 / 一般公共预算财政拨款", "支出 / 政府性基金预算财政拨款")
                .row("一、一般公共预算财政拨款", "2,940.05", "一、一般公共服务支出", "2,940.05", "2,940.05", "")
                .row("本年收入合计", "2,940.05", "本年支出合计", "2,940.05", "2,940.05", "")
                .row("年初财政拨款结转和结余", "21.63", "年末财政拨款结转和结余", "21.63", "21.63", "")
                .row("一、一般公共预算财政拨款", "21.63", "", "", "", "")
                .row("总计", "2,961.68", "总计", "2,961.68", "2,961.68", "").done();
        CheckInput input = fixture.input();
        assertTrue(new SideTotalsRule().check(input).isEmpty(), new SideTotalsRule().check(input).toString());
        assertTrue(new ColumnSumRule().check(input).isEmpty(), new ColumnSumRule().check(input).toString());
    }

    @Test
    void staffAndRunningCostsMustAddUpFromTheirEconomicClasses() {
        TablesFixture fixture = new TablesFixture();
        fixture.table(TableKind.GENERAL_BUDGET_BASIC, "万元", TablesFixture.CODE, TablesFixture.NAME, "决算数", TablesFixture.PANEL,
                        TablesFixture.CODE, TablesFixture.NAME, "决算数")
                .row("301", "工资福利支出", "2,082.85", "302", "商品和服务支出", "171.07")
                .row("303", "对个人和家庭的补助", "69.41", "310", "资本性支出", "13.58")
                .row("", "人员经费合计", "2,162.26", "", "公用经费合计", "184.65").done();
        List<Issue> issues = new BasicSplitRule().check(fixture.input());
        assertEquals(1, issues.size(), issues.toString());
        assertEquals(Severity.ERROR, issues.get(0).severity());
        assertEquals("2,152.26", issues.get(0).expected());
    }

    @Test
    void threePublicTotalsByHeaderForBudgetAndFinalEach() {
        TablesFixture fixture = new TablesFixture();
        String g = "财政拨款“三公”经费 / ";
        fixture.table(TableKind.THREE_PUBLIC, "万元", g + "合计 / 预算数", g + "合计 / 决算数", g + "因公出国（境）费 / 预算数",
                        g + "因公出国（境）费 / 决算数", g + "公务用车购置及运行费 / 小计 / 预算数", g + "公务用车购置及运行费 / 小计 / 决算数",
                        g + "公务用车购置及运行费 / 公务用车购置费 / 预算数", g + "公务用车购置及运行费 / 公务用车购置费 / 决算数",
                        g + "公务用车购置及运行费 / 公务用车运行费 / 预算数", g + "公务用车购置及运行费 / 公务用车运行费 / 决算数",
                        g + "公务接待费 / 预算数", g + "公务接待费 / 决算数")
                .row("10.00", "9.00", "", "", "6.00", "6.00", "", "", "6.00", "5.00", "4.00", "3.00").done();
        List<Issue> issues = new ThreePublicTableRule().check(fixture.input());
        assertEquals(1, issues.size(), "决算 vehicles 6.00 ≠ 0 + 5.00; 预算 adds up; 决算 total 9.00 = 6.00 + 3.00: " + issues);
        assertEquals(Severity.ERROR, issues.get(0).severity());
        assertTrue(issues.get(0).message().contains("公务用车购置费与运行费之和5.00不符"), issues.get(0).message());
    }

    @Test
    void aThreePublicTotalThatAlsoCoversMeetingsAndTrainingIsNotTheThreeAlone() {
        TablesFixture fixture = new TablesFixture();
        fixture.table(TableKind.THREE_PUBLIC, "万元", "合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费", "会议费", "培训费")
                .row("1276.70", "100.00", "300.00", "18.30", "458.40", "400.00").done();
        assertTrue(new ThreePublicTableRule().check(fixture.input()).isEmpty(), "合计 covers 会议费 and 培训费 too");
    }

    @Test
    void aBlankThreePublicTotalOverItemsIsAWarning() {
        TablesFixture fixture = new TablesFixture();
        fixture.table(TableKind.THREE_PUBLIC, "万元", "合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费")
                .row("", "1.00", "2.00", "3.00").done();
        List<Issue> issues = new ThreePublicTableRule().check(fixture.input());
        assertEquals(1, issues.size(), issues.toString());
        assertEquals(Severity.WARNING, issues.get(0).severity());
    }

    @Test
    void aLineWithAnAmountUnderAnUnknownComponentIsNotSummed() {
        TablesFixture fixture = new TablesFixture();
        fixture.table(TableKind.EXPENDITURE, "万元", "合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金")
                .row("24169.74", "15844.04", "4335.30", "3990.40", "").done();
        assertTrue(new ColumnSumRule().check(fixture.input()).isEmpty(), "单位预留机动经费 is a part the rule does not know");
    }

    @Test
    void anEmptiedThreePublicTableUnderAPrintedTotalIsAWarning() {
        TablesFixture fixture = new TablesFixture();
        fixture.table(TableKind.THREE_PUBLIC, "万元", TablesFixture.NAME, "决算数")
                .row("合计", "0.95").row("1、因公出国（境）费", "").row("2、公务用车购置及运行费", "")
                .row("3、公务接待费", "").done();
        List<Issue> issues = new ThreePublicTableRule().check(fixture.input());
        assertEquals(1, issues.size(), issues.toString());
        assertEquals(Severity.WARNING, issues.get(0).severity());
    }

    @Test
    void codesMustHaveTheirLengthAndStartWithTheirParents() {
        CheckInput input = expenditure(TableKind.EXPENDITURE, true, "208|社会保障和就业支出|1.00|1.00|",
                "20805|行政事业单位养老支出|1.00|1.00|", "2080605|机关事业单位基本养老保险缴费支出|1.00|1.00|",
                "208055|行政单位离退休|0.00|0.00|");
        List<Issue> issues = new CodeFormRule().check(input);
        assertEquals(2, issues.size(), issues.toString());
        assertEquals(Severity.ERROR, issues.get(0).severity());
        assertTrue(issues.get(0).message().contains("编码不以上级编码20805开头"), issues.get(0).message());
        assertEquals(Severity.WARNING, issues.get(1).severity());
    }
}
