package org.juesuan.extract.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.rules.tables.TargetFormsTotalRule;
import org.juesuan.model.CellRef;
import org.juesuan.model.SectionKind;
import org.juesuan.model.Severity;
import org.juesuan.model.TableKind;
import org.junit.jupiter.api.Test;

/**
 * target-forms-total: 编报绩效目标的项目N个，涉及项目预算资金X万元 against the N attached 绩效目标填报表, whose
 * funds are printed in 元 (项目资金（元）); one table may hold two forms, each opening at its 项目名称.
 */
class TargetFormsTotalRuleTest {
    private static final String[] FIVE = {"c0", "c1", "c2", "c3", "c4"};

    private static void form(TablesFixture.TableBuilder table, String project, String requested) {
        table.row("项目名称", project, "", "项目性质", "经常性项目")
                .row("项目资金（元）", "项目资金总额", "4,100,000.00", "年度资金申请总额", requested)
                .row("", "其中：财政资金", "4,100,000.00", "其中：当年财政拨款", requested)
                .row("", "其他资金", "0.00", "上年结转资金", "0.00");
    }

    /** Three projects counted; two forms in the first table, one in the second. */
    private static TablesFixture document(String stated, String count, String thirdRequested) {
        TablesFixture fixture = new TablesFixture();
        fixture.sentence("本部门开展了2023年项目预算绩效目标编报工作，编报绩效目标的项目" + count + "，涉及项目预算资金" + stated + "。",
                        SectionKind.PERFORMANCE)
                .year("2023年").amount(count).amount(stated).done();
        TablesFixture.TableBuilder first = fixture.untrusted(TableKind.OTHER, "", FIVE).caption("财政项目支出绩效目标填报表");
        form(first, "新建社区服务中心", "4,100,000.00");
        first.row("项目绩效目标", "项目总目标", "", "年度总体目标", "");
        form(first, "就业援助基地补贴", "4,100,000.00");
        first.done();
        TablesFixture.TableBuilder second = fixture.untrusted(TableKind.OTHER, "", FIVE).caption("财政项目支出绩效目标填报表");
        form(second, "各类工作经费", thirdRequested);
        second.done();
        return fixture;
    }

    @Test
    void anAmountNoSumOfTheFormsGivesIsAnError() {
        List<Issue> issues = new TargetFormsTotalRule().check(document("1207.00万元", "3个", "4,100,000.00").input());
        assertEquals(1, issues.size(), issues.toString());
        Issue issue = issues.get(0);
        assertEquals(Severity.ERROR, issue.severity());
        assertEquals("1207.00万元", issue.stated());
        assertEquals("1230.00万元", issue.expected());
        assertTrue(issue.message().contains("所附3张绩效目标表的项目资金总额合计1230.00万元"), issue.message());
        assertEquals(List.of(new CellRef("t1", 2, 2), new CellRef("t1", 7, 2), new CellRef("t2", 2, 2)), issue.cells());
    }

    @Test
    void theSumOfEitherTotalIsRight() {
        assertTrue(new TargetFormsTotalRule().check(document("1230.00万元", "3个", "4,100,000.00").input()).isEmpty());
        assertTrue(new TargetFormsTotalRule().check(document("1200.00万元", "3个", "3,800,000.00").input()).isEmpty(),
                "the third project requests 380 of its 410 this year: the sum of 年度资金申请总额");
        TablesFixture carried = new TablesFixture();
        carried.sentence("编报绩效目标的项目1个，涉及项目预算资金300.00万元。", SectionKind.PERFORMANCE)
                .amount("1个").amount("300.00万元").done();
        carried.untrusted(TableKind.OTHER, "", FIVE).caption("财政项目支出绩效目标填报表")
                .row("项目名称", "某项目", "", "项目性质", "经常性项目")
                .row("项目资金（元）", "项目资金总额", "4,100,000.00", "年度资金申请总额", "4,100,000.00")
                .row("", "其中：财政资金", "4,100,000.00", "其中：当年财政拨款", "3,000,000.00")
                .row("", "其他资金", "0.00", "上年结转资金", "1,100,000.00")
                .done();
        assertTrue(new TargetFormsTotalRule().check(carried.input()).isEmpty(),
                "the year's budget without what is carried over: the sum of 当年财政拨款");
    }

    @Test
    void formsForSomeProjectsOnlyAreNotJudged() {
        assertTrue(new TargetFormsTotalRule().check(document("5634.81万元", "50个", "4,100,000.00").input()).isEmpty());
    }

    @Test
    void formsWithoutAPrintedUnitAreNotJudged() {
        TablesFixture fixture = new TablesFixture();
        fixture.sentence("编报绩效目标的项目1个，涉及项目预算资金9.00万元。", SectionKind.PERFORMANCE)
                .amount("1个").amount("9.00万元").done();
        fixture.untrusted(TableKind.OTHER, "", FIVE).caption("项目绩效目标表")
                .row("项目名称", "某项目", "", "", "")
                .row("项目资金", "项目资金总额", "4,100,000.00", "", "")
                .done();
        assertTrue(new TargetFormsTotalRule().check(fixture.input()).isEmpty());
    }
}
