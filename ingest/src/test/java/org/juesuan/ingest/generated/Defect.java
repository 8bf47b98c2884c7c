package org.juesuan.ingest.generated;

/**
 * The defects the generator can inject, each written into its document's expectations as a
 * {@code defect} line for the rule that must raise it, with the severity the rule's policy gives.
 */
enum Defect {
    /** 收、支总计's rate written as the ratio: 19.40% printed 0.19%. */
    RATE_RATIO_SLIP,
    /** 财政拨款收、支总计's rate several points off. */
    RATE_WRONG,
    /** 一般公共预算财政拨款支出's rate truncated instead of rounded (27.58% printed 27%): a warning. */
    RATE_TRUNCATED,
    /** 机关运行经费: 增加 Δ, 下降 r% (or 减少, 增长). */
    DIRECTION_CONTRARY,
    /** 政府性基金: 比上年减少0.00万元，与上年持平. */
    CHANGE_AND_FLAT,
    /** 政府采购: the whole of this year's total is the increase, yet a rate is given. */
    ZERO_BASE,
    /** 人员经费 printed so that 人员经费 + 公用经费 ≠ 基本支出. */
    COMPONENTS_NOT_SUMMING,
    /** 一般公共预算财政拨款支出 占本年支出合计的 p%, p several points off. */
    SHARE_WRONG,
    /** One class's share in the structure list off by one unit of its last digit: a warning. */
    SHARE_ROUNDING,
    /** 项目支出's share off by six points: the share is wrong and the shares no longer total 100%. */
    SHARES_NOT_100,
    /** 三公 completion: 完成预算 95% yet 决算数大于预算数. */
    COMPLETION_WORDS,
    /** 公务接待费: 年初预算为B，支出决算为A，完成年初预算的p% with p ≠ A / B. */
    COMPLETION_AMOUNTS,
    /** 收、支总计 stated as income plus spending. */
    DOUBLED_TOTAL,
    /** The performance report restates a different 财政拨款收入. */
    RESTATED_FIGURE,
    /** 本年支出合计 stated first with a different value. */
    CONFLICTING_VALUE,
    /** 三公 total not the sum of its items. */
    THREE_PUBLIC_SUM,
    /** 机关运行经费 above 公用经费. */
    OPERATING_COSTS,
    /** 行政 staff in post above 行政编制. */
    STAFFING,
    /** 其他用车0辆…… */
    RESIDUE_ELLIPSIS,
    /** 对（项目名称）等k个项目. */
    RESIDUE_PLACEHOLDER,
    /** XX项目. */
    RESIDUE_XX,
    /** 占 % left blank. */
    RESIDUE_BLANK_SHARE,
    /** 202年度. */
    TRUNCATED_YEAR,
    /** The text gives a class a code the glossary does not. */
    CODE_MISMATCH,
    /** 医疗卫生与计划生育 in a 2019-or-later document. */
    OUTDATED_CLASS_NAME,
    /** 一、二、…五、 then 6、 7、: Word numbering flattened. */
    MIXED_NUMBERING,
    /** A figure caption printed twice. */
    DUPLICATE_CAPTION,
    /** 国内公务接待 spending without 批次 and 人次. */
    RECEPTION_WITHOUT_COUNTS;

    /** Pairs that touch the same statement and would hide or change each other. */
    boolean clashesWith(Defect other) {
        return pair(other, CONFLICTING_VALUE, SHARE_WRONG) || pair(other, DOUBLED_TOTAL, RATE_RATIO_SLIP)
                || pair(other, OUTDATED_CLASS_NAME, SHARE_ROUNDING) || pair(other, OUTDATED_CLASS_NAME, CODE_MISMATCH)
                || pair(other, COMPLETION_WORDS, THREE_PUBLIC_SUM) || pair(other, OPERATING_COSTS, DIRECTION_CONTRARY)
                || pair(other, COMPONENTS_NOT_SUMMING, OPERATING_COSTS) || residue() && other.residue();
    }

    boolean residue() {
        return name().startsWith("RESIDUE_");
    }

    private boolean pair(Defect other, Defect a, Defect b) {
        return this == a && other == b || this == b && other == a;
    }
}
