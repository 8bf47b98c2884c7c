package org.juesuan.output.report;

import java.math.BigDecimal;
import java.util.List;
import org.juesuan.model.Disclosure;
import org.juesuan.model.FigureKind;
import org.juesuan.model.Severity;
import org.juesuan.model.ValueRange;
import org.juesuan.model.WarningCode;

/** Hand-built disclosures with findings of every severity, hostile text and enough length to scroll. */
public final class SampleDisclosures {
    public static final String INJECTED = "<script>window.__pwned=1</script>";
    public static final String BOLD = "<b>加粗</b>";
    public static final String CHANGE_RATE = "增减率与增减额不符";
    public static final String COMPONENT_SUM = "分项之和与合计不符";
    public static final String REPEATED = "前后数字不一致";
    public static final String FORMAT = "数字书写不规范";

    private SampleDisclosures() {
    }

    /** 3 errors, 3 warnings, 3 notes over 4 rules; the last finding sits far down the text. */
    public static Disclosure bureau() {
        SampleDisclosureBuilder b = new SampleDisclosureBuilder();
        b.heading("s1", "第一部分", " 收入支出决算总体情况", 1, null);
        b.paragraph("本部门2021年度收入合计261.74万元，比上年增加20.00万元，增长0.19%。支出合计250.00万元。");
        String income = b.figure("261.74万元", FigureKind.AMOUNT, "261.74", "万元");
        String delta = b.figure("20.00万元", FigureKind.AMOUNT, "20.00", "万元");
        String rate = b.figure("0.19%", FigureKind.PERCENT, "0.19", "%");
        b.finding("change-rate", CHANGE_RATE, Severity.ERROR, "增长率应约为8.27%，文中为0.19%，疑似将比值误写为百分数", "0.19%", "8.27%",
                new ValueRange(new BigDecimal("8.2647"), new BigDecimal("8.2750")),
                "本部门2021年度收入合计261.74万元，比上年增加20.00万元，增长0.19%。", List.of(income, delta, rate));
        b.heading("s2", "一、", "支出决算情况", 2, "s1");
        b.paragraph("支出合计250.00万元，其中：基本支出200.00万元，项目支出60.00万元。");
        String total = b.figure("250.00万元", FigureKind.AMOUNT, "250.00", "万元");
        String basic = b.figure("200.00万元", FigureKind.AMOUNT, "200.00", "万元");
        String project = b.figure("60.00万元", FigureKind.AMOUNT, "60.00", "万元");
        b.finding("component-sum", COMPONENT_SUM, Severity.ERROR, "基本支出与项目支出之和为260.00万元，与支出合计250.00万元相差10.00万元",
                "250.00万元", "260.00万元", new ValueRange(new BigDecimal("259.99"), new BigDecimal("260.01")),
                "支出合计250.00万元，其中：基本支出200.00万元，项目支出60.00万元。", List.of(total, basic, project));
        b.paragraph("附注：" + INJECTED + "与" + BOLD + "均应显示为文字。机关运行经费56.19万元，\"含引号\"，逗号,照常。");
        String running = b.figure("56.19万元", FigureKind.AMOUNT, "56.19", "万元");
        b.finding("repeated-figure", REPEATED, Severity.WARNING, "机关运行经费与第三部分所列56.20万元不一致（差0.01万元，疑似舍入）",
                "56.19万元", "56.20万元", null, "机关运行经费56.19万元，\"含引号\"，逗号,照常。", List.of(running));
        b.finding("text-format", FORMAT, Severity.INFO, "正文含有类似网页标记的文字" + INJECTED + "，请核对原文", null, null, null,
                "附注：" + INJECTED + "与" + BOLD + "均应显示为文字。", List.of());
        b.page(2).heading("s3", "二、", "“三公”经费支出情况", 2, "s1");
        b.table(new String[][] {{"项目", "金额（万元）"}, {"公务接待费", "3.50"}, {"公务用车运行费", "12.30"}});
        String cell = b.figure("12.30", FigureKind.AMOUNT, "12.30", "万元");
        b.finding("component-sum", COMPONENT_SUM, Severity.ERROR, "表中各项之和15.80万元与合计不符", "12.30", "12.80", null,
                "12.30", List.of(cell));
        b.paragraph("公务用车购置及运行费12.30万元，较上年下降5.2%，主要原因是压减一般性支出。");
        String car = b.figure("5.2%", FigureKind.PERCENT, "5.2", "%");
        b.finding("change-rate", CHANGE_RATE, Severity.WARNING, "下降率按两位小数约为5.24%，文中为5.2%", "5.2%", "5.24%",
                new ValueRange(new BigDecimal("5.235"), new BigDecimal("5.245")), "公务用车购置及运行费12.30万元，较上年下降5.2%，",
                List.of(car));
        b.finding("text-format", FORMAT, Severity.INFO, "百分数保留的小数位数与上下文不一致", "5.2%", "5.20%", null,
                "公务用车购置及运行费12.30万元，较上年下降5.2%，", List.of(car));
        for (int i = 1; i <= 40; i++) {
            if (i % 10 == 0) {
                b.page(2 + i / 10);
            }
            b.paragraph("第" + i + "段：这是用于撑开篇幅的说明文字，说明本部门的主要职能、机构设置和年度工作完成情况，以便测试正文的滚动与定位。");
        }
        b.heading("s4", "三、", "其他重要事项的情况说明", 2, "s1");
        b.paragraph("政府采购支出总额30.00万元，其中：授予中小企业合同金额25.00万元，占采购总额的83.3%。");
        String share = b.figure("83.3%", FigureKind.PERCENT, "83.3", "%");
        b.finding("share", "占比与金额不符", Severity.WARNING, "占比按金额计算为83.33%，文中四舍五入为83.3%，精度不一致", "83.3%", "83.33%",
                new ValueRange(new BigDecimal("83.3333"), new BigDecimal("83.3334")),
                "其中：授予中小企业合同金额25.00万元，占采购总额的83.3%。", List.of(share));
        b.finding("text-format", FORMAT, Severity.INFO, "“万元”前的数字未保留两位小数", "30.00万元", null, null,
                "政府采购支出总额30.00万元，", List.of());
        b.warning(WarningCode.NUMBERING_SKIPPED, "“三、”之后缺少“四、”");
        return b.build("bureau 2021 #1.pdf", "某市<生态环境>局", 2021);
    }

    /** A second, clean document without year or organization. */
    public static Disclosure quiet() {
        SampleDisclosureBuilder b = new SampleDisclosureBuilder();
        b.heading("s1", "一、", "部门概况", 1, null);
        b.paragraph("本单位无“三公”经费支出。");
        return b.build("quiet.docx", "某中心", null);
    }
}
