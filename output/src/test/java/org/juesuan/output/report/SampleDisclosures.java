package org.juesuan.output.report;

import java.math.BigDecimal;
import java.util.List;
import org.juesuan.model.CellRef;
import org.juesuan.model.Disclosure;
import org.juesuan.model.FigureKind;
import org.juesuan.model.Severity;
import org.juesuan.model.TableKind;
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

    /** The cited cell far down and to the right of the wide table t2: R32C20, the 完成率 of its 合计 line. */
    public static final CellRef FAR_CELL = new CellRef("t2", 31, 19);

    /**
     * Tables as a reader gives them: t1 the two-sided 收入支出决算总表 with a merged header, t2 a wide
     * 一般公共预算财政拨款支出决算表 of 20 columns and two header rows running from page 3 onto page 4 with a
     * 类 merged over three rows, t3 a 三公 table its reader did not trust (blank, "-", "/" cells), t4
     * another table. Four findings cite cells: k2 (error) t2 R32C20 far right and down, k3 (error) a cell of t1
     * and one of t2, k1 (warning) a position inside t1's merged header, k4 (info) t4.
     */
    public static Disclosure accounts() {
        SampleDisclosureBuilder b = new SampleDisclosureBuilder();
        b.heading("s1", "第一部分", " 部门概况", 1, null);
        b.paragraph("本部门2024年度收入合计1,300.00万元，支出合计1,300.00万元。");
        b.page(2).heading("s2", "第二部分", " 2024年度部门决算表", 1, null);
        b.readTable("2024年收入支出决算总表", TableKind.INCOME_EXPENDITURE_SUMMARY, "万元", 2, new String[][] {
                {"收入", null, "支出", null},
                {"项目", "金额", "项目", "金额"},
                {"一、一般公共预算财政拨款收入", "1,234.56", "一、一般公共服务支出", "1,000.00"},
                {"二、政府性基金预算财政拨款收入", "65.44", "二、教育支出", "300.00"},
                {"本年收入合计", "1,300.00", "本年支出合计", "1,300.00"}},
                new int[][] {{0, 0, 1, 2}, {0, 2, 1, 2}}, 0, new int[0], true, List.of());
        b.tableFinding("table-total", "表内合计与分项之和不符", Severity.WARNING, "收入各项之和为1,300.00万元，表头“收入”栏引用示例",
                null, null, List.of(new CellRef("t1", 0, 1)));
        b.page(3).readTable("2024年一般公共预算财政拨款支出决算表", TableKind.GENERAL_BUDGET_EXPENDITURE, "万元", 2,
                wideTable(), wideMerges(), 3, new int[] {18}, true, List.of("表头两行已合并为列标题"));
        b.tableFinding("table-rate", "完成率与决算数、预算数不符", Severity.ERROR,
                "完成率按决算数1,260.01万元与年初预算数1,285.65万元计算为98.01%，表中为97.50%", "97.50%", "98.01%", List.of(FAR_CELL));
        b.tableFinding("cross-table", "表间数字不一致", Severity.ERROR,
                "表1一般公共服务支出1,000.00万元与表5同项合计1,000.01万元不一致",
                "1,000.00", "1,000.01", List.of(new CellRef("t1", 2, 3), new CellRef("t2", 2, 4)));
        b.page(5).readTable("2024年一般公共预算财政拨款“三公”经费支出决算表", TableKind.THREE_PUBLIC, "万元", 1, new String[][] {
                {"项目", "预算数", "决算数"},
                {"因公出国（境）费", "-", "/"},
                {"公务用车购置及运行费", "12.30", ""},
                {"公务接待费", "3.50", "3.50"}},
                new int[0][], 0, new int[0], false, List.of("列数与表头不符：表头3列，第3行只读出2个数", "不据此表核算"));
        b.page(6).readTable("附表 部门整体支出绩效自评表", TableKind.OTHER, "", 1, new String[][] {
                {"指标", "目标值", "完成值"},
                {"预算执行率", "100%", "97.5%"}},
                new int[0][], 0, new int[0], true, List.of());
        b.tableFinding("table-format", "百分数小数位数不一", Severity.INFO, "目标值与完成值的小数位数不一致", "97.5%", null,
                List.of(new CellRef("t4", 1, 2)));
        return b.build("accounts 2024.pdf", "某区财政局", 2024);
    }

    /** Columns between 对附属单位补助支出 and 年初预算数 that make t2 wider than a laptop's screen. */
    private static final List<String> EXTRA_COLUMNS = List.of("其中：政府采购支出", "其中：会议费", "其中：培训费", "年初结转和结余",
            "年末结转和结余", "使用非财政拨款结余");

    private static String[][] wideTable() {
        List<String[]> rows = new java.util.ArrayList<>();
        rows.add(row(new String[] {"科目编码", null, null, "科目名称", "合计", "基本支出", null, null, "项目支出", "上缴上级支出", "经营支出",
                "对附属单位补助支出"}, EXTRA_COLUMNS.toArray(String[]::new), "年初预算数", "完成率"));
        String[] covered = new String[EXTRA_COLUMNS.size()];
        rows.add(row(new String[] {"类", "款", "项", null, null, "小计", "人员经费", "公用经费", null, null, null, null}, covered, null, null));
        rows.add(row(new String[] {"201", "", "", "一般公共服务支出", "1,000.01", "800.00", "600.00", "200.00", "200.01", "0.00", "-", "/"},
                zeros(), "1,025.65", "97.50%"));
        rows.add(row(new String[] {null, "01", "", "人大事务", "500.00", "400.00", "300.00", "100.00", "100.00", "0.00", "-", "/"}, zeros(),
                "500.00", "100.00%"));
        rows.add(row(new String[] {null, "", "01", "行政运行", "500.01", "400.00", "300.00", "100.00", "100.01", "0.00", "-", "/"}, zeros(),
                "525.65", "95.13%"));
        for (int i = 5; i < 31; i++) {
            rows.add(row(new String[] {"", "", String.format("%02d", i), "其他一般公共服务支出" + i, "10.00", "10.00", "8.00", "2.00", "0.00",
                    "0.00", "", ""}, zeros(), "10.00", "100.00%"));
        }
        rows.add(row(new String[] {"", "", "", "合计", "1,260.01", "1,060.00", "808.00", "252.00", "200.01", "0.00", "", ""}, zeros(),
                "1,285.65", "97.50%"));
        return rows.toArray(String[][]::new);
    }

    private static String[] zeros() {
        String[] zeros = new String[EXTRA_COLUMNS.size()];
        java.util.Arrays.fill(zeros, "0.00");
        return zeros;
    }

    private static String[] row(String[] first, String[] extra, String budget, String rate) {
        List<String> cells = new java.util.ArrayList<>(java.util.Arrays.asList(first));
        cells.addAll(java.util.Arrays.asList(extra));
        cells.add(budget);
        cells.add(rate);
        return cells.toArray(String[]::new);
    }

    private static int[][] wideMerges() {
        List<int[]> merges = new java.util.ArrayList<>(List.of(new int[] {0, 0, 1, 3}, new int[] {0, 3, 2, 1}, new int[] {0, 4, 2, 1},
                new int[] {0, 5, 1, 3}, new int[] {2, 0, 3, 1}));
        for (int c = 8; c < 14 + EXTRA_COLUMNS.size(); c++) {
            merges.add(new int[] {0, c, 2, 1});
        }
        return merges.toArray(int[][]::new);
    }

    /** A second, clean document without year or organization. */
    public static Disclosure quiet() {
        SampleDisclosureBuilder b = new SampleDisclosureBuilder();
        b.heading("s1", "一、", "部门概况", 1, null);
        b.paragraph("本单位无“三公”经费支出。");
        return b.build("quiet.docx", "某中心", null);
    }
}
