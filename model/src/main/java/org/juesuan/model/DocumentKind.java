package org.juesuan.model;

/** What a document discloses: the accounts of a year that has ended, or the budget of the year ahead. */
public enum DocumentKind {
    /** 部门决算 / 单位决算: what was received and spent. */
    FINAL_ACCOUNTS,
    /** 部门预算 / 单位预算: what is planned, compared with the previous year's budget (比上年预算). */
    BUDGET
}
