package org.juesuan.crossyear;

import java.util.Set;

/**
 * The lines compared across years: document-level totals and the named items every disclosure of one
 * organization states the same way each year (canonical metric names of the statements). Anything
 * else — a 项 by its name, a subject as printed — may mean another line next year, so it is not compared.
 */
final class ComparableMetrics {
    private static final Set<String> NAMES = Set.of(
            "收、支总计", "财政拨款收、支总计", "收入总计", "支出总计", "财政拨款收入总计", "财政拨款支出总计",
            "本年收入合计", "本年支出合计", "财政拨款收入", "财政拨款支出",
            "一般公共预算财政拨款收入", "一般公共预算财政拨款支出", "一般公共预算财政拨款基本支出",
            "一般公共预算财政拨款项目支出", "政府性基金预算财政拨款支出", "国有资本经营预算财政拨款支出",
            "基本支出", "项目支出", "人员经费", "公用经费",
            "三公经费", "因公出国（境）费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费",
            "公务接待费", "国内公务接待费", "机关运行经费", "政府采购支出总额");

    private ComparableMetrics() {
    }

    static boolean compared(String metric) {
        return NAMES.contains(metric);
    }
}
