package org.juesuan.model;

/**
 * The canonical kinds of section a final-accounts disclosure contains, whatever a province calls
 * them. The Chinese name is what reviewers read; the constant is what the JSON carries.
 */
public enum SectionKind {
    OVERVIEW("部门（单位）概况"),
    DUTIES("主要职能"),
    ORGANIZATION("机构设置与单位构成"),
    TABLES("决算报表"),
    ACCOUNTS_TABLE("决算表"),
    EXPLANATION("决算情况说明"),
    INCOME_EXPENDITURE_OVERVIEW("收入支出决算总体情况"),
    INCOME("收入决算"),
    EXPENDITURE("支出决算"),
    FISCAL_OVERVIEW("财政拨款收入支出决算总体情况"),
    GENERAL_BUDGET_EXPENDITURE("一般公共预算财政拨款支出决算"),
    GENERAL_BUDGET_TOTAL("一般公共预算财政拨款支出决算总体情况"),
    GENERAL_BUDGET_STRUCTURE("一般公共预算财政拨款支出决算结构情况"),
    GENERAL_BUDGET_DETAIL("一般公共预算财政拨款支出决算具体情况"),
    BASIC_EXPENDITURE("一般公共预算财政拨款基本支出决算"),
    THREE_PUBLIC("“三公”经费"),
    THREE_PUBLIC_TOTAL("“三公”经费总体情况"),
    THREE_PUBLIC_DETAIL("“三公”经费具体情况"),
    GOVERNMENT_FUND("政府性基金预算财政拨款"),
    STATE_CAPITAL("国有资本经营预算财政拨款"),
    PERFORMANCE("预算绩效管理"),
    OTHER_MATTERS("其他重要事项"),
    OPERATING_COSTS("机关运行经费"),
    PROCUREMENT("政府采购"),
    STATE_ASSETS("国有资产占有使用"),
    GLOSSARY("名词解释"),
    ATTACHMENT("附件"),
    PERFORMANCE_REPORT("绩效评价（自评）报告"),
    TABLE_OF_CONTENTS("目录"),
    UNKNOWN("未识别");

    private final String chineseName;

    SectionKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The name a reviewer reads, e.g. 机关运行经费. */
    public String chineseName() {
        return chineseName;
    }
}
