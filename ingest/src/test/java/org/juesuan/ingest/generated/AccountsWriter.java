package org.juesuan.ingest.generated;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** 第二部分 一 … 六: totals, income, spending, the fiscal totals, the general budget and basic spending. */
final class AccountsWriter {
    private final Draft d;
    private final Accounts a;

    AccountsWriter(Draft draft, Accounts accounts) {
        this.d = draft;
        this.a = accounts;
    }

    void write() {
        overall();
        income();
        spending();
        fiscal();
        generalBudget();
        basic();
    }

    private void overall() {
        d.section("收入支出决算总体情况说明");
        BigDecimal stated = d.has(Defect.DOUBLED_TOTAL) ? a.income.multiply(BigDecimal.valueOf(2)) : a.total;
        String each = d.pick(List.of("为", "各为", "均为"));
        String first = d.year + "年度收、支总计" + each + d.money(stated);
        Change change = Change.of(d, stated);
        boolean slip = d.has(Defect.RATE_RATIO_SLIP);
        String rate = slip ? d.percent(Percent.rounded(change.exactRate().movePointLeft(2), 2)) : change.correctRate(d);
        String clause = change.clause(d, change.rateWord(d), rate);
        if (slip) {
            d.defect("change-rate", "ERROR", clause, rate, "the ratio " + change.exactRate().movePointLeft(2) + " written as a percentage");
        } else {
            d.consistent("change-rate", clause, rate, "Δ / last year");
        }
        d.paragraph(first + "。" + Change.compared(d, "收、支总计") + clause + "。主要变动原因是人员调整和项目经费变化。");
        if (d.has(Defect.DOUBLED_TOTAL)) {
            d.defect("doubled-total", "ERROR", first, d.money(stated), "twice 本年收入合计 " + a.income);
        } else {
            d.consistent("doubled-total", first, d.money(stated), "one side");
        }
        BigDecimal firstSpending = d.has(Defect.CONFLICTING_VALUE) ? a.spending.add(d.amount(3, 90)) : a.spending;
        if (d.has(Defect.CONFLICTING_VALUE)) {
            // flagged at each place: the first statement may be the wrong one
            d.defect("conflicting-value", "ERROR", "本年支出合计" + d.money(firstSpending), d.money(firstSpending),
                    "本年支出合计 stated later with another value");
        }
        d.paragraph("本年收入合计" + d.money(a.income) + "，本年支出合计" + d.money(firstSpending) + "，年末结转和结余"
                + d.money(a.total.subtract(a.spending)) + "。");
        d.caption("收、支决算总计变动情况图");
    }

    private void income() {
        d.section("收入决算情况说明");
        List<String> parts = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        parts.add("一般公共预算财政拨款收入");
        amounts.add(a.gbIncome);
        if (a.businessIncome.signum() > 0) {
            parts.add("事业收入");
            amounts.add(a.businessIncome);
        }
        if (a.otherIncome.signum() > 0) {
            parts.add("其他收入");
            amounts.add(a.otherIncome);
        }
        String named = d.random.nextBoolean() ? "本年收入合计的" : "";
        StringBuilder text = new StringBuilder(d.year + "年本年收入合计" + d.money(a.income) + "，其中：");
        for (int i = 0; i < parts.size(); i++) {
            String share = d.share(Percent.of(amounts.get(i), a.income));
            String item = parts.get(i) + d.money(amounts.get(i)) + "，占" + named + share;
            text.append(i == 0 ? "" : "；").append(item);
            d.consistent("share", item, share, "part / 本年收入合计");
        }
        d.paragraph(text.append("。").toString());
        d.consistent("components-sum", "本年收入合计" + d.money(a.income) + "，其中", "-", "sources add up");
        if (parts.size() > 1) {
            d.consistent("shares-total", "本年收入合计" + d.money(a.income) + "，其中", "-", "rounded shares");
        }
        d.caption("收入决算结构图");
    }

    private void spending() {
        d.section("支出决算情况说明");
        String basicShare = d.share(Percent.of(a.basic, a.spending));
        BigDecimal projectExact = Percent.of(a.project, a.spending);
        String projectShare = d.share(projectExact);
        String lead = d.year + "年本年支出合计" + d.money(a.spending) + "，其中";
        String projectItem = "项目支出" + d.money(a.project) + "，占";
        if (d.has(Defect.SHARES_NOT_100)) {
            projectShare = d.percent(Percent.rounded(projectExact, d.percentDecimals).add(BigDecimal.valueOf(6)));
            d.defect("share", "ERROR", projectItem, projectShare, "项目支出 / 本年支出合计 = " + Percent.rounded(projectExact, 2) + "%");
            d.defect("shares-total", "WARNING", lead, "-", "the shares add up to about 106%");
        } else {
            d.consistent("share", projectItem, projectShare, "项目支出 / 本年支出合计");
            d.consistent("shares-total", lead, "-", "rounded shares");
        }
        d.consistent("share", "基本支出" + d.money(a.basic) + "，占", basicShare, "基本支出 / 本年支出合计");
        d.consistent("components-sum", lead, "-", "基本 + 项目");
        if (d.has(Defect.CONFLICTING_VALUE)) {
            d.defect("conflicting-value", "ERROR", lead, d.money(a.spending), "本年支出合计 stated before with another value");
        }
        d.paragraph(lead + "：基本支出" + d.money(a.basic) + "，占" + basicShare + "；" + projectItem + projectShare + "。");
        d.caption("支出决算结构图");
    }

    private void fiscal() {
        d.section("财政拨款收入支出决算总体情况说明");
        String each = d.pick(List.of("为", "各为", "均为"));
        Change change = Change.of(d, a.fiscalTotal);
        String rate = change.correctRate(d);
        if (d.has(Defect.RATE_WRONG)) {
            rate = d.percent(Percent.rounded(change.exactRate(), d.percentDecimals).add(BigDecimal.valueOf(4 + d.random.nextInt(9))));
        }
        String clause = change.clause(d, change.rateWord(d), rate);
        if (d.has(Defect.RATE_WRONG)) {
            d.defect("change-rate", "ERROR", clause, rate, "Δ / last year = " + Percent.rounded(change.exactRate(), 2) + "%");
        } else {
            d.consistent("change-rate", clause, rate, "Δ / last year");
        }
        String first = d.year + "年度财政拨款收、支总计" + each + d.money(a.fiscalTotal);
        d.consistent("doubled-total", first, d.money(a.fiscalTotal), "one side");
        d.paragraph(first + "。" + Change.compared(d, "财政拨款收、支总计") + clause
                + "。主要变动原因是基本支出和项目支出的变化。");
    }

    private void generalBudget() {
        d.section("一般公共预算财政拨款支出决算情况说明");
        new GeneralBudgetWriter(d, a).write();
    }

    private void basic() {
        d.section("一般公共预算财政拨款基本支出决算情况说明");
        BigDecimal personnel = d.has(Defect.COMPONENTS_NOT_SUMMING) ? a.personnel.add(d.amount(2, 40)) : a.personnel;
        String lead = d.year + "年一般公共预算财政拨款基本支出" + d.money(a.basic) + "，其中";
        String people = "人员经费" + d.money(personnel) + "，主要包括：基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、住房公积金、退休费等";
        String office = "公用经费" + d.money(a.publicUse) + "，主要包括：办公费、印刷费、水电费、邮电费、差旅费、维修（护）费、会议费、培训费、公务接待费、公务用车运行维护费等";
        if (d.random.nextBoolean()) {
            d.paragraph(lead + "：" + people + "；" + office + "。");
        } else {
            d.paragraph(lead + "：");
            d.paragraph(people + "。");
            d.paragraph(office + "。");
        }
        if (d.has(Defect.COMPONENTS_NOT_SUMMING)) {
            d.defect("components-sum", "ERROR", lead, d.money(a.basic), "人员经费 + 公用经费 = " + personnel.add(a.publicUse));
        } else {
            d.consistent("components-sum", lead, "-", "人员经费 + 公用经费");
        }
    }
}
