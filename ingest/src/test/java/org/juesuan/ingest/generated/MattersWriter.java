package org.juesuan.ingest.generated;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** 八 … 十一: the two funds, performance management, and 其他重要事项 (机关运行经费, 政府采购, 国有资产). */
final class MattersWriter {
    private final Draft d;
    private final Accounts a;

    MattersWriter(Draft draft, Accounts accounts) {
        this.d = draft;
        this.a = accounts;
    }

    void write() {
        d.section("政府性基金预算支出决算情况说明");
        String fund = d.year + "年政府性基金预算财政拨款支出" + d.money(BigDecimal.ZERO);
        if (d.has(Defect.CHANGE_AND_FLAT)) {
            d.paragraph(fund + "，比上年减少" + d.money(BigDecimal.ZERO) + "，与上年持平。");
            d.defect("change-direction", "WARNING", fund, "-", "减少 and 持平 in one breath");
        } else {
            d.paragraph(fund + "，与上年持平。");
            d.consistent("change-direction", fund, "-", "持平 alone");
        }
        d.section("国有资本经营预算支出决算情况说明");
        d.paragraph(d.year + "年国有资本经营预算财政拨款支出" + d.money(BigDecimal.ZERO) + "。");
        d.section("预算绩效管理情况");
        performance();
        d.section("其他重要事项的情况说明");
        operating();
        procurement();
        assets();
    }

    private void performance() {
        int projects = 2 + d.random.nextInt(8);
        String subject = d.has(Defect.RESIDUE_PLACEHOLDER) ? "（项目名称）等" : d.has(Defect.RESIDUE_XX) ? "XX项目等" : "";
        String year = d.has(Defect.TRUNCATED_YEAR) ? "202年度" : d.year + "年度";
        String text = "根据预算绩效管理要求，本部门在" + d.year + "年度预算编制阶段，组织对" + subject + projects + "个项目编制了绩效目标，预算执行过程中，选取"
                + projects + "个项目开展绩效监控，年终执行完毕后，对" + projects + "个项目开展了绩效自评。同时，本部门对" + year + "部门整体开展绩效自评。";
        d.paragraph(text);
        if (d.has(Defect.RESIDUE_PLACEHOLDER)) {
            d.defect("template-residue", "WARNING", "（项目名称）", "（项目名称）", "template placeholder");
        }
        if (d.has(Defect.RESIDUE_XX)) {
            d.defect("template-residue", "WARNING", "XX项目", "XX", "template placeholder");
        }
        if (d.has(Defect.TRUNCATED_YEAR)) {
            d.defect("truncated-year", "WARNING", "202年度部门整体", "202年度", "a digit missing");
        }
    }

    private void operating() {
        d.subsection("（一）", "机关运行经费支出情况");
        Change change = Change.of(d, a.operating);
        String rateWord = change.rateWord(d);
        String lead = d.year + "年，本部门机关运行经费支出" + d.money(a.operating);
        if (d.has(Defect.DIRECTION_CONTRARY)) {
            rateWord = change.up() ? "下降" : "增长";
            d.defect("change-direction", "ERROR", lead, change.direction() + d.money(change.delta()), change.direction() + " with " + rateWord);
        } else {
            d.consistent("change-direction", lead, "-", "one direction");
        }
        String rate = change.correctRate(d);
        d.consistent("change-rate", lead, rate, "Δ / last year");
        d.paragraph(lead + "，" + Change.comparison(d) + change.clause(d, rateWord, rate) + "。主要原因是办公费和差旅费的变化。");
        if (d.has(Defect.OPERATING_COSTS)) {
            d.defect("operating-costs", "WARNING", lead, d.money(a.operating), "above 公用经费 " + a.publicUse);
        } else {
            d.consistent("operating-costs", lead, d.money(a.operating), "within 公用经费");
        }
    }

    private void procurement() {
        d.subsection("（二）", "政府采购支出情况");
        BigDecimal goods = d.amount(1, 80);
        BigDecimal works = d.random.nextInt(3) == 0 ? d.amount(5, 200) : BigDecimal.ZERO.setScale(2);
        BigDecimal services = d.amount(1, 120);
        BigDecimal total = goods.add(works).add(services);
        BigDecimal sme = total.multiply(BigDecimal.valueOf(0.5 + d.random.nextDouble() * 0.5)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal small = sme.multiply(BigDecimal.valueOf(0.3 + d.random.nextDouble() * 0.7)).setScale(2, RoundingMode.HALF_UP);
        String lead = d.year + "年，本部门政府采购支出总额" + d.money(total) + "，其中";
        String smeText = "授予中小企业合同金额" + d.money(sme) + "，占政府采购支出总额的" + d.share(Percent.of(sme, total));
        String smallShare = d.has(Defect.RESIDUE_BLANK_SHARE) ? " %" : d.share(Percent.of(small, total));
        String smallText = "授予小微企业合同金额" + d.money(small) + "，占政府采购支出总额的" + smallShare;
        Change change = d.has(Defect.ZERO_BASE) ? new Change(total, total, true) : Change.of(d, total);
        String rate = d.has(Defect.ZERO_BASE) ? d.percent(BigDecimal.valueOf(100)) : change.correctRate(d);
        String changeText = "政府采购支出总额" + Change.comparison(d) + change.clause(d, change.rateWord(d), rate);
        d.paragraph(lead + "：政府采购货物支出" + d.money(goods) + "、政府采购工程支出" + d.money(works) + "、政府采购服务支出"
                + d.money(services) + "。" + changeText + "。" + smeText + "，其中：" + smallText + "。");
        d.consistent("components-sum", lead, "-", "货物 + 工程 + 服务");
        d.consistent("share", smeText, d.share(Percent.of(sme, total)), "of 政府采购支出总额");
        if (d.has(Defect.RESIDUE_BLANK_SHARE)) {
            d.defect("template-residue", "WARNING", smallText, "-", "the share left blank");
        } else {
            d.consistent("share", smallText, smallShare, "of 政府采购支出总额");
        }
        if (d.has(Defect.ZERO_BASE)) {
            d.defect("change-zero-base", "WARNING", changeText, rate, "last year was zero");
        } else {
            d.consistent("change-rate", changeText, rate, "Δ / last year");
            d.consistent("change-zero-base", changeText, rate, "last year above zero");
        }
    }

    private void assets() {
        d.subsection("（三）", "国有资产占有使用情况");
        int leaders = d.random.nextInt(2);
        int confidential = d.random.nextInt(2);
        int emergency = d.random.nextInt(3);
        int other = 1 + d.random.nextInt(5);
        int vehicles = leaders + confidential + emergency + other;
        String residue = d.has(Defect.RESIDUE_ELLIPSIS) ? "……其他用车主要是用于……" : "。其他用车主要是用于执法执勤和业务保障";
        String lead = "截至" + d.year + "年12月31日，本部门共有车辆" + vehicles + "辆";
        d.paragraph(lead + "，其中：主要领导干部用车" + leaders + "辆、机要通信用车" + confidential + "辆、应急保障用车" + emergency + "辆、其他用车"
                + other + "辆" + residue + "。单价50万元以上通用设备" + d.random.nextInt(3) + "台（套），单价100万元以上专用设备"
                + d.random.nextInt(2) + "台（套）。");
        d.consistent("components-sum", lead, "-", "vehicles by category");
        if (d.has(Defect.RESIDUE_ELLIPSIS)) {
            d.defect("template-residue", "WARNING", "其他用车" + other + "辆……", "-", "template ellipses");
        }
    }
}
