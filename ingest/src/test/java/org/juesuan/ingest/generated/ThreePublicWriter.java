package org.juesuan.ingest.generated;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** 七、“三公”经费财政拨款支出决算情况说明: the total against its budget, then each item with its change. */
final class ThreePublicWriter {
    private static final String ABROAD = "因公出国（境）费";
    private static final String CARS = "公务用车购置及运行维护费";
    private static final String RECEPTION = "公务接待费";

    private final Draft d;
    private final Accounts a;

    ThreePublicWriter(Draft draft, Accounts accounts) {
        this.d = draft;
        this.a = accounts;
    }

    void write() {
        d.section("“三公”经费财政拨款支出决算情况说明");
        BigDecimal abroadBudget = a.abroad.signum() == 0 ? a.abroad : budgetFor(a.abroad);
        BigDecimal carBudget = budgetFor(a.carPurchase.add(a.carRunning));
        BigDecimal receptionBudget = d.has(Defect.COMPLETION_AMOUNTS) ? a.reception.multiply(new BigDecimal("1.15"))
                .setScale(2, RoundingMode.HALF_UP) : budgetFor(a.reception);
        overall(abroadBudget.add(carBudget).add(receptionBudget));
        d.subsection("（二）", "“三公”经费财政拨款支出决算具体情况说明");
        BigDecimal total = a.threePublic();
        d.paragraph(d.year + "年“三公”经费财政拨款支出决算中，" + ABROAD + "支出决算" + d.money(a.abroad) + "，占"
                + d.share(Percent.of(a.abroad, total)) + "；" + CARS + "支出决算" + d.money(a.carPurchase.add(a.carRunning)) + "，占"
                + d.share(Percent.of(a.carPurchase.add(a.carRunning), total)) + "；" + RECEPTION + "支出决算" + d.money(a.reception)
                + "，占" + d.share(Percent.of(a.reception, total)) + "。具体情况如下：");
        d.caption("“三公”经费财政拨款支出结构");
        abroad(abroadBudget);
        cars(carBudget);
        reception(receptionBudget);
    }

    private BigDecimal budgetFor(BigDecimal actual) {
        if (d.random.nextInt(4) == 0) {
            return actual;
        }
        return actual.multiply(BigDecimal.valueOf(0.92 + d.random.nextDouble() * 0.3)).setScale(2, RoundingMode.HALF_UP);
    }

    private void overall(BigDecimal budget) {
        d.subsection("（一）", "“三公”经费财政拨款支出决算总体情况说明");
        BigDecimal stated = d.has(Defect.THREE_PUBLIC_SUM) ? a.threePublic().add(d.amount(0.5, 5)) : a.threePublic();
        if (d.has(Defect.COMPLETION_WORDS)) {
            budget = stated.multiply(BigDecimal.valueOf(1.05 + d.random.nextDouble() * 0.2)).setScale(2, RoundingMode.HALF_UP);
        }
        String lead = d.year + "年“三公”经费财政拨款支出决算为" + d.money(stated);
        String rate = d.share(Percent.of(stated, budget));
        String word = Completion.word(stated, budget);
        if (d.has(Defect.COMPLETION_WORDS)) {
            word = "大于";
            d.defect("completion", "ERROR", lead, rate, "below 100% yet 决算数大于预算数");
        } else {
            d.consistent("completion", lead, rate, "words agree");
        }
        d.paragraph(lead + "，完成预算" + rate + "，决算数" + word + "预算数。");
        if (d.has(Defect.THREE_PUBLIC_SUM)) {
            d.defect("three-public-sum", "ERROR", lead, d.money(stated), "the items add up to " + a.threePublic());
        } else {
            d.consistent("three-public-sum", lead, d.money(stated), "the items add up");
        }
    }

    private void abroad(BigDecimal budget) {
        if (a.abroad.signum() == 0) {
            d.paragraph("1." + ABROAD + "支出决算" + d.money(a.abroad) + "，年初未安排预算。");
            return;
        }
        Change change = Change.of(d, a.abroad);
        d.paragraph("1." + ABROAD + "支出决算" + d.money(a.abroad) + "，完成年初预算的" + d.share(Percent.of(a.abroad, budget))
                + "，决算数" + Completion.word(a.abroad, budget) + "预算数。" + changeSentence(ABROAD, change)
                + "全年因公出国（境）团组" + (1 + d.random.nextInt(3)) + "个，累计" + (2 + d.random.nextInt(8)) + "人次。");
    }

    private void cars(BigDecimal budget) {
        BigDecimal cars = a.carPurchase.add(a.carRunning);
        String lead = "2." + CARS + "支出决算" + d.money(cars);
        Change change = Change.of(d, cars);
        d.paragraph(lead + "，其中：公务用车购置费" + d.money(a.carPurchase) + "，公务用车运行维护费" + d.money(a.carRunning)
                + "。年初预算为" + d.money(budget) + "，完成年初预算的" + d.share(Percent.of(cars, budget)) + "，决算数"
                + Completion.word(cars, budget) + "预算数。" + changeSentence(CARS, change) + d.year + "年末公务用车保有量"
                + (1 + d.random.nextInt(6)) + "辆。");
        d.consistent("components-sum", lead, "-", "购置 + 运行维护");
    }

    private void reception(BigDecimal budget) {
        String lead = "3." + RECEPTION + "支出决算" + d.money(a.reception);
        String rate = d.share(Percent.of(a.reception, budget));
        String word = Completion.word(a.reception, budget);
        if (d.has(Defect.COMPLETION_AMOUNTS)) {
            BigDecimal wrong = Percent.rounded(Percent.of(a.reception, budget), d.percentDecimals).subtract(BigDecimal.valueOf(6 + d.random.nextInt(8)));
            rate = d.percent(wrong);
            d.defect("completion", "ERROR", lead, rate, "决算 / 预算 = " + Percent.rounded(Percent.of(a.reception, budget), 2) + "%");
        } else {
            d.consistent("completion", lead, rate, "决算 / 预算");
        }
        Change change = Change.of(d, a.reception);
        d.paragraph(lead + "，年初预算为" + d.money(budget) + "，完成年初预算的" + rate + "，决算数" + word + "预算数。"
                + changeSentence(RECEPTION, change));
        String domestic = "国内公务接待支出" + d.money(a.reception);
        String counts = d.has(Defect.RECEPTION_WITHOUT_COUNTS) ? ""
                : "国内公务接待" + (3 + d.random.nextInt(40)) + "批次，" + (10 + d.random.nextInt(300)) + "人次（不包括陪同人员），共计支出"
                + d.money(a.reception) + "。";
        d.paragraph(domestic + "，主要用于执行公务、开展业务活动开支的交通费、住宿费、用餐费等。" + counts);
        if (d.has(Defect.RECEPTION_WITHOUT_COUNTS)) {
            d.defect("reception-counts", "WARNING", domestic, "-", "no 批次 or 人次");
        } else {
            d.consistent("reception-counts", domestic, "-", "批次 and 人次 given");
        }
    }

    private String changeSentence(String item, Change change) {
        String rate = change.correctRate(d);
        String sentence = item + "支出决算" + Change.comparison(d) + change.clause(d, change.rateWord(d), rate);
        d.consistent("change-rate", sentence, rate, "Δ / last year");
        return sentence + "。";
    }
}
