package org.juesuan.model;

/** The forms in which disclosures state arithmetic. */
public enum StatementKind {
    /** 本年X，比上年增加Δ，增长r%. */
    CHANGE,
    /** part 占 denominator 的 p%. */
    SHARE,
    /** total，其中：A a，B b…. */
    COMPONENTS,
    /** 完成（年初/调整）预算的 p%, 决算数大于/小于/等于预算数. */
    COMPLETION,
    /** A metric's value stated on its own: 机关运行经费支出56.19万元. */
    VALUE
}
