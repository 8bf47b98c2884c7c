package org.juesuan.extract.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.statements.Claims.Component;
import org.juesuan.model.Figure;
import org.juesuan.model.Severity;
import org.junit.jupiter.api.Test;

/** The arithmetic rules over hand-built claims: each case states what a reviewer expects. */
class ArithmeticRulesTest {
    @Test
    void aRateAHundredTimesTooSmallIsAnErrorNamedAsARatioSlip() {
        ClaimsFixture fixture = new ClaimsFixture("机关运行经费支出56.19万元，比2020年增加9.13万元，增长0.19%。");
        Figure current = fixture.figure("56.19万元");
        Figure delta = fixture.figure("9.13万元");
        Figure rate = fixture.figure("0.19%");
        List<Issue> issues = new ChangeRateRule().check(fixture.change("机关运行经费", current, "增加", delta, "增长", rate).input());
        assertEquals(1, issues.size());
        assertEquals(Severity.ERROR, issues.get(0).severity());
        assertEquals("19.40%", issues.get(0).expected());
        assertTrue(issues.get(0).message().contains("比值误写为百分数"), issues.get(0).message());
    }

    @Test
    void aTruncatedRateIsAWarningThatSaysWhatItShouldRead() {
        ClaimsFixture fixture = new ClaimsFixture("一般公共预算财政拨款支出261.74万元，增加56.58万元，增长27%。");
        Figure current = fixture.figure("261.74万元");
        Figure delta = fixture.figure("56.58万元");
        Figure rate = fixture.figure("27%");
        List<Issue> issues = new ChangeRateRule().check(fixture.change("支出", current, "增加", delta, "增长", rate).input());
        assertEquals(Severity.WARNING, issues.get(0).severity());
        assertEquals("27.58%", issues.get(0).expected());
    }

    @Test
    void ratesCorrectWithinRoundingStaySilent() {
        ClaimsFixture up = new ClaimsFixture("收、支总计523.48万元，增加109.19万元，增长26%。");
        Figure current = up.figure("523.48万元");
        Figure delta = up.figure("109.19万元");
        Figure rate = up.figure("26%");
        assertTrue(new ChangeRateRule().check(up.change("收、支总计", current, "增加", delta, "增长", rate).input()).isEmpty());
        ClaimsFixture down = new ClaimsFixture("公务接待费0.97万元，减少0.03万元，下降3%。");
        Figure now = down.figure("0.97万元");
        Figure less = down.figure("0.03万元");
        Figure drop = down.figure("3%");
        assertTrue(new ChangeRateRule().check(down.change("公务接待费", now, "减少", less, "下降", drop).input()).isEmpty());
    }

    @Test
    void aRateFromNothingIsReportedAsAZeroBase() {
        ClaimsFixture fixture = new ClaimsFixture("培训费12.00万元，增加12.00万元，增长100%。");
        Figure current = fixture.figure("12.00万元");
        Figure delta = fixture.figure("12.00万元");
        Figure rate = fixture.figure("100%");
        var input = fixture.change("培训费", current, "增加", delta, "增长", rate).input();
        assertEquals(1, new ZeroBaseRule().check(input).size());
        assertTrue(new ChangeRateRule().check(input).isEmpty(), "the rate rule leaves a zero base to the zero-base rule");
    }

    @Test
    void anIncreaseLargerThanThisYearsValueIsAnError() {
        ClaimsFixture copied = new ClaimsFixture("政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元。");
        Figure zero = copied.figure("0万元");
        Figure delta = copied.figure("1421.25万元");
        List<Issue> issues = new NegativePreviousRule().check(copied.change("政府性基金拨款支出", zero, "增加", delta, "", null).input());
        assertEquals(List.of(Severity.ERROR), issues.stream().map(Issue::severity).toList());
        ClaimsFixture rounding = new ClaimsFixture("培训费0.1万元，增加0.14万元。");
        Figure small = rounding.figure("0.1万元");
        Figure more = rounding.figure("0.14万元");
        assertTrue(new NegativePreviousRule().check(rounding.change("培训费", small, "增加", more, "", null).input()).isEmpty(),
                "0.1 may be 0.149: within rounding");
        ClaimsFixture down = new ClaimsFixture("培训费0万元，减少12.00万元。");
        Figure none = down.figure("0万元");
        Figure less = down.figure("12.00万元");
        assertTrue(new NegativePreviousRule().check(down.change("培训费", none, "减少", less, "", null).input()).isEmpty());
    }

    @Test
    void partsThatDoNotAddUpAreAnErrorAndRoundingIsForgiven() {
        ClaimsFixture basic = new ClaimsFixture("基本支出231.05万元，其中：人员经费203.63万元；公用经费25.50万元。");
        Figure total = basic.figure("231.05万元");
        Figure staff = basic.figure("203.63万元");
        Figure running = basic.figure("25.50万元");
        List<Issue> issues = new ComponentsSumRule().check(basic.list("基本支出", total,
                new Component("人员经费", staff, null), new Component("公用经费", running, null)).input());
        assertEquals(Severity.ERROR, issues.get(0).severity());
        assertEquals("229.13万元", issues.get(0).expected());

        ClaimsFixture rounded = new ClaimsFixture("支出261.74万元：220.27万元、21.47万元、8.82万元、11.19万元。");
        Figure whole = rounded.figure("261.74万元");
        Component[] parts = {new Component("a", rounded.figure("220.27万元"), null), new Component("b", rounded.figure("21.47万元"), null),
                new Component("c", rounded.figure("8.82万元"), null), new Component("d", rounded.figure("11.19万元"), null)};
        assertTrue(new ComponentsSumRule().check(rounded.list("支出", whole, parts).input()).isEmpty(), "261.75 is 261.74 within rounding");
    }

    @Test
    void aSingleSubsetIsNotSummed() {
        ClaimsFixture fixture = new ClaimsFixture("授予中小企业合同金额10万元，其中：授予小微企业合同金额6万元。");
        Figure total = fixture.figure("10万元");
        Figure part = fixture.figure("6万元");
        assertTrue(new ComponentsSumRule().check(fixture.list("授予中小企业合同金额", total, new Component("小微", part, null)).input()).isEmpty());
    }

    @Test
    void aShareIsCheckedAgainstItsPartAndWhole() {
        ClaimsFixture fixture = new ClaimsFixture("本年支出合计261.74万元，其中：基本支出231.05万元，占89%；社会保障21.47万元，占8%。");
        Figure whole = fixture.figure("261.74万元");
        Figure basic = fixture.figure("231.05万元");
        Figure basicShare = fixture.figure("89%");
        Figure social = fixture.figure("21.47万元");
        Figure socialShare = fixture.figure("8%");
        List<Issue> issues = new ShareRule().check(fixture.share("基本支出", basic, basicShare, "", whole)
                .share("社会保障", social, socialShare, "", whole).input());
        assertEquals(1, issues.size(), "8.20% printed as 8% is right");
        assertEquals(Severity.WARNING, issues.get(0).severity());
        assertEquals("88%", issues.get(0).expected());
    }

    @Test
    void completionMustAgreeWithItsWordsAndItsAmounts() {
        ClaimsFixture words = new ClaimsFixture("完成年初预算的105%，决算数小于预算数。");
        Figure over = words.figure("105%");
        assertEquals(Severity.ERROR, new CompletionRule().check(words.completion(over, "小于", null, null).input()).get(0).severity());
        ClaimsFixture rounded = new ClaimsFixture("完成年初预算的100%，决算数小于预算数。");
        Figure hundred = rounded.figure("100%");
        assertTrue(new CompletionRule().check(rounded.completion(hundred, "小于", null, null).input()).isEmpty(),
                "100% printed whole may stand for 99.6%: 小于 can be true");

        ClaimsFixture amounts = new ClaimsFixture("年初预算为10210.34万元，支出决算为9746.50万元，完成年初预算的95.45%。");
        Figure budget = amounts.figure("10210.34万元");
        Figure actual = amounts.figure("9746.50万元");
        Figure rate = amounts.figure("95.45%");
        List<Issue> issues = new CompletionRule().check(amounts.completion(rate, "", budget, actual).input());
        assertEquals(Severity.WARNING, issues.get(0).severity(), "95.457% truncated to 95.45%");
        assertEquals("95.46%", issues.get(0).expected());
    }

    @Test
    void aSideTotalTwiceTheYearIsTheTwoSidesAdded() {
        ClaimsFixture fixture = new ClaimsFixture("收、支总计为523.48万元。本年收入合计261.74万元。");
        Figure doubled = fixture.figure("523.48万元");
        Figure income = fixture.figure("261.74万元");
        List<Issue> issues = new DoubledTotalRule().check(fixture.value("收、支总计", doubled).value("本年收入合计", income).input());
        assertEquals(1, issues.size());
        assertEquals(Severity.ERROR, issues.get(0).severity());
    }

    @Test
    void aSideTotalBelowItsPartCannotBe() {
        ClaimsFixture fixture = new ClaimsFixture("财政拨款收入支出总计0.3万元。一般公共预算财政拨款支出2940.05万元。");
        Figure total = fixture.figure("0.3万元");
        Figure part = fixture.figure("2940.05万元");
        List<Issue> issues = new SideTotalRule().check(fixture.value("财政拨款收、支总计", total)
                .value("一般公共预算财政拨款支出", part).input());
        assertEquals(Severity.ERROR, issues.get(0).severity());
    }
}
