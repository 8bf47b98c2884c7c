package org.juesuan.ingest.generated;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** 五、一般公共预算财政拨款支出决算情况说明: (一) 总体, (二) 结构 by 类, (三) 具体 by 项 with codes and completion. */
final class GeneralBudgetWriter {
    private final Draft d;
    private final Accounts a;

    GeneralBudgetWriter(Draft draft, Accounts accounts) {
        this.d = draft;
        this.a = accounts;
    }

    void write() {
        overall();
        structure();
        detail();
    }

    private void overall() {
        d.subsection("（一）", "一般公共预算财政拨款支出决算总体情况");
        BigDecimal exact = Percent.of(a.gbSpending, a.spending);
        String share = d.share(exact);
        String lead = d.year + "年一般公共预算财政拨款支出" + d.money(a.gbSpending) + "，占本年支出合计的";
        if (d.has(Defect.SHARE_WRONG)) {
            share = d.percent(Percent.rounded(exact, d.percentDecimals).subtract(BigDecimal.valueOf(5 + d.random.nextInt(10))));
            d.defect("share", "ERROR", lead, share, "一般公共预算财政拨款支出 / 本年支出合计 = " + Percent.rounded(exact, 2) + "%");
        } else {
            d.consistent("share", lead, share, "一般公共预算财政拨款支出 / 本年支出合计");
        }
        Change change = Change.of(d, a.gbSpending);
        boolean truncated = d.has(Defect.RATE_TRUNCATED);
        if (truncated) {
            change = truncatable(change);
        }
        String rate = truncated ? d.percent(Percent.truncated(change.exactRate(), 0)) : change.correctRate(d);
        String clause = change.clause(d, change.rateWord(d), rate);
        if (truncated) {
            d.defect("change-rate", "WARNING", clause, rate, "Δ / last year = " + Percent.rounded(change.exactRate(), 2) + "%: truncated");
        } else {
            d.consistent("change-rate", clause, rate, "Δ / last year");
        }
        d.paragraph(lead + share + "。" + Change.compared(d, "一般公共预算财政拨款支出") + clause + "。主要原因是人员经费和项目经费的变化。");
    }

    /**
     * A change whose rate, cut at whole percents, misses the rounded value by one: Δ is chosen so the
     * rate's fraction beyond the whole percent lies near 0.75, well inside [0.5, 1).
     */
    private Change truncatable(Change change) {
        BigDecimal whole = Percent.truncated(change.exactRate(), 0).max(BigDecimal.valueOf(3));
        for (int extra = 0; extra < 20; extra++) {
            BigDecimal target = whole.add(BigDecimal.valueOf(extra)).add(new BigDecimal("0.75"));
            BigDecimal hundred = BigDecimal.valueOf(100);
            BigDecimal divisor = change.up() ? hundred.add(target) : hundred.subtract(target);
            BigDecimal delta = change.current().multiply(target).divide(divisor, 2, RoundingMode.HALF_UP);
            Change candidate = new Change(change.current(), delta, change.up());
            BigDecimal fraction = Percent.fractionBeyond(candidate.exactRate(), 0);
            if (fraction.compareTo(new BigDecimal("0.6")) >= 0 && fraction.compareTo(new BigDecimal("0.9")) <= 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("no truncatable change near " + change);
    }

    private void structure() {
        d.subsection("（二）", "一般公共预算财政拨款支出决算结构情况");
        String lead = d.year + "年一般公共预算财政拨款支出" + d.money(a.gbSpending) + "，主要用于以下方面";
        StringBuilder text = new StringBuilder(lead + "：");
        boolean slipped = false;
        for (int i = 0; i < a.classes.size(); i++) {
            Accounts.ClassSpending c = a.classes.get(i);
            BigDecimal exact = Percent.of(c.amount(), a.gbSpending);
            String name = className(c.function()) + "（类）支出";
            String item = name + d.money(c.amount()) + "，占";
            String share = d.share(exact);
            BigDecimal fraction = Percent.fractionBeyond(exact, d.percentDecimals);
            boolean low = fraction.compareTo(new BigDecimal("0.4")) < 0;
            boolean high = fraction.compareTo(new BigDecimal("0.6")) > 0;
            if (d.has(Defect.SHARE_ROUNDING) && !slipped && (low || high)) {
                BigDecimal unit = BigDecimal.ONE.movePointLeft(d.percentDecimals);
                BigDecimal rounded = Percent.rounded(exact, d.percentDecimals);
                share = d.percent(low ? rounded.add(unit) : rounded.subtract(unit));
                d.defect("share", "WARNING", item, share, "should read " + d.share(exact));
                slipped = true;
            } else {
                d.consistent("share", item, share, "class / 一般公共预算财政拨款支出");
            }
            text.append(i == 0 ? "" : "；").append(item).append(share);
            if (c.function() == FunctionClass.HEALTH && d.has(Defect.OUTDATED_CLASS_NAME)) {
                d.defect("outdated-class-name", "WARNING", item, "医疗卫生与计划生育", "renamed 卫生健康 from 2019");
            }
        }
        if (d.has(Defect.SHARE_ROUNDING) && !slipped) {
            throw new IllegalStateException("no class share could be slipped by one unit");
        }
        d.paragraph(text.append("。").toString());
        d.consistent("components-sum", lead, "-", "classes add up");
        d.consistent("shares-total", lead, "-", "rounded shares");
        d.caption("一般公共预算财政拨款支出决算结构");
    }

    private void detail() {
        d.subsection("（三）", "一般公共预算财政拨款支出决算具体情况");
        BigDecimal budget = a.gbSpending.multiply(BigDecimal.valueOf(1 + d.random.nextDouble() * 0.1)).setScale(2, RoundingMode.HALF_UP);
        d.paragraph(d.year + "年一般公共预算财政拨款支出决算数为" + d.money(a.gbSpending) + "，完成预算"
                + d.share(Percent.of(a.gbSpending, budget)) + "。其中：");
        int n = 0;
        for (Accounts.ClassSpending c : a.classes) {
            n++;
            BigDecimal itemBudget = d.random.nextInt(3) == 0 ? c.amount()
                    : c.amount().multiply(BigDecimal.valueOf(0.9 + d.random.nextDouble() * 0.25)).setScale(2, RoundingMode.HALF_UP);
            String code = n == 1 && d.has(Defect.CODE_MISMATCH) ? c.function().wrongCode() : c.function().code();
            String head = n + "." + className(c.function()) + code;
            String itemName = d.longItemNames ? "（" + c.function().itemName() + "）" : "";
            String rate = d.share(Percent.of(c.amount(), itemBudget));
            String word = Completion.word(c.amount(), itemBudget);
            d.paragraph(head + itemName + "：支出决算为" + d.money(c.amount()) + "，完成年初预算的" + rate
                    + "，决算数" + word + "预算数" + (word.equals("等于") ? "" : "，主要原因是年中追加或节约了相关经费") + "。");
            d.consistent("completion", head, rate, "words agree with the rate");
            if (n == 1 && d.has(Defect.CODE_MISMATCH)) {
                d.defect("classification-code", "ERROR", head, code, "the glossary explains " + className(c.function()) + " as "
                        + c.function().code());
            } else {
                d.consistent("classification-code", head, code, "as in the glossary");
            }
        }
        d.consistent("components-sum", "一般公共预算财政拨款支出决算数为" + d.money(a.gbSpending), "-", "items add up");
    }

    private String className(FunctionClass function) {
        if (function == FunctionClass.HEALTH && d.has(Defect.OUTDATED_CLASS_NAME)) {
            return "医疗卫生与计划生育";
        }
        return function.name();
    }

}
