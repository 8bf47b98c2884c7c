package org.juesuan.extract.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.rules.tables.EmptyTableNoteRule;
import org.juesuan.extract.check.rules.tables.FilledEmptyTableRule;
import org.juesuan.extract.check.rules.tables.MissingTableRule;
import org.juesuan.extract.check.rules.tables.RequiredExplanationsRule;
import org.juesuan.extract.check.rules.tables.ThreePublicElementsRule;
import org.juesuan.model.DocumentKind;
import org.juesuan.model.SectionKind;
import org.juesuan.model.Severity;
import org.juesuan.model.TableKind;
import org.junit.jupiter.api.Test;

/** The completeness rules: the nine tables, the empty-table note, the 三公 counts, the required explanations. */
class TableCompletenessRulesTest {
    private static TablesFixture nineBut(TableKind... left) {
        TablesFixture fixture = new TablesFixture();
        for (TableKind kind : TableKind.values()) {
            if (kind.isNine() && !List.of(left).contains(kind)) {
                fixture.table(kind, "万元", TablesFixture.NAME, "决算数").row("合计", "1.00").done();
            }
        }
        return fixture;
    }

    @Test
    void aMissingTableIsAnErrorAndAWarningWhenTheTextSaysItHasNothingToShow() {
        TablesFixture fixture = nineBut(TableKind.EXPENDITURE, TableKind.GOVERNMENT_FUND);
        fixture.sentence("本单位无政府性基金预算财政拨款收入和支出。", SectionKind.GOVERNMENT_FUND).done();
        List<Issue> issues = new MissingTableRule().check(fixture.input());
        assertEquals(2, issues.size(), issues.toString());
        assertEquals(Severity.ERROR, issues.get(0).severity());
        assertTrue(issues.get(0).message().contains("支出决算表"), issues.get(0).message());
        assertEquals(Severity.WARNING, issues.get(1).severity(), "an empty table must still be printed, marked empty");
        assertTrue(issues.get(1).message().contains("政府性基金") && issues.get(1).message().contains("文中说明无此项收支"),
                issues.get(1).message());
    }

    @Test
    void tablesThatWereNotReadAtAllAreNotNineMissingTables() {
        TablesFixture fixture = new TablesFixture();
        fixture.table(TableKind.INCOME_EXPENDITURE_SUMMARY, "万元", TablesFixture.NAME, "决算数").row("合计", "1.00").done();
        fixture.table(TableKind.OTHER, "", TablesFixture.NAME, "数").row("看不清", "1").done();
        assertTrue(new MissingTableRule().check(fixture.input()).isEmpty());
    }

    @Test
    void anOlderTemplateWithoutTheStateCapitalTableIsAWarning() {
        List<Issue> issues = new MissingTableRule().check(nineBut(TableKind.STATE_CAPITAL).input());
        assertEquals(1, issues.size());
        assertEquals(Severity.WARNING, issues.get(0).severity());

        String[] eight = {"一、收支预算总表", "二、收入预算总表", "三、支出预算总表", "四、财政拨款收支预算总表",
            "五、一般公共预算支出预算表", "六、一般公共预算基本支出预算表", "七、“三公”经费支出预算表", "八、政府性基金财政拨款支出预算表"};
        List<Issue> listedWithout = new MissingTableRule()
                .check(nineBut(TableKind.STATE_CAPITAL).contents(eight).input(2019, DocumentKind.BUDGET));
        assertEquals(List.of(Severity.INFO), listedWithout.stream().map(Issue::severity).toList(),
                "contents of eight tables and not a word of 国有资本经营: the document's set has no such table (江苏 2019)");
        assertTrue(listedWithout.get(0).message().contains("较早的公开格式无此表"), listedWithout.get(0).message());

        TablesFixture listedWith = nineBut(TableKind.STATE_CAPITAL).contents(eight).contents("九、国有资本经营预算支出预算表");
        assertEquals(List.of(Severity.WARNING), new MissingTableRule().check(listedWith.input()).stream().map(Issue::severity).toList(),
                "listed in the contents, yet not printed");
    }

    @Test
    void aBudgetsMissingTableIsNamedAsTheBudgetNamesIt() {
        List<Issue> issues = new MissingTableRule().check(nineBut(TableKind.STATE_CAPITAL).input(2019, DocumentKind.BUDGET));
        assertEquals(1, issues.size());
        assertTrue(issues.get(0).message().contains("国有资本经营预算支出功能分类预算表") && !issues.get(0).message().contains("决算"),
                issues.get(0).message());
    }

    @Test
    void anEmptyTableNeedsItsNote() {
        TablesFixture bare = new TablesFixture();
        bare.table(TableKind.GOVERNMENT_FUND, "万元", TablesFixture.CODE, TablesFixture.NAME, "本年支出 / 小计").row("", "合计", "").done();
        assertEquals(1, new EmptyTableNoteRule().check(bare.input()).size());

        TablesFixture noted = new TablesFixture();
        noted.table(TableKind.GOVERNMENT_FUND, "万元", TablesFixture.CODE, TablesFixture.NAME, "本年支出 / 小计").row("", "合计", "")
                .note("注：本单位无政府性基金预算财政拨款支出，故本表无数据。").done();
        assertTrue(new EmptyTableNoteRule().check(noted.input()).isEmpty());

        TablesFixture untrusted = new TablesFixture();
        untrusted.untrusted(TableKind.GOVERNMENT_FUND, "万元", TablesFixture.NAME, "本年支出").row("合计", "").done();
        assertTrue(new EmptyTableNoteRule().check(untrusted.input()).isEmpty(), "an unread table says nothing about the document");
    }

    @Test
    void aNoteCallingAFilledTableEmptyContradictsIt() {
        String note = "注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。";
        TablesFixture filled = new TablesFixture();
        threePublic(filled, "47.91", "443.18").note(note).done();
        List<Issue> issues = new FilledEmptyTableRule().check(filled.input(2024, DocumentKind.BUDGET));
        assertEquals(1, issues.size(), issues.toString());
        assertEquals(Severity.WARNING, issues.get(0).severity());
        assertTrue(issues.get(0).message().contains(note), issues.get(0).message());
        TablesFixture changed = new TablesFixture();
        threePublic(changed, "", "443.18").note(note).done();
        assertEquals(issues.stream().map(Issue::message).toList(),
                new FilledEmptyTableRule().check(changed.input(2024, DocumentKind.BUDGET)).stream().map(Issue::message).toList(),
                "the same finding whatever the amounts: a reviewer's decision and the evaluation hold to it");

        TablesFixture unnoted = new TablesFixture();
        threePublic(unnoted, "47.91", "443.18").done();
        assertTrue(new FilledEmptyTableRule().check(unnoted.input()).isEmpty(), "a filled table without the note");

        TablesFixture zeros = new TablesFixture();
        threePublic(zeros, "0.00", "-").note(note).done();
        assertTrue(new FilledEmptyTableRule().check(zeros.input()).isEmpty(), "zeros and dashes are what an empty table prints");

        TablesFixture oneFund = new TablesFixture();
        threePublic(oneFund, "47.91", "443.18").note("注：本单位无因公出国（境）费预算。").done();
        assertTrue(new FilledEmptyTableRule().check(oneFund.input()).isEmpty(), "a note about one item is not a note about the table");

        TablesFixture untrusted = new TablesFixture();
        untrusted.untrusted(TableKind.THREE_PUBLIC, "万元", "合计", "机关运行经费").row("47.91", "443.18").note(note).done();
        assertTrue(new FilledEmptyTableRule().check(untrusted.input()).isEmpty(), "an unread table says nothing about the document");
    }

    private static TablesFixture.TableBuilder threePublic(TablesFixture fixture, String total, String running) {
        return fixture.table(TableKind.THREE_PUBLIC, "万元", "“三公”经费预算数 / 合计", "机关运行经费预算数").row(total, running);
    }

    @Test
    void tripsPaidForNeedTheirGroupsAndPersons() {
        TablesFixture missing = new TablesFixture();
        missing.sentence("因公出国（境）费支出12.00万元，主要用于考察交流。", SectionKind.THREE_PUBLIC_DETAIL)
                .value("因公出国（境）费", "12.00万元").done();
        List<Issue> issues = new ThreePublicElementsRule().check(missing.input());
        assertEquals(1, issues.size());
        assertEquals(Severity.WARNING, issues.get(0).severity());

        TablesFixture counted = new TablesFixture();
        counted.sentence("因公出国（境）费支出12.00万元，全年安排因公出国（境）团组2个、累计6人次。", SectionKind.THREE_PUBLIC_DETAIL)
                .value("因公出国（境）费", "12.00万元").done();
        assertTrue(new ThreePublicElementsRule().check(counted.input()).isEmpty());

        TablesFixture nothing = new TablesFixture();
        nothing.sentence("因公出国（境）费支出0.00万元。", SectionKind.THREE_PUBLIC_DETAIL).value("因公出国（境）费", "0.00万元").done();
        assertTrue(new ThreePublicElementsRule().check(nothing.input()).isEmpty(), "nothing spent, nothing to count");
    }

    @Test
    void aBudgetIsNotAskedForTheCountsOfTripsMade() {
        TablesFixture budget = new TablesFixture();
        budget.table(TableKind.THREE_PUBLIC, "万元", TablesFixture.NAME, "预算数").caption("2025年单位“三公”经费和机关运行经费预算表")
                .row("因公出国（境）费", "288.70").done();
        budget.sentence("（一）因公出国（境）费288.70万元，与2024年预算持平。", SectionKind.THREE_PUBLIC)
                .value("因公出国（境）费", "288.70万元").done();
        assertTrue(new ThreePublicElementsRule().check(budget.input(2025, DocumentKind.BUDGET)).isEmpty());
    }

    @Test
    void theRequiredExplanationsMustBeThere() {
        TablesFixture fixture = nineBut();
        fixture.sentence("机关运行经费支出184.65万元。", SectionKind.OPERATING_COSTS).done();
        fixture.sentence("政府采购金额为251.25万元。", SectionKind.PROCUREMENT).done();
        fixture.sentence("本部门实行全过程绩效管理。", SectionKind.PERFORMANCE).done();
        List<Issue> issues = new RequiredExplanationsRule().check(fixture.input());
        assertEquals(1, issues.size(), issues.toString());
        assertTrue(issues.get(0).message().contains("国有资产占有使用"), issues.get(0).message());
    }
}
