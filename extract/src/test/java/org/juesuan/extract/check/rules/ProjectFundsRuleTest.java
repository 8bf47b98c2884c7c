package org.juesuan.extract.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.rules.tables.ProjectFundsRule;
import org.juesuan.model.CellRef;
import org.juesuan.model.Severity;
import org.juesuan.model.TableKind;
import org.junit.jupiter.api.Test;

/**
 * project-funds: a project form's fund totals against the sources listed under them, in the layout of
 * the Shanghai 财政项目支出绩效目标填报表 (two blocks of labels side by side, each with its amounts) and of
 * a 绩效自评表 (one column of labels, several amount columns, then rates and scores).
 */
class ProjectFundsRuleTest {
    private static final String[] EIGHT = {"c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7"};

    /** A 绩效目标填报表 whose right-hand 其中：当年财政拨款 prints {@code grant}. */
    private static TablesFixture targetForm(String total, String grant) {
        TablesFixture fixture = new TablesFixture();
        fixture.untrusted(TableKind.OTHER, "", EIGHT).caption("财政项目支出绩效目标填报表")
                .row("项目名称", "", "公共服务设施运行经费", "", "项目性质", "经常性项目", "项目类别", "其他运转类")
                .row("项目资金（元）", "", "项目资金总额", "", "10,903,043.00", "年度资金申请总额", "", total)
                .row("", "", "其中：财政资金", "", "10,903,043.00", "其中：当年财政拨款", "", grant)
                .row("", "", "", "", "", "上年结转资金", "", "0.00")
                .row("", "", "其他资金", "", "0.00", "其他资金", "", "0.00")
                .row("项目绩效目标", "项目总目标", "", "", "", "年度总体目标", "", "")
                .done();
        return fixture;
    }

    @Test
    void aSourceLargerThanItsTotalIsCitedWhenTheOtherTotalAgreesWithTheTotal() {
        List<Issue> issues = new ProjectFundsRule().check(targetForm("10,903,043.00", "11,419,043.00").input());
        assertEquals(1, issues.size(), issues.toString());
        Issue issue = issues.get(0);
        assertEquals(Severity.ERROR, issue.severity());
        assertEquals("11,419,043.00", issue.stated());
        assertEquals("10,903,043.00", issue.expected());
        assertTrue(issue.message().contains("项目“公共服务设施运行经费”的当年财政拨款11,419,043.00大于年度资金申请总额10,903,043.00"),
                issue.message());
        assertEquals(new CellRef("t1", 3, 7), issue.cells().get(0), "the source's cell first");
        assertTrue(issue.cells().contains(new CellRef("t1", 2, 7)), "and the total's");
    }

    @Test
    void aFormThatAddsUpIsSilent() {
        assertTrue(new ProjectFundsRule().check(targetForm("10,903,043.00", "10,903,043.00").input()).isEmpty());
    }

    @Test
    void aTotalNoOtherTotalCorroboratesIsTheOneCited() {
        List<Issue> issues = new ProjectFundsRule().check(targetForm("10,930,043.00", "10,903,043.00").input());
        assertEquals(1, issues.size(), issues.toString());
        assertEquals("10,930,043.00", issues.get(0).stated());
        assertEquals("10,903,043.00", issues.get(0).expected());
        assertTrue(issues.get(0).message().contains("年度资金申请总额10,930,043.00与其中各项之和10,903,043.00"
                + "（当年财政拨款10,903,043.00+上年结转资金0.00+其他资金0.00）不等"), issues.get(0).message());
    }

    @Test
    void gapsWithinRoundingAreInfos() {
        List<Issue> cent = new ProjectFundsRule().check(targetForm("10,903,043.01", "10,903,043.00").input());
        assertEquals(Severity.INFO, cent.get(0).severity(), "three sources of 0.005 each may make up a cent");
        TablesFixture fixture = new TablesFixture();
        fixture.untrusted(TableKind.OTHER, "万元", "c0", "c1").caption("项目支出绩效目标表")
                .row("年度资金总额", "1.0")
                .row("其中：当年财政拨款", "0.47")
                .row("上年结转资金", "0.47")
                .done();
        List<Issue> rounding = new ProjectFundsRule().check(fixture.input());
        assertEquals(1, rounding.size());
        assertEquals(Severity.INFO, rounding.get(0).severity(), "0.94 may be 0.95 before rounding: 1.0 is within reach");
    }

    /** A 自评表: amounts under 年初预算数, 全年预算数 and 全年执行数; 分值, 执行率 and 得分 are not added. */
    private static TablesFixture selfAssessment(String spent) {
        TablesFixture fixture = new TablesFixture();
        fixture.untrusted(TableKind.OTHER, "万元", TablesFixture.NAME, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
                .caption("项目支出绩效自评表")
                .row("年度资金总额", "100.00", "120.00", "118.00", "10", "98.33%", "9.8")
                .row("其中：当年财政拨款", "100.00", "110.00", spent, "—", "98.18%", "—")
                .row("上年结转资金", "", "10.00", "10.00", "—", "100.00%", "—")
                .row("其他资金", "", "", "", "—", "", "—")
                .row("年度总体目标", "完成全年工作", "", "", "", "", "")
                .done();
        return fixture;
    }

    @Test
    void aSelfAssessmentIsCheckedColumnByColumnLeavingRatesAndScoresAlone() {
        assertTrue(new ProjectFundsRule().check(selfAssessment("108.00").input()).isEmpty(),
                "118 = 108 + 10, and the rates (98.33% against 98.18% + 100%) are never added");
        List<Issue> issues = new ProjectFundsRule().check(selfAssessment("106.00").input());
        assertEquals(1, issues.size(), issues.toString());
        assertEquals("118.00", issues.get(0).stated(), "two sources carry money: the total is cited");
        assertEquals("116.00", issues.get(0).expected());
        assertEquals(new CellRef("t1", 1, 3), issues.get(0).cells().get(0));
    }

    @Test
    void wordsWhereASourcesAmountShouldBeOrNoOpeningQiZhongSayNothing() {
        TablesFixture words = new TablesFixture();
        words.untrusted(TableKind.OTHER, "万元", "c0", "c1").caption("项目绩效目标表")
                .row("年度资金总额", "100.00")
                .row("其中：当年财政拨款", "详见附件")
                .row("上年结转资金", "0.00")
                .done();
        assertTrue(new ProjectFundsRule().check(words.input()).isEmpty());
        TablesFixture list = new TablesFixture();
        list.untrusted(TableKind.OTHER, "万元", "c0", "c1").caption("资金情况")
                .row("资金总额", "100.00")
                .row("财政拨款", "60.00")
                .row("自筹资金", "10.00")
                .done();
        assertTrue(new ProjectFundsRule().check(list.input()).isEmpty(), "without 其中 the lines below may not be its parts");
    }

    @Test
    void theNineTablesAreLeftToTheirOwnRules() {
        TablesFixture fixture = new TablesFixture();
        fixture.table(TableKind.INCOME, "万元", TablesFixture.NAME, "金额")
                .row("资金总额", "100.00")
                .row("其中：财政拨款", "60.00")
                .row("其他资金", "10.00")
                .done();
        assertTrue(new ProjectFundsRule().check(fixture.input()).isEmpty());
    }
}
