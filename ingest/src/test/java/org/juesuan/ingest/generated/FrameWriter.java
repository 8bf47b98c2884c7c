package org.juesuan.ingest.generated;

import java.math.BigDecimal;
import java.util.List;

/** What frames the accounts: the title, 第一部分 概况 with staffing, 第三部分 名词解释, 第四部分 附件. */
final class FrameWriter {
    private final Draft d;
    private final Accounts a;

    FrameWriter(Draft draft, Accounts accounts) {
        this.d = draft;
        this.a = accounts;
    }

    void title() {
        d.paragraph(d.organization);
        d.paragraph(d.year + "年度部门决算");
    }

    void overview() {
        d.part("第一部分 部门概况");
        d.section("主要职能");
        d.paragraph("本部门贯彻落实党中央和上级关于本领域工作的方针政策和决策部署，负责本行政区域内相关工作的统筹规划、组织协调和监督管理。");
        d.section("机构设置");
        int administrative = 5 + d.random.nextInt(30);
        int institutional = d.random.nextInt(15) + 1;
        int administrativeInPost = d.has(Defect.STAFFING) ? administrative + 1 + d.random.nextInt(3)
                : administrative - d.random.nextInt(Math.min(4, administrative));
        int institutionalInPost = institutional - d.random.nextInt(Math.min(3, institutional) + 1);
        String posts = "总编制" + (administrative + institutional) + "名";
        String inPost = "实有在职人员总数" + (administrativeInPost + institutionalInPost) + "人";
        String staff = "其中：行政人员" + administrativeInPost + "人";
        d.paragraph("本部门属一级预算单位，" + posts + "，其中：行政编制" + administrative + "名，事业编制" + institutional + "名。" + d.year + "年底"
                + inPost + "，" + staff + "，事业人员" + institutionalInPost + "人。内设机构：办公室、综合科、业务科。");
        d.consistent("components-sum", posts, "-", "行政 + 事业");
        d.consistent("components-sum", inPost, "-", "行政 + 事业");
        if (d.has(Defect.STAFFING)) {
            d.defect("staffing", "WARNING", staff, administrativeInPost + "人", "above " + administrative + " 行政编制");
        } else {
            d.consistent("staffing", inPost, "-", "within the posts");
        }
    }

    void glossary() {
        d.part("第三部分 名词解释");
        int n = 0;
        for (String term : List.of("财政拨款收入：指单位从同级财政部门取得的财政预算资金。",
                "年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
                "年末结转和结余：指单位按有关规定结转到下年或以后年度继续使用的资金。")) {
            d.paragraph(++n + "." + term);
        }
        boolean split = d.random.nextBoolean();
        for (Accounts.ClassSpending c : a.classes) {
            FunctionClass f = c.function();
            String code = split ? f.splitCode() : f.code();
            d.paragraph(++n + "." + f.name() + "（类）" + code + "：指" + f.itemName() + "，" + f.definition() + "。");
        }
        d.paragraph(++n + ".基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。");
        d.paragraph(++n + ".项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。");
        d.paragraph(++n + ".“三公”经费：指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。");
        d.paragraph(++n + ".机关运行经费：为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。");
    }

    /** 第四部分 附件: a performance report restating the appropriations. */
    void attachment() {
        d.part("第四部分 附件");
        d.paragraph("附件");
        d.paragraph(d.year + "年" + d.organization + "部门整体绩效评价报告");
        d.section("部门概况");
        d.paragraph("本部门为一级预算单位，主要职能见第一部分。");
        d.section("部门财政资金收支情况");
        BigDecimal income = d.has(Defect.RESTATED_FIGURE) ? a.gbIncome.multiply(new BigDecimal("0.8")).setScale(2, java.math.RoundingMode.HALF_UP)
                : a.gbIncome;
        String incomeText = "全年财政拨款收入" + d.money(income);
        d.paragraph("（一）部门财政资金收入情况。" + incomeText + "。");
        if (d.has(Defect.RESTATED_FIGURE)) {
            d.defect("restated-figure", "ERROR", incomeText, d.money(income), "the accounts give " + a.gbIncome);
        } else {
            d.consistent("restated-figure", incomeText, d.money(income), "as in the accounts");
        }
        String spendingText = "全年财政拨款支出" + d.money(a.gbSpending);
        if (a.nonGbSpending.signum() == 0) {
            d.paragraph("（二）部门财政资金支出情况。" + spendingText + "，其中：基本支出拨款" + d.money(a.basic) + "、项目支出拨款"
                    + d.money(a.project) + "。");
            d.consistent("components-sum", spendingText, "-", "基本 + 项目");
        } else {
            d.paragraph("（二）部门财政资金支出情况。" + spendingText + "。");
        }
        d.consistent("restated-figure", spendingText, d.money(a.gbSpending), "as in the accounts");
        d.section("自评结论");
        d.paragraph("本部门全面完成年度工作目标，自评得分" + (90 + d.random.nextInt(10)) + "分。");
    }
}
