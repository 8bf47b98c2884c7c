package org.juesuan.model;

/**
 * The nine tables (九张表) of a final-accounts disclosure, whatever a province calls them, and the
 * same nine of a budget (部门预算) under their budget names. {@link #number()} is the order the
 * national template gives them (表1 … 表9); OTHER is any other table (附表, 绩效自评表, 车辆表…).
 */
public enum TableKind {
    INCOME_EXPENDITURE_SUMMARY(1, "收入支出决算总表"),
    INCOME(2, "收入决算表"),
    EXPENDITURE(3, "支出决算表"),
    FISCAL_SUMMARY(4, "财政拨款收入支出决算总表"),
    GENERAL_BUDGET_EXPENDITURE(5, "一般公共预算财政拨款支出决算表"),
    GENERAL_BUDGET_BASIC(6, "一般公共预算财政拨款基本支出决算表"),
    THREE_PUBLIC(7, "一般公共预算财政拨款“三公”经费支出决算表"),
    GOVERNMENT_FUND(8, "政府性基金预算财政拨款收入支出决算表"),
    STATE_CAPITAL(9, "国有资本经营预算财政拨款支出决算表"),
    OTHER(0, "其他表格");

    private final int number;
    private final String chineseName;

    TableKind(int number, String chineseName) {
        this.number = number;
        this.chineseName = chineseName;
    }

    /** 1 … 9 in the national template's order; 0 for OTHER. */
    public int number() {
        return number;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Whether this is one of the nine. */
    public boolean isNine() {
        return number > 0;
    }
}
